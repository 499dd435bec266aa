/** Default instruments for policy implementation (Edward III 1980): the four variables and their indicators. */
import type { FrameworkDefaults } from './types';
import { item, q } from './types';

const OFFICE = ['Kantor Dinas', 'The agency office'] as const;
const SECRETARIAT = ['Sekretariat Dinas', 'Agency secretariat'] as const;

export const edward3Defaults: FrameworkDefaults = {
  'communication.transmission': {
    questions: [
      q(
        'Bagaimana kebijakan atau program ini disampaikan kepada pelaksana dan kelompok sasaran?',
        'How is the policy or programme passed on to implementers and the target group?',
        ['Melalui media apa, dan seberapa sering?', 'Through which media, and how often?'],
        ['Pernahkah informasi sampai terlambat atau berubah di tengah jalan?', 'Has information ever arrived late or changed on the way?'],
      ),
    ],
    observe: [item('Papan informasi, brosur atau unggahan tentang program', 'Notice boards, leaflets or posts about the programme', ...OFFICE)],
    documents: [item('Surat edaran, undangan dan bahan sosialisasi program', 'Circulars, invitations and information materials', ...SECRETARIAT)],
  },
  'communication.clarity': {
    questions: [
      q(
        'Apakah tujuan, syarat dan petunjuk pelaksanaan program mudah dipahami?',
        'Are the programme\u2019s aims, conditions and guidelines easy to understand?',
        ['Bagian mana yang paling sering ditanyakan atau disalahpahami?', 'Which parts are most often asked about or misunderstood?'],
      ),
    ],
    documents: [item('Petunjuk teknis (juknis) program', 'The programme\u2019s technical guidelines (juknis)', 'Bidang pelaksana program', 'The implementing division')],
  },
  'communication.consistency': {
    questions: [
      q(
        'Pernahkah aturan, syarat atau jadwal program berubah-ubah? Bagaimana perubahan itu disampaikan?',
        'Have the rules, conditions or schedule of the programme changed? How were the changes communicated?',
        ['Apakah informasi dari instansi yang berbeda pernah saling bertentangan?', 'Has information from different agencies ever been contradictory?'],
      ),
    ],
  },
  'resources.staff': {
    questions: [
      q(
        'Apakah jumlah dan kemampuan pegawai atau pendamping sudah cukup untuk melaksanakan program?',
        'Are there enough staff or mentors, with the right skills, to carry out the programme?',
        ['Berapa petugas yang menangani berapa sasaran?', 'How many staff serve how many beneficiaries?'],
        ['Pelatihan apa yang pernah diikuti pelaksana?', 'What training have implementers received?'],
      ),
    ],
    documents: [item('Data kepegawaian dan susunan tim pelaksana', 'Staffing data and the implementing team', ...SECRETARIAT)],
  },
  'resources.information': {
    questions: [
      q(
        'Apakah pelaksana memiliki informasi yang cukup tentang cara melaksanakan program dan tentang sasarannya?',
        'Do implementers have enough information on how to run the programme and about the people it serves?',
        ['Apakah ada basis data sasaran yang diperbarui?', 'Is there an up-to-date database of beneficiaries?'],
      ),
    ],
    documents: [item('Basis data atau rekapitulasi sasaran program', 'The database or totals of programme beneficiaries', 'Bidang pelaksana program', 'The implementing division')],
  },
  'resources.authority': {
    questions: [
      q(
        'Siapa yang berwenang memutuskan dalam pelaksanaan program, misalnya penentuan penerima bantuan?',
        'Who has the authority to decide in the programme, for instance who receives assistance?',
        ['Apakah kewenangan itu cukup untuk menyelesaikan masalah di lapangan?', 'Is that authority enough to solve problems in the field?'],
      ),
    ],
    documents: [item('SK penetapan tim atau penerima program', 'Decrees appointing the team or the beneficiaries', ...SECRETARIAT)],
  },
  'resources.facilities-budget': {
    questions: [
      q(
        'Bagaimana ketersediaan anggaran dan sarana untuk program ini?',
        'How well is the programme supplied with budget and facilities?',
        ['Apa yang masih kurang, dan bagaimana mengatasinya?', 'What is still lacking, and how is it handled?'],
      ),
    ],
    observe: [item('Kondisi sarana pendukung program (ruang, peralatan, kendaraan)', 'The condition of the programme\u2019s facilities (rooms, equipment, vehicles)', ...OFFICE)],
    documents: [item('DPA/RKA dan realisasi anggaran program', 'Budget documents (DPA/RKA) and spending', ...SECRETARIAT)],
  },
  'disposition.commitment': {
    questions: [
      q(
        'Bagaimana sikap dan komitmen pelaksana terhadap program ini?',
        'What is the implementers\u2019 attitude to and commitment towards the programme?',
        ['Dapatkah Bapak/Ibu memberi contoh konkret?', 'Can you give a concrete example?'],
      ),
    ],
    observe: [item('Sikap petugas saat melayani kelompok sasaran', 'How staff treat the people they serve', ...OFFICE)],
  },
  'disposition.staffing': {
    questions: [
      q(
        'Bagaimana pelaksana program dipilih atau ditempatkan?',
        'How are the programme\u2019s implementers chosen or assigned?',
        ['Apakah penempatan itu sesuai dengan keahlian mereka?', 'Does the assignment match their expertise?'],
      ),
    ],
  },
  'disposition.incentives': {
    questions: [
      q(
        'Adakah insentif, penghargaan atau sanksi bagi pelaksana program?',
        'Are there incentives, rewards or sanctions for implementers?',
        ['Bagaimana pengaruhnya terhadap kinerja pelaksana?', 'How do they affect implementers\u2019 performance?'],
      ),
    ],
  },
  'structure.sop': {
    questions: [
      q(
        'Apakah ada SOP tertulis untuk pelaksanaan program? Bagaimana SOP itu dijalankan?',
        'Is there a written SOP for the programme? How is it followed?',
        ['Bolehkah peneliti melihat dokumennya?', 'May the researcher see the document?'],
      ),
    ],
    observe: [item('SOP atau alur pelayanan yang dipajang atau tersedia', 'SOPs or service flowcharts on display or available', ...OFFICE)],
    documents: [item('Dokumen SOP dan standar pelayanan', 'SOP documents and service standards', ...SECRETARIAT)],
  },
  'structure.fragmentation': {
    questions: [
      q(
        'Instansi atau pihak lain apa saja yang terlibat, dan bagaimana koordinasinya?',
        'Which other agencies or parties are involved, and how are they coordinated?',
        ['Pernahkah terjadi tumpang tindih tugas atau program?', 'Have tasks or programmes ever overlapped?'],
      ),
    ],
    documents: [item('Struktur organisasi, tupoksi dan nota kesepahaman antarinstansi', 'Organisation chart, duties and memoranda between agencies', ...SECRETARIAT)],
  },
};
