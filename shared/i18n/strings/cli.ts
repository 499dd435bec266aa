import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-cli',
  },
  en: {
    title: 'TODO-cli',
  },
});
