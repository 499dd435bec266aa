/** Default instruments for social capital (Woolcock 2000) and levels of analysis (Mouzelis). */
import type { FrameworkDefaults } from './types';
import { item, q } from './types';

const GROUP = ['Tempat kegiatan kelompok', 'Where the group meets'] as const;

export const woolcockDefaults: FrameworkDefaults = {
  bonding: {
    questions: [
      q(
        'Bagaimana hubungan dan rasa saling percaya di antara sesama anggota kelompok?',
        'How would you describe the relationships and trust among the group\u2019s members?',
        ['Bagaimana anggota saling membantu ketika ada yang kesulitan?', 'How do members help one another in difficulty?'],
        ['Siapa yang memimpin, dan bagaimana keputusan diambil?', 'Who leads, and how are decisions made?'],
      ),
    ],
    observe: [item('Interaksi antaranggota dalam pertemuan atau kegiatan rutin', 'How members interact at meetings or regular activities', ...GROUP)],
    documents: [item('Daftar anggota, AD/ART dan notulen pertemuan kelompok', 'Member list, statutes and minutes of group meetings', 'Pengurus kelompok', 'Group officers')],
  },
  bridging: {
    questions: [
      q(
        'Dengan kelompok, komunitas atau pasar lain mana saja kelompok ini menjalin hubungan?',
        'Which other groups, communities or markets does the group have ties with?',
        ['Apa manfaat hubungan itu bagi kelompok?', 'What does the group gain from these ties?'],
      ),
    ],
    observe: [item('Kegiatan bersama dengan kelompok atau komunitas lain', 'Joint activities with other groups or communities', 'Lokasi kegiatan bersama', 'Where joint activities take place')],
    documents: [item('Dokumentasi kegiatan bersama atau kesepakatan kerja sama', 'Records of joint activities or cooperation agreements', 'Pengurus kelompok', 'Group officers')],
  },
  linking: {
    questions: [
      q(
        'Bagaimana hubungan kelompok dengan pemerintah, bank, perguruan tinggi atau perusahaan?',
        'What ties does the group have with government, banks, universities or companies?',
        ['Bantuan apa yang pernah diterima melalui hubungan itu?', 'What support has come through those ties?'],
        ['Siapa yang menjadi penghubung dengan pihak-pihak tersebut?', 'Who acts as the go-between?'],
      ),
    ],
    documents: [item('Surat keputusan, proposal atau laporan bantuan dari pihak luar', 'Decrees, proposals or reports of outside support', 'Pengurus kelompok / kelurahan', 'Group officers / village office')],
  },
};

export const mouzelisDefaults: FrameworkDefaults = {
  micro: {
    questions: [
      q(
        'Apa yang berubah pada kemampuan, keterampilan atau cara berpikir Bapak/Ibu sejak terlibat dalam kegiatan ini?',
        'What has changed in your abilities, skills or way of thinking since you took part?',
        ['Dapatkah Bapak/Ibu memberi contoh?', 'Can you give an example?'],
      ),
    ],
  },
  meso: {
    questions: [
      q(
        'Bagaimana peran kelompok, koperasi atau organisasi dalam kegiatan ini?',
        'What part does the group, cooperative or organisation play in the activity?',
        ['Apa yang sudah berjalan baik, dan apa yang belum?', 'What works well, and what does not yet?'],
      ),
    ],
    observe: [item('Kegiatan organisasi atau kelompok', 'The group\u2019s or organisation\u2019s activities', ...GROUP)],
  },
  macro: {
    questions: [
      q(
        'Kebijakan atau program pemerintah apa yang memengaruhi kegiatan ini?',
        'Which government policies or programmes affect this activity?',
        ['Bagaimana pengaruhnya dalam praktik?', 'How do they affect it in practice?'],
      ),
    ],
    documents: [item('Peraturan dan program pemerintah daerah yang terkait', 'Related regional regulations and programmes', 'Bagian Hukum / JDIH', 'Legal division / JDIH')],
  },
};
