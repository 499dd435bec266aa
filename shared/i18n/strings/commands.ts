import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-commands',
  },
  en: {
    title: 'TODO-commands',
  },
});
