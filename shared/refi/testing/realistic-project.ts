/**
 * A small but realistic project for the project-file tests: nested Indonesian codes (one
 * with an id that is not a GUID), two informants with attributes, two transcripts with
 * curly quotes, "é" and emoji, overlapping segments with memos and reduced statements, a
 * second coder, and a research journal.
 */
import { blankInformant } from './informant';
import type { CellSummary, Code, Coder, Comment, Conclusion, Document, Informant, ProjectSnapshot, Segment, TriangulationNote } from '../../model/types';

export const PROJECT_ID = '0b7c1f0e-2a44-4c1e-9a0f-5d3b8e6f1a01';
const T0 = '2026-09-01T08:15:30.123Z';

export const INTERVIEW_TEXT = [
  'Nama: Ibu Sri Wahyuni',
  'Jabatan: Kepala Bidang UMKM',
  '',
  'P: Bagaimana program pemberdayaan UMKM di dinas ini berjalan?',
  'I: Menurut saya, “pelatihan” itu sangat membantu 👍 terutama untuk pemasaran daring. Kafé kecil seperti milik Bu Siti sudah naik omzetnya.',
  'P: Apa kendala yang dihadapi?',
  'I: Anggaran terbatas 😔 dan pendampingan belum rutin, jadi pelaku usaha sering “jalan sendiri”.',
].join('\n');

export const SECOND_TEXT = [
  'P: Sejak kapan Bapak bergabung dengan koperasi?',
  'I: Sejak 2019. Awalnya saya ragu, tapi setelah ikut pelatihan pengemasan produk, penjualan keripik naik.',
  'P: Apa yang masih kurang?',
  'I: Modal. Pinjaman dari bank masih sulit & syaratnya berbelit <terutama agunan>.',
].join('\n');

const code = (id: string, parentId: string | null, label: [string, string], order: number, extra: Partial<Code> = {}): Code => ({
  id,
  projectId: PROJECT_ID,
  parentId,
  label: { id: label[0], en: label[1] },
  definition: { id: `Definisi ${label[0]}`, en: `Definition of ${label[1]}` },
  color: '#0072B2',
  source: '',
  frameworkId: null,
  order,
  memo: '',
  ...extra,
});

export const CODE = {
  empowerment: '5f0a9c2e-1111-4a2b-8c3d-000000000001',
  enabling: '5f0a9c2e-1111-4a2b-8c3d-000000000002',
  empowering: '5f0a9c2e-1111-4a2b-8c3d-000000000003',
  protecting: '5f0a9c2e-1111-4a2b-8c3d-000000000004',
  factors: '5f0a9c2e-1111-4a2b-8c3d-000000000005',
  inhibiting: '5f0a9c2e-1111-4a2b-8c3d-000000000006',
  /** Not a GUID: ids like this must still come back unchanged. */
  digital: 'kode-pemasaran-digital',
} as const;

const codes: Code[] = [
  code(CODE.empowerment, null, ['Pemberdayaan', 'Empowerment'], 0, { frameworkId: 'empowerment', source: 'Fahrudin (2012)', color: '#BBBBBB' }),
  code(CODE.enabling, CODE.empowerment, ['Menciptakan iklim (enabling)', 'Enabling'], 0, {
    frameworkId: 'empowerment',
    source: 'Fahrudin (2012)',
    color: '#E69F00',
    definition: { id: 'Upaya menciptakan suasana yang memungkinkan potensi "berkembang" & tumbuh.', en: 'Creating a climate in which potential can grow.' },
  }),
  code(CODE.empowering, CODE.empowerment, ['Memperkuat potensi (empowering)', 'Empowering'], 1, { frameworkId: 'empowerment', color: '#009E73' }),
  code(CODE.protecting, CODE.empowerment, ['Melindungi (protecting)', 'Protecting'], 2, { frameworkId: 'empowerment', color: '#cc79a7' }),
  code(CODE.factors, null, ['Faktor pendukung dan penghambat', 'Supporting and inhibiting factors'], 1, { frameworkId: 'factors' }),
  code(CODE.inhibiting, CODE.factors, ['Faktor penghambat', 'Inhibiting factor'], 0, {
    frameworkId: 'factors',
    memo: 'Anggaran & modal muncul di <dua> informan.\nCek lagi di observasi.',
  }),
  code(CODE.digital, null, ['', 'Digital marketing'], 2, { definition: { id: '', en: 'Selling online' } }),
];

const informant = (id: string, label: string, order: number, extra: Partial<Informant>): Informant =>
  blankInformant({ id, projectId: PROJECT_ID, label, order, ...extra });

export const INFORMANT = { sri: 'a1c3e5f7-2222-4b6d-8f01-000000000001', budi: 'a1c3e5f7-2222-4b6d-8f01-000000000002' } as const;

