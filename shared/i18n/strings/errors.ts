import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-errors',
  },
  en: {
    title: 'TODO-errors',
  },
});
