import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-retrieve',
  },
  en: {
    title: 'TODO-retrieve',
  },
});
