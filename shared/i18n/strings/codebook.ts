import { defineStrings } from '../define';

export default defineStrings({
  id: {
    title: 'TODO-codebook',
  },
  en: {
    title: 'TODO-codebook',
  },
});
