/** Default instruments for community empowerment (Fahrudin 2012): enabling, empowering, protecting. */
import type { FrameworkDefaults } from './types';
import { item, q } from './types';

const OFFICE = ['Kantor Dinas', 'The agency office'] as const;
const FIELD = ['Lokasi usaha informan', "Informants' business premises"] as const;

export const empowermentDefaults: FrameworkDefaults = {
  'enabling.socialisation': {
    questions: [
      q(
        'Bagaimana program pemberdayaan disosialisasikan kepada masyarakat sasaran?',
        'How is the empowerment programme made known to the people it is meant for?',
        ['Melalui media atau forum apa saja?', 'Through which media or meetings?'],
        ['Seberapa sering sosialisasi dilakukan, dan siapa yang hadir?', 'How often is it done, and who attends?'],
      ),
    ],
    observe: [item('Papan informasi, brosur atau unggahan media sosial tentang program', 'Notice boards, leaflets or social media posts about the programme', ...OFFICE)],
    documents: [item('Bahan dan daftar hadir kegiatan sosialisasi', 'Materials and attendance lists of information sessions', 'Bidang pelaksana program', 'The implementing division')],
  },
  'enabling.involvement': {
    questions: [
      q(
        'Bagaimana masyarakat sasaran dilibatkan dalam merencanakan program?',
        'How are the people the programme serves involved in planning it?',
        ['Forum apa yang dipakai, misalnya musrenbang atau rapat paguyuban?', 'Which forums are used, such as musrenbang or association meetings?'],
        ['Apakah usulan mereka pernah dijadikan kegiatan? Dapatkah memberi contoh?', 'Have their proposals ever become activities? Can you give an example?'],
      ),
    ],
    observe: [item('Kehadiran dan keaktifan pelaku usaha dalam rapat perencanaan', 'Whether business owners attend and speak in planning meetings', 'Forum musrenbang atau rapat paguyuban', 'Musrenbang or association meetings')],
    documents: [item('Notulen musrenbang atau rapat perencanaan program', 'Minutes of musrenbang or programme planning meetings', 'Sekretariat Dinas', 'Agency secretariat')],
  },
  'enabling.motivation': {
    questions: [
      q(
        'Upaya apa yang dilakukan agar masyarakat mau mengembangkan usahanya?',
        'What is done to encourage people to develop their businesses?',
        ['Siapa yang memberi motivasi atau arahan, dan dalam kesempatan apa?', 'Who gives encouragement or direction, and on what occasions?'],
      ),
    ],
  },
  'enabling.information-access': {
    questions: [
      q(
        'Bagaimana masyarakat memperoleh informasi tentang program, pasar dan peluang usaha?',
        'How do people get information about the programme, markets and business opportunities?',
        ['Apakah informasi itu mudah didapat oleh semua pelaku usaha?', 'Is the information easy for every business owner to obtain?'],
      ),
    ],
    observe: [item('Layanan informasi atau meja bantuan bagi pelaku usaha', 'An information service or help desk for business owners', ...OFFICE)],
  },
  'enabling.business-climate': {
    questions: [
      q(
        'Menurut Bapak/Ibu, bagaimana suasana berusaha di daerah ini bagi usaha kecil?',
        'In your view, what is the climate for small businesses in this area like?',
        ['Hambatan apa yang sudah dihilangkan, dan apa yang masih ada?', 'Which barriers have been removed, and which remain?'],
      ),
    ],
  },
  'empowering.training': {
    questions: [
      q(
        'Pelatihan apa saja yang sudah diberikan dalam dua tahun terakhir?',
        'What training has been given in the last two years?',
        ['Siapa pesertanya dan bagaimana mereka dipilih?', 'Who took part, and how were they chosen?'],
        ['Apa manfaat pelatihan itu bagi usaha peserta?', 'How has the training helped the participants\u2019 businesses?'],
      ),
    ],
    observe: [item('Pelaksanaan pelatihan: materi, metode dan keaktifan peserta', 'A training session: its content, methods and how active participants are', 'Tempat pelatihan', 'Training venue')],
    documents: [item('Laporan kegiatan dan daftar hadir pelatihan', 'Training reports and attendance lists', 'Bidang pelaksana program', 'The implementing division')],
  },
  'empowering.coaching': {
    questions: [
      q(
        'Bagaimana pembinaan kepada pelaku usaha dilakukan setelah mereka terdaftar?',
        'How are business owners coached once they are registered?',
        ['Seberapa sering pembinaan dilakukan, dan oleh siapa?', 'How often does coaching happen, and who does it?'],
      ),
    ],
    documents: [item('Jadwal dan laporan pembinaan', 'Coaching schedules and reports', 'Bidang pelaksana program', 'The implementing division')],
  },
  'empowering.mentoring': {
    questions: [
      q(
        'Apakah ada pendampingan setelah pelatihan selesai? Bagaimana pelaksanaannya?',
        'Is there mentoring after the training ends? How does it work?',
        ['Berapa pendamping untuk berapa pelaku usaha?', 'How many mentors are there for how many businesses?'],
        ['Dapatkah Bapak/Ibu memberi contoh pendampingan yang berhasil atau yang tidak berjalan?', 'Can you give an example of mentoring that worked, or that did not?'],
      ),
    ],
    observe: [item('Kunjungan pendamping ke lokasi usaha', 'A mentor\u2019s visit to a business', ...FIELD)],
  },
  'empowering.capital': {
    questions: [
      q(
        'Bagaimana pelaku usaha dibantu memperoleh modal?',
        'How are business owners helped to obtain capital?',
        ['Apa saja syaratnya, dan apa kendala yang paling sering muncul?', 'What are the conditions, and what problems come up most often?'],
      ),
    ],
    documents: [item('Data penerima bantuan modal', 'Records of who received capital assistance', 'Bidang pelaksana program', 'The implementing division')],
  },
  'empowering.facilities': {
    questions: [
      q(
        'Sarana dan prasarana apa yang disediakan untuk pelaku usaha, dan bagaimana pemanfaatannya?',
        'What facilities and equipment are provided to business owners, and how are they used?',
        ['Apakah sarana itu masih berfungsi dan sesuai kebutuhan?', 'Do they still work, and do they meet the need?'],
      ),
    ],
    observe: [item('Kondisi sarana yang diberikan (mesin, rumah kemasan, gerai)', 'The condition of facilities provided (machines, packing house, outlets)', ...FIELD)],
    documents: [item('Daftar inventaris atau berita acara serah terima bantuan sarana', 'Inventory lists or handover records of equipment', 'Sekretariat Dinas', 'Agency secretariat')],
  },
  'empowering.legality': {
    questions: [
      q(
        'Bagaimana pelaku usaha dibantu mengurus legalitas seperti NIB, PIRT atau sertifikat halal?',
        'How are business owners helped to obtain permits such as NIB, PIRT or halal certification?',
        ['Berapa lama prosesnya, dan adakah biayanya?', 'How long does it take, and does it cost anything?'],
      ),
    ],
    documents: [item('Rekapitulasi NIB, PIRT dan sertifikat halal yang difasilitasi', 'Totals of NIB, PIRT and halal certificates facilitated', 'Bidang pelaksana program', 'The implementing division')],
  },
  'empowering.marketing': {
    questions: [
      q(
        'Bagaimana pelaku usaha dibantu memasarkan produknya, termasuk secara digital?',
        'How are business owners helped to market their products, including online?',
        ['Kegiatan apa saja, misalnya pameran, bazar atau lokapasar?', 'Which activities, such as fairs, bazaars or online marketplaces?'],
        ['Apa hasilnya bagi penjualan?', 'What difference has it made to sales?'],
      ),
    ],
    observe: [item('Gerai, pameran atau toko daring pelaku usaha', 'Outlets, fairs or online shops of the businesses', ...FIELD)],
  },
  'protecting.credit': {
    questions: [
      q(
        'Bagaimana akses pelaku usaha terhadap KUR atau bantuan modal lunak?',
        'How do business owners get access to KUR or soft loans?',
        ['Apa peran Dinas dalam menghubungkan mereka dengan bank?', 'What part does the agency play in linking them with banks?'],
      ),
    ],
    documents: [item('Data penyaluran KUR atau kerja sama dengan bank', 'KUR disbursement figures or agreements with banks', 'Bank penyalur / Dinas', 'Lending banks / the agency')],
  },
  'protecting.licensing': {
    questions: [
      q(
        'Bagaimana Dinas mempermudah perizinan bagi usaha kecil?',
        'How does the agency make licensing easier for small businesses?',
        ['Apakah ada layanan jemput bola atau pendampingan pengurusan izin?', 'Is there an outreach service or help with applications?'],
      ),
    ],
    observe: [item('Alur dan waktu pelayanan perizinan di loket', 'The licensing procedure and waiting times at the counter', 'Loket pelayanan', 'Service counter')],
  },
  'protecting.fair-competition': {
    questions: [
      q(
        'Bagaimana usaha kecil dilindungi dari persaingan yang tidak seimbang, misalnya dengan pemodal besar atau rentenir?',
        'How are small businesses protected from unequal competition, for instance from large investors or moneylenders?',
        ['Pernahkah ada pelaku usaha yang dirugikan? Apa yang dilakukan saat itu?', 'Has any business been harmed? What was done then?'],
      ),
    ],
  },
  'protecting.regulation': {
    questions: [
      q(
        'Peraturan apa yang menjadi dasar perlindungan dan pemberdayaan usaha kecil di daerah ini?',
        'Which regulations protect and empower small businesses in this area?',
        ['Bagaimana peraturan itu dijalankan dalam praktik?', 'How are they applied in practice?'],
      ),
    ],
    documents: [item('Perda/Perbup/Perwali tentang pemberdayaan UMKM', 'Local regulations (Perda/Perbup/Perwali) on MSME empowerment', 'Bagian Hukum / JDIH', 'Legal division / JDIH')],
  },
  'protecting.continuity': {
    questions: [
      q(
        'Apa yang dilakukan agar hasil program tetap bertahan setelah kegiatan selesai?',
        'What is done so that the programme\u2019s results last after the activities end?',
        ['Apakah ada pemantauan atau evaluasi lanjutan?', 'Is there follow-up monitoring or evaluation?'],
      ),
    ],
    documents: [item('Laporan monitoring dan evaluasi program', 'Programme monitoring and evaluation reports', 'Sekretariat Dinas', 'Agency secretariat')],
  },
};
