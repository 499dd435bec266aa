/**
 * Social capital — Woolcock (2000): bonding, bridging and linking ties; and the levels of
 * analysis after Mouzelis (micro, meso, macro), which studies cross with Woolcock's ties.
 * Definitions are our own paraphrase; students refine them from their theory chapter.
 */
import type { FrameworkTemplate } from './template';
import { frameworkRoot } from './template';

export const woolcock: FrameworkTemplate = {
  id: 'woolcock',
  label: { id: 'Modal sosial (Woolcock)', en: 'Social capital (Woolcock)' },
  description: {
    id: 'Tiga jenis jaringan sosial: bonding, bridging, linking.',
    en: 'Three kinds of social ties: bonding, bridging, linking.',
  },
  source: 'Woolcock (2000)',
  codes: frameworkRoot(
    {
      key: 'woolcock',
      label: { id: 'Modal sosial', en: 'Social capital' },
      definition: {
        id: 'Kode induk kerangka modal sosial. Kodekan segmen pada jenis jaringannya; gunakan kode ini hanya untuk pernyataan umum tentang kepercayaan, norma atau jaringan.',
        en: 'Root of the social-capital framework. Code segments to the kind of tie; use this code only for general statements about trust, norms or networks.',
      },
    },
    [
      {
        key: 'bonding',
        color: '#D55E00',
        label: { id: 'Bonding', en: 'Bonding' },
        definition: {
          id: 'Ikatan ke dalam di antara orang yang serupa: keluarga, tetangga dekat, anggota kelompok yang sama — kepercayaan, interaksi dan kepemimpinan di dalam kelompok. Bukan hubungan dengan kelompok lain.',
          en: 'Inward ties among people alike: family, close neighbours, members of the same group — trust, interaction and leadership inside the group. Not relations with other groups.',
        },
      },
      {
        key: 'bridging',
        color: '#56B4E9',
        label: { id: 'Bridging', en: 'Bridging' },
        definition: {
          id: 'Ikatan mendatar yang menjembatani kelompok yang setara: kelompok lain, paguyuban, komunitas, pasar. Bukan hubungan dengan pihak yang berkuasa atau bermodal: itu Linking.',
          en: 'Horizontal ties bridging groups of similar standing: other groups, associations, communities, markets. Not ties to those holding power or resources: that is Linking.',
        },
      },
      {
        key: 'linking',
        color: '#CC79A7',
        label: { id: 'Linking', en: 'Linking' },
        definition: {
          id: 'Ikatan tegak yang mengaitkan kelompok dengan pihak yang memiliki kekuasaan atau sumber daya: instansi pemerintah, bank, perguruan tinggi, perusahaan.',
          en: 'Vertical ties linking the group to those with power or resources: government agencies, banks, universities, companies.',
        },
      },
    ],
  ),
};

export const mouzelis: FrameworkTemplate = {
  id: 'mouzelis',
  label: { id: 'Tingkat analisis (Mouzelis)', en: 'Levels of analysis (Mouzelis)' },
  description: {
    id: 'Dimensi kedua mikro, meso, makro — dapat disilangkan dengan kerangka lain.',
    en: 'A second dimension of micro, meso, macro — can be crossed with another framework.',
  },
  source: 'Mouzelis (1995)',
  codes: frameworkRoot(
    {
      key: 'mouzelis',
      label: { id: 'Tingkat analisis', en: 'Level of analysis' },
      definition: {
        id: 'Kode induk tingkat analisis. Segmen biasanya mendapat satu kode tingkat di samping kode dari kerangka utama, sehingga matriks dapat menyilangkan keduanya.',
        en: 'Root of the levels of analysis. A segment usually carries one level code beside a code of the main framework, so a matrix can cross the two.',
      },
    },
    [
      {
        key: 'micro',
        color: '#DDCC77',
        label: { id: 'Mikro', en: 'Micro' },
        definition: {
          id: 'Individu dan interaksinya: kapabilitas, pola pikir, keterampilan, pengalaman pribadi. Bukan kelompok atau organisasinya: itu Meso.',
          en: 'Individuals and their interactions: capability, mindset, skills, personal experience. Not their group or organisation: that is Meso.',
        },
      },
      {
        key: 'meso',
        color: '#117733',
        label: { id: 'Meso', en: 'Meso' },
        definition: {
          id: 'Kelompok dan organisasi: kelompok masyarakat, koperasi, unit dinas — aturan, pengurus dan kegiatan bersamanya. Bukan kebijakan pemerintah daerah atau nasional: itu Makro.',
          en: 'Groups and organisations: the community group, the cooperative, the agency unit — their rules, officers and shared activities. Not regional or national policy: that is Macro.',
        },
      },
      {
        key: 'macro',
        color: '#332288',
        label: { id: 'Makro', en: 'Macro' },
        definition: {
          id: 'Lembaga dan negara: regulasi, kebijakan pemerintah daerah, program nasional, kondisi ekonomi yang lebih luas.',
          en: 'Institutions and the state: regulation, regional government policy, national programmes, the wider economy.',
        },
      },
    ],
  ),
};
