import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-backup',
  },
  en: {
    title: 'TODO-backup',
  },
});
