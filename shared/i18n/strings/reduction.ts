import { defineStrings } from '../define';

/** Layar reduksi data (ringkasan sel indikator × informan). */
export default defineStrings({
  id: {
    title: 'Reduksi data',
  },
  en: {
    title: 'Data reduction',
  },
});
