import { defineStrings } from '../define';

/** Words the data displays write into their own column headers. */
export default defineStrings({
  id: {
    noInformant: 'Tanpa informan',
    noGroup: 'Tanpa kelompok',
    noCategory: 'Tanpa kategori',
    observation: 'Observasi',
    document: 'Dokumen',
    technique_interview: 'Wawancara',
    technique_observation: 'Observasi',
    technique_document: 'Dokumentasi',
    citeLine: '{{source}}, baris {{line}}',
    citeLines: '{{source}}, baris {{from}}–{{to}}',
    citePage: '{{source}}, hlm. {{page}}',
    citePages: '{{source}}, hlm. {{from}}–{{to}}',
  },
  en: {
    noInformant: 'No informant',
    noGroup: 'No group',
    noCategory: 'No category',
    observation: 'Observation',
    document: 'Document',
    technique_interview: 'Interviews',
    technique_observation: 'Observation',
    technique_document: 'Documentation',
    citeLine: '{{source}}, line {{line}}',
    citeLines: '{{source}}, lines {{from}}–{{to}}',
    citePage: '{{source}}, p. {{page}}',
    citePages: '{{source}}, pp. {{from}}–{{to}}',
  },
});
