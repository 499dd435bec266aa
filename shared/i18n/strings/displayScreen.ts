import { defineStrings } from '../define';

/** Layar penyajian data (matriks, peta panas, triangulasi). */
export default defineStrings({
  id: {
    title: 'Penyajian data',
  },
  en: {
    title: 'Data display',
  },
});
