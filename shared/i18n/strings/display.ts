import { defineStrings } from '../define';

/** Words the data displays write into their own column headers. */
export default defineStrings({
  id: {
    noInformant: 'Tanpa informan',
    noGroup: 'Tanpa kelompok',
    noCategory: 'Tanpa kategori',
    observation: 'Observasi',
    document: 'Dokumen',
  },
  en: {
    noInformant: 'No informant',
    noGroup: 'No group',
    noCategory: 'No category',
    observation: 'Observation',
    document: 'Document',
  },
});
