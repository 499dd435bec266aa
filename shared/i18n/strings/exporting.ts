import { defineStrings } from '../define';

/** Dialog ekspor lampiran Word dan tabel .xlsx. */
export default defineStrings({
  id: {
    title: 'Ekspor lampiran',
  },
  en: {
    title: 'Export the appendix',
  },
});
