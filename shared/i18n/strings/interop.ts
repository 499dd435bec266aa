import { defineStrings } from '../define';

/** Pertukaran REFI-QDA (.qdpx, .qdc) dan buku kode CSV/XLSX. */
export default defineStrings({
  id: {
    title: 'Pertukaran data',
  },
  en: {
    title: 'Data exchange',
  },
});
