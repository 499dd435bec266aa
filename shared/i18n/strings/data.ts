import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-data',
  },
  en: {
    title: 'TODO-data',
  },
});
