import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-project',
  },
  en: {
    title: 'TODO-project',
  },
});
