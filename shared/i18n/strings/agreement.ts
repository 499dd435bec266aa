import { defineStrings } from '../define';

/** Kesepakatan antarkoder dan tampilan ketidaksepakatan. */
export default defineStrings({
  id: {
    title: 'Kesepakatan antarkoder',
  },
  en: {
    title: 'Inter-coder agreement',
  },
});
