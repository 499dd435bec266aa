/**
 * Policy implementation — Edward III (1980): four variables with their sub-indicators.
 * Definitions are our own paraphrase; students refine them from their theory chapter.
 */
import type { FrameworkTemplate } from './template';
import { frameworkRoot } from './template';

export const edward3: FrameworkTemplate = {
  id: 'edward3',
  label: { id: 'Implementasi kebijakan (Edward III)', en: 'Policy implementation (Edward III)' },
  description: {
    id: 'Empat variabel implementasi: komunikasi, sumber daya, disposisi, struktur birokrasi.',
    en: 'Four implementation variables: communication, resources, disposition, bureaucratic structure.',
  },
  source: 'Edward III (1980)',
  codes: frameworkRoot(
    {
      key: 'edward3',
      label: { id: 'Implementasi kebijakan', en: 'Policy implementation' },
      definition: {
        id: 'Kode induk kerangka Edward III. Kodekan segmen pada variabel atau sub-indikatornya; gunakan kode ini hanya untuk penilaian umum atas pelaksanaan kebijakan.',
        en: 'Root of the Edward III framework. Code segments to a variable or sub-indicator; use this code only for overall judgements of how the policy is carried out.',
      },
    },
    [
      {
        key: 'communication',
        color: '#0072B2',
        label: { id: 'Komunikasi', en: 'Communication' },
        definition: {
          id: 'Bagaimana tujuan dan petunjuk kebijakan sampai kepada pelaksana dan kelompok sasaran. Bukan sikap pelaksana terhadap kebijakan: itu Disposisi.',
          en: 'How the policy\'s goals and instructions reach implementers and the target group. Not implementers\' attitude towards the policy: that is Disposition.',
        },
        indicators: [
          {
            key: 'transmission',
            label: { id: 'Transmisi', en: 'Transmission' },
            definition: {
              id: 'Jalur penyampaian kebijakan: siapa menyampaikan kepada siapa, lewat apa, dan apakah pesan terdistorsi di tengah jalan.',
              en: 'The channels the policy travels: who passes it to whom, by what means, and whether the message is distorted on the way.',
            },
          },
          {
            key: 'clarity',
            label: { id: 'Kejelasan', en: 'Clarity' },
            definition: {
              id: 'Apakah pelaksana dan sasaran memahami isi, tujuan, syarat dan sasaran kebijakan tanpa tafsir berbeda. Bukan seberapa sering disampaikan: itu Transmisi.',
              en: 'Whether implementers and targets understand the policy\'s content, aims, conditions and target group without differing readings. Not how often it is passed on: that is Transmission.',
            },
          },
          {
            key: 'consistency',
            label: { id: 'Konsistensi', en: 'Consistency' },
            definition: {
              id: 'Apakah perintah dan informasi tetap sama dari waktu ke waktu dan antarinstansi, atau berubah-ubah dan saling bertentangan.',
              en: 'Whether orders and information stay the same over time and across agencies, or shift and contradict one another.',
            },
          },
        ],
      },
      {
        key: 'resources',
        color: '#E69F00',
        label: { id: 'Sumber daya', en: 'Resources' },
        definition: {
          id: 'Apakah pelaksana memiliki apa yang mereka perlukan untuk bertindak: orang, informasi, kewenangan, sarana dan dana. Bukan kemauan mereka untuk bertindak: itu Disposisi.',
          en: 'Whether implementers have what they need to act: people, information, authority, facilities and funds. Not their willingness to act: that is Disposition.',
        },
        indicators: [
          {
            key: 'staff',
            label: { id: 'Staf', en: 'Staff' },
            definition: {
              id: 'Jumlah dan kompetensi pegawai pelaksana: kekurangan petugas, beban kerja, keahlian yang sesuai atau tidak.',
              en: 'The number and competence of implementing staff: shortages, workload, whether skills fit the task.',
            },
          },
          {
            key: 'information',
            label: { id: 'Informasi', en: 'Information' },
            definition: {
              id: 'Informasi yang dimiliki pelaksana: cara melaksanakan, data sasaran, dan kepatuhan pihak lain. Bukan penyampaian kebijakan kepada sasaran: itu Komunikasi.',
              en: 'Information implementers hold: how to carry the policy out, data on the target group, and others\' compliance. Not passing the policy to the target group: that is Communication.',
            },
          },
          {
            key: 'authority',
            label: { id: 'Kewenangan', en: 'Authority' },
            definition: {
              id: 'Wewenang formal pelaksana untuk memutuskan, menegakkan atau mengalokasikan, dan apakah wewenang itu cukup atau tumpang tindih.',
              en: 'Implementers\' formal power to decide, enforce or allocate, and whether it is sufficient or overlapping.',
            },
          },
          {
            key: 'facilities-budget',
            label: { id: 'Fasilitas dan anggaran', en: 'Facilities and budget' },
            definition: {
              id: 'Gedung, peralatan, kendaraan dan anggaran yang tersedia untuk pelaksanaan, termasuk keterbatasan dana.',
              en: 'Buildings, equipment, vehicles and budget available for implementation, including funding limits.',
            },
          },
        ],
      },
      {
        key: 'disposition',
        color: '#009E73',
        label: { id: 'Disposisi', en: 'Disposition' },
        definition: {
          id: 'Sikap, kemauan dan komitmen pelaksana untuk menjalankan kebijakan sebagaimana dimaksud. Bukan kemampuan atau sarana mereka: itu Sumber daya.',
          en: 'Implementers\' attitude, willingness and commitment to carry the policy out as intended. Not their means or ability: that is Resources.',
        },
        indicators: [
          {
            key: 'commitment',
            label: { id: 'Sikap dan komitmen', en: 'Attitude and commitment' },
            definition: {
              id: 'Dukungan, kesungguhan, atau penolakan pelaksana terhadap kebijakan, tampak dari ucapan dan tindakan mereka.',
              en: 'Implementers\' support, earnestness or resistance towards the policy, as shown in their words and actions.',
            },
          },
          {
            key: 'staffing',
            label: { id: 'Pengangkatan birokrat', en: 'Staffing the bureaucracy' },
            definition: {
              id: 'Cara memilih dan menempatkan pejabat pelaksana: apakah orang yang ditunjuk berdedikasi pada kebijakan. Bukan jumlah staf: itu Sumber daya › Staf.',
              en: 'How implementing officials are chosen and placed: whether those appointed are dedicated to the policy. Not the number of staff: that is Resources › Staff.',
            },
          },
          {
            key: 'incentives',
            label: { id: 'Insentif', en: 'Incentives' },
            definition: {
              id: 'Imbalan, tunjangan, penghargaan atau sanksi yang mendorong pelaksana bekerja sesuai kebijakan.',
              en: 'Rewards, allowances, recognition or sanctions that move implementers to act in line with the policy.',
            },
          },
        ],
      },
      {
        key: 'structure',
        color: '#CC79A7',
        label: { id: 'Struktur birokrasi', en: 'Bureaucratic structure' },
        definition: {
          id: 'Susunan organisasi pelaksana: prosedur kerja dan pembagian tanggung jawab antarunit dan antarinstansi. Bukan peraturan yang melindungi sasaran.',
          en: 'The organisation of the implementing agencies: working procedures and the division of responsibility between units and agencies. Not rules protecting the target group.',
        },
        indicators: [
          {
            key: 'sop',
            label: { id: 'SOP', en: 'Standard operating procedures' },
            definition: {
              id: 'Ada tidaknya prosedur operasi standar, apakah diikuti, dan apakah membantu atau justru memperlambat (birokrasi berbelit).',
              en: 'Whether standard operating procedures exist, are followed, and help or slow things down (red tape).',
            },
          },
          {
            key: 'fragmentation',
            label: { id: 'Fragmentasi', en: 'Fragmentation' },
            definition: {
              id: 'Tanggung jawab yang tersebar di banyak unit atau instansi, koordinasi yang lemah, atau ego sektoral.',
              en: 'Responsibility spread over many units or agencies, weak coordination, or sectoral rivalry.',
            },
          },
        ],
      },
    ],
  ),
};
