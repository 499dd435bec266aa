import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-app',
  },
  en: {
    title: 'TODO-app',
  },
});