const informants: Informant[] = [
  informant(INFORMANT.sri, 'I1', 0, {
    name: 'Ibu Sri Wahyuni',
    position: 'Kepala Bidang UMKM',
    category: 'Informan kunci',
    group: 'ASN',
    interviewDate: '2026-08-12',
    place: 'Kantor Dinas Koperasi dan UMKM',
    attributes: { 'Jenis kelamin': 'Perempuan', 'Masa kerja': '12 tahun' },
    memo: 'Sangat terbuka; minta namanya disamarkan di skripsi.',
  }),
  informant(INFORMANT.budi, 'I2', 1, {
    name: 'Pak Budi',
    position: 'Pemilik usaha keripik',
    category: 'Informan pendukung',
    group: 'Pelaku UMKM',
    interviewDate: 'Sabtu, 15 Agustus 2026',
    place: 'Rumah produksi, Desa Sukamaju',
    attributes: { 'Lama usaha': '7 tahun' },
  }),
];

export const DOCUMENT = { interview: 'd0c00000-3333-4c00-9000-000000000001', second: 'd0c00000-3333-4c00-9000-000000000002' } as const;

const documents: Document[] = [
  {
    id: DOCUMENT.interview,
    projectId: PROJECT_ID,
    informantId: INFORMANT.sri,
    title: 'Wawancara I1 – Kepala Bidang',
    kind: 'interview',
    text: INTERVIEW_TEXT,
    turns: [{ speaker: 'P', role: 'researcher', start: 51, end: 112, timestamp: '00:01:10' }],
    sourceFileName: 'I1 kepala bidang.docx',
    memo: 'Rekaman agak bising di menit ke-20.',
    importedAt: '2026-09-01T08:20:00.000Z',
    order: 0,
  },
  {
    id: DOCUMENT.second,
    projectId: PROJECT_ID,
    informantId: INFORMANT.budi,
    title: 'Wawancara I2 – Pelaku UMKM',
    kind: 'observation',
    text: SECOND_TEXT,
    turns: [],
    sourceFileName: 'I2.txt',
    memo: '',
    importedAt: '2026-09-01T08:21:00.000Z',
    order: 1,
  },
];

