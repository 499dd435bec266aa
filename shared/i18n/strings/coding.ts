import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-coding',
  },
  en: {
    title: 'TODO-coding',
  },
});
