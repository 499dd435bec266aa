import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-start',
  },
  en: {
    title: 'TODO-start',
  },
});
