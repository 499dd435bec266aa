import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-refi',
  },
  en: {
    title: 'TODO-refi',
  },
});
