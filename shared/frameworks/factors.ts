/**
 * Supporting and inhibiting factors, which nearly every Indonesian implementation study
 * reports beside its main framework and crosses with it (e.g. inhibiting × Resources).
 */
import type { FrameworkTemplate } from './template';
import { frameworkRoot } from './template';

export const factors: FrameworkTemplate = {
  id: 'factors',
  label: { id: 'Faktor pendukung dan penghambat', en: 'Supporting and inhibiting factors' },
  description: {
    id: 'Dua kode yang disilangkan dengan kerangka utama: apa yang membantu dan apa yang menghambat.',
    en: 'Two codes crossed with the main framework: what helps and what hinders.',
  },
  // Not one author's theory but a reporting convention of the discipline; say so honestly.
  source: 'Konvensi penelitian implementasi kebijakan',
  codes: frameworkRoot(
    {
      key: 'factors',
      label: { id: 'Faktor', en: 'Factors' },
      definition: {
        id: 'Kode induk faktor pendukung dan penghambat. Berikan kode faktor di samping kode indikator yang dibantu atau dihambatnya.',
        en: 'Root of supporting and inhibiting factors. Give a factor code beside the code of the indicator it helps or hinders.',
      },
    },
    [
      {
        key: 'supporting',
        color: '#999933',
        label: { id: 'Faktor pendukung', en: 'Supporting factor' },
        definition: {
          id: 'Kondisi, sumber daya atau pihak yang menurut informan membantu program berjalan. Bukan keberhasilan program itu sendiri (hasil), melainkan penyebabnya.',
          en: 'Conditions, resources or parties that, in the informant\'s account, help the programme work. Not the programme\'s success itself (an outcome) but what brings it about.',
        },
      },
      {
        key: 'inhibiting',
        color: '#882255',
        label: { id: 'Faktor penghambat', en: 'Inhibiting factor' },
        definition: {
          id: 'Kendala, kekurangan atau pihak yang menurut informan menghambat program. Bukan sekadar keluhan umum tanpa kaitan dengan pelaksanaan program.',
          en: 'Obstacles, shortages or parties that, in the informant\'s account, hold the programme back. Not general complaints unrelated to how the programme is carried out.',
        },
      },
    ],
  ),
};