/** A segment over the first occurrence of `quote` in `text`. */
export function segmentOn(id: string, documentId: string, text: string, quote: string, codeIds: string[], extra: Partial<Segment> = {}): Segment {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not found: ${quote}`);
  return {
    id,
    projectId: PROJECT_ID,
    documentId,
    start,
    end: start + quote.length,
    codeIds,
    memo: '',
    reduced: '',
    coderId: null,
    createdAt: T0,
    modifiedAt: T0,
    ...extra,
  };
}

export const SEGMENT = {
  training: '5e600000-4444-4d00-a000-000000000001',
  cafe: '5e600000-4444-4d00-a000-000000000002',
  budget: '5e600000-4444-4d00-a000-000000000003',
  capital: '5e600000-4444-4d00-a000-000000000004',
  packaging: '5e600000-4444-4d00-a000-000000000005',
} as const;

/** After the 👍, so its code-point start differs from its UTF-16 start. */
export const CAFE_QUOTE = 'pemasaran daring. Kafé kecil seperti milik Bu Siti';

const segments: Segment[] = [
  segmentOn(SEGMENT.training, DOCUMENT.interview, INTERVIEW_TEXT, '“pelatihan” itu sangat membantu 👍 terutama untuk pemasaran daring', [CODE.empowering, CODE.digital], {
    memo: 'Pelatihan dinilai "membantu" — bandingkan dengan I2.',
    reduced: 'Pelatihan dari dinas membantu pemasaran daring UMKM.',
  }),
  // Overlaps the training segment ("pemasaran daring").
  segmentOn(SEGMENT.cafe, DOCUMENT.interview, INTERVIEW_TEXT, CAFE_QUOTE, [CODE.digital], {
    reduced: 'Omzet kafe kecil naik setelah pemasaran daring.',
    coderId: 'koder-kedua',
    createdAt: '2026-09-02T10:00:00.500Z',
    modifiedAt: '2026-09-03T11:30:00.000Z',
  }),
  segmentOn(SEGMENT.budget, DOCUMENT.interview, INTERVIEW_TEXT, 'Anggaran terbatas 😔 dan pendampingan belum rutin', [CODE.inhibiting, CODE.protecting], {
    memo: 'Baris 1\nBaris 2 <penting> & "dikutip"',
  }),
  segmentOn(SEGMENT.capital, DOCUMENT.second, SECOND_TEXT, 'Pinjaman dari bank masih sulit & syaratnya berbelit <terutama agunan>', [CODE.inhibiting], {
    reduced: 'Akses modal perbankan sulit karena agunan.',
  }),
  segmentOn(SEGMENT.packaging, DOCUMENT.second, SECOND_TEXT, 'setelah ikut pelatihan pengemasan produk, penjualan keripik naik', [CODE.empowering, CODE.enabling]),
];

export const SECOND_CODER = 'koder-kedua';
export const SUPERVISOR = 'c0de0000-5555-4e00-b000-000000000002';

const coders: Coder[] = [
  { id: SECOND_CODER, projectId: PROJECT_ID, name: 'Rudi Hartono', role: 'secondCoder', createdAt: T0 },
  { id: SUPERVISOR, projectId: PROJECT_ID, name: 'Dr. Ani Suryani, M.Si.', role: 'supervisor', createdAt: T0 },
];

const cellSummaries: CellSummary[] = [
  {
    id: '5a000000-6666-4f00-8000-000000000001',
    projectId: PROJECT_ID,
    codeId: CODE.empowering,
    informantId: INFORMANT.sri,
    text: 'Pelatihan membantu pemasaran daring; omzet naik.',
    coderId: null,
    modifiedAt: T0,
  },
];

const triangulationNotes: TriangulationNote[] = [
  {
    id: '5a000000-6666-4f00-8000-000000000002',
    projectId: PROJECT_ID,
    codeId: CODE.inhibiting,
    verdict: 'sama',
    note: 'ASN dan pelaku usaha sama-sama menyebut modal & anggaran.',
    coderId: null,
    modifiedAt: T0,
  },
];

export const CONCLUSION_ID = '5a000000-6666-4f00-8000-000000000003';

const conclusions: Conclusion[] = [
  {
    id: CONCLUSION_ID,
    projectId: PROJECT_ID,
    codeId: CODE.empowering,
    text: 'Pelatihan sudah berjalan, tetapi pendampingan belum rutin.',
    verdict: 'Cukup optimal',
    evidenceSegmentIds: [SEGMENT.training, SEGMENT.packaging],
    coderId: null,
    createdAt: T0,
    modifiedAt: '2026-09-03T11:30:00.000Z',
  },
];

const comments: Comment[] = [
  {
    id: '5a000000-6666-4f00-8000-000000000004',
    projectId: PROJECT_ID,
    target: { kind: 'segment', segmentId: SEGMENT.budget },
    parentId: null,
    authorId: SUPERVISOR,
    text: 'Apakah "anggaran terbatas" juga disebut informan lain?',
    createdAt: '2026-09-04T09:00:00.000Z',
    resolvedAt: null,
    resolvedBy: null,
  },
  {
    id: '5a000000-6666-4f00-8000-000000000005',
    projectId: PROJECT_ID,
    target: { kind: 'segment', segmentId: SEGMENT.budget },
    parentId: '5a000000-6666-4f00-8000-000000000004',
    authorId: null,
    text: 'Ya, I2 menyebut modal.',
    createdAt: '2026-09-04T10:00:00.000Z',
    resolvedAt: null,
    resolvedBy: null,
  },
  {
    id: '5a000000-6666-4f00-8000-000000000006',
    projectId: PROJECT_ID,
    target: { kind: 'cell', codeId: CODE.empowering, informantId: INFORMANT.sri },
    parentId: null,
    authorId: SUPERVISOR,
    text: 'Ringkasan sudah tepat.',
    createdAt: '2026-09-04T09:05:00.000Z',
    resolvedAt: '2026-09-05T08:00:00.000Z',
    resolvedBy: null,
  },
];

/** A fresh copy of the realistic project. */
export function realisticProject(): ProjectSnapshot {
  const snapshot: ProjectSnapshot = {
    project: {
      id: PROJECT_ID,
      title: 'Pemberdayaan UMKM oleh Dinas Koperasi Kabupaten “Sukamaju”',
      researcher: 'Dewi Lestari',
      institution: 'Universitas Negeri Contoh',
      focus: 'Bagaimana dinas memberdayakan UMKM melalui pelatihan & pendampingan?',
      journal: '12 Agustus: wawancara I1.\n\n15 Agustus: wawancara I2 — perlu triangulasi dengan dokumen <Renstra>.',
      settings: {
        informantCategories: ['Informan kunci', 'Informan utama', 'Informan pendukung'],
        informantGroups: ['ASN', 'Pelaku UMKM'],
        activeFrameworkCodeId: CODE.empowerment,
        verdictScale: ['Optimal', 'Cukup optimal', 'Belum optimal'],
      },
      createdAt: '2026-08-01T07:00:00.000Z',
      modifiedAt: '2026-09-03T11:30:00.000Z',
    },
    codes,
    informants,
    documents,
    segments,
    coders,
    cellSummaries,
    triangulationNotes,
    conclusions,
    comments,
  };
  return JSON.parse(JSON.stringify(snapshot)) as ProjectSnapshot;
}
