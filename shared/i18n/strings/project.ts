import { defineStrings } from '../define';

export default defineStrings({
  id: {
    category_key: 'Informan kunci',
    category_main: 'Informan utama',
    category_supporting: 'Informan pendukung',
    title: 'Judul penelitian',
    researcher: 'Nama peneliti',
    institution: 'Institusi',
    focus: 'Fokus penelitian',
    createdAt: 'Dibuat',
    modifiedAt: 'Terakhir diubah',
    detailsTitle: 'Identitas proyek',
    journal: 'Jurnal penelitian',
    journalScreenTitle: 'Proyek & jurnal penelitian',
    journalScreenHint: 'Identitas penelitian Anda dan catatan perjalanan analisis.',
    journalHint:
      'Catat keputusan analisis, gagasan, dan pertanyaan yang muncul selama reduksi data. Tersimpan otomatis setiap kali Anda berhenti mengetik; Urungkan membatalkan per jeda.',
    journalPlaceholder: 'mis. 12 Oktober — wawancara I2 menunjukkan pelatihan belum menjangkau pelaku usaha mikro …',
    journalWords: '{{count}} kata',
  },
  en: {
    category_key: 'Key informant',
    category_main: 'Main informant',
    category_supporting: 'Supporting informant',
    title: 'Research title',
    researcher: 'Researcher',
    institution: 'Institution',
    focus: 'Research focus',
    createdAt: 'Created',
    modifiedAt: 'Last modified',
    detailsTitle: 'Project details',
    journal: 'Research journal',
    journalScreenTitle: 'Project & research journal',
    journalScreenHint: 'The particulars of your study and a log of the analysis.',
    journalHint:
      'Note analytic decisions, ideas and questions that come up during data reduction. Saved automatically whenever you pause typing; Undo reverts one pause at a time.',
    journalPlaceholder: 'e.g. 12 October — interview I2 suggests the training has not reached micro-entrepreneurs …',
    journalWords: '{{count}} words',
  },
});
