import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-importing',
  },
  en: {
    title: 'TODO-importing',
  },
});
