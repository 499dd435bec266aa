import { defineStrings } from '../define';

/** Koder, mode tinjauan dan komentar pembimbing. */
export default defineStrings({
  id: {
    title: 'Komentar',
  },
  en: {
    title: 'Comments',
  },
});
