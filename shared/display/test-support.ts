/**
 * A small, hand-made project for the display tests: one framework (Pemberdayaan: Enabling
 * with two indicators, Empowering with one, Protecting without indicators), a second one
 * to cross it with (Tingkat: Mikro, Meso, Makro), two informant groups of two informants,
 * an observation note attached to nobody, and overlapping segments. Ids are readable
 * words so that failures say which segment is where.
 */
import type { ProjectState } from '../model/changeset';
import type { Code, Document, DocumentKind, Informant, Segment } from '../model/types';

const T = '2026-01-02T03:04:05.000Z';
const P = 'proj';

function code(id: string, parentId: string | null, order: number, id_: string, en: string): Code {
  return {
    id,
    projectId: P,
    parentId,
    label: { id: id_, en },
    definition: { id: '', en: '' },
    color: '#0072B2',
    source: '',
    frameworkId: null,
    order,
    memo: '',
  };
}

function informant(id: string, label: string, order: number, group: string, category: string): Informant {
  return {
    id,
    projectId: P,
    label,
    name: `Nama ${label}`,
    position: '',
    category,
    group,
    interviewDate: '',
    place: '',
    attributes: {},
    memo: '',
    order,
  };
}

function document(id: string, informantId: string | null, order: number, kind: DocumentKind, lines: string[]): Document {
  return {
    id,
    projectId: P,
    informantId,
    title: id,
    kind,
    text: lines.join('\n'),
    turns: [],
    sourceFileName: `${id}.docx`,
    memo: '',
    importedAt: T,
    order,
  };
}

export const TEXTS = {
  d1: [
    'P: Bagaimana program disosialisasikan?',
    'I: Kami mengundang pelaku usaha lewat surat camat.',
    'P: Siapa yang ikut merencanakan?',
    'I: Kelompok diajak musyawarah sebelum pelatihan dimulai.',
  ],
  d2: ['P: Bagaimana sosialisasinya?', 'I: Informasi program disebar lewat grup WhatsApp.'],
  d3: ['P: Dari mana Ibu tahu programnya?', 'I: Saya tahu program dari tetangga.', 'I: Pelatihan kemasan sangat membantu usaha saya.'],
  d4: ['P: Apa yang masih kurang?', 'I: Dinas memberi semangat.', 'I: Tidak ada perlindungan harga ditentukan pasar.'],
  obs: ['Catatan observasi, 3 Maret.', 'Papan pengumuman program terpasang di kantor desa.'],
};

/** The hand-made project; informants and codes are inserted out of order on purpose. */
export function displayProject(): ProjectState {
  const codes = [
    code('tingkat', null, 1, 'Tingkat analisis', 'Level of analysis'),
    code('makro', 'tingkat', 2, 'Makro', 'Macro'),
    code('mikro', 'tingkat', 0, 'Mikro', 'Micro'),
    code('meso', 'tingkat', 1, 'Meso', 'Meso'),
    code('pemberdayaan', null, 0, 'Pemberdayaan', 'Empowerment'),
    code('protecting', 'pemberdayaan', 2, 'Protecting', 'Protecting'),
    code('empowering', 'pemberdayaan', 1, 'Empowering', 'Empowering'),
    code('pelatihan', 'empowering', 0, 'Pelatihan', 'Training'),
    code('enabling', 'pemberdayaan', 0, 'Enabling', 'Enabling'),
    code('pelibatan', 'enabling', 1, 'Pelibatan', 'Involvement'),
    code('sosialisasi', 'enabling', 0, 'Sosialisasi', 'Socialisation'),
  ];
  const informants = [
    informant('i3', 'I3', 2, 'Pelaku UMKM', 'Informan pendukung'),
    informant('i1', 'I1', 0, 'ASN', 'Informan kunci'),
    informant('i4', 'I4', 3, 'Pelaku UMKM', ''),
    informant('i2', 'I2', 1, 'ASN', 'Informan utama'),
  ];
  const documents = [
    document('obs', null, 4, 'observation', TEXTS.obs),
    document('d1', 'i1', 0, 'interview', TEXTS.d1),
    document('d2', 'i2', 1, 'interview', TEXTS.d2),
    document('d3', 'i3', 2, 'interview', TEXTS.d3),
    document('d4', 'i4', 3, 'interview', TEXTS.d4),
  ];
  const state: ProjectState = {
    project: {
      id: P,
      title: 'Uji tampilan',
      researcher: '',
      institution: '',
      focus: '',
      journal: '',
      settings: {
        informantCategories: ['Informan kunci', 'Informan utama', 'Informan pendukung'],
        informantGroups: ['ASN', 'Pelaku UMKM'],
        activeFrameworkCodeId: 'pemberdayaan',
        verdictScale: ['Optimal', 'Cukup optimal', 'Belum optimal'],
      },
      createdAt: T,
      modifiedAt: T,
    },
    codes: Object.fromEntries(codes.map((c) => [c.id, c])),
    informants: Object.fromEntries(informants.map((i) => [i.id, i])),
    documents: Object.fromEntries(documents.map((d) => [d.id, d])),
    segments: {},
    coders: {},
    cellSummaries: {},
    triangulationNotes: {},
    conclusions: {},
    comments: {},
  };
  const segments = [
    // Listed out of reading order on purpose.
    segmentOn(state, 's11', 'd4', 'harga ditentukan pasar', ['makro']),
    segmentOn(state, 's1', 'd1', 'Kami mengundang pelaku usaha lewat surat camat', ['sosialisasi', 'meso'], 'Sosialisasi lewat surat camat'),
    segmentOn(state, 's10', 'd1', 'pelaku usaha lewat surat', ['sosialisasi']),
    segmentOn(state, 's3', 'd1', 'musyawarah sebelum pelatihan', ['pelatihan', 'mikro'], 'Pelatihan didahului musyawarah'),
    segmentOn(state, 's2', 'd1', 'Kelompok diajak musyawarah', ['pelibatan']),
    segmentOn(state, 's4', 'd2', 'Informasi program disebar lewat grup WhatsApp', ['sosialisasi'], 'Sosialisasi lewat WhatsApp'),
    segmentOn(state, 's5', 'd3', 'Saya tahu program dari tetangga', ['sosialisasi']),
    segmentOn(state, 's6', 'd3', 'Pelatihan kemasan sangat membantu', ['pelatihan', 'makro'], 'Pelatihan kemasan membantu'),
    segmentOn(state, 's8', 'd4', 'Dinas memberi semangat', ['enabling'], 'Dinas memotivasi'),
    segmentOn(state, 's7', 'd4', 'Tidak ada perlindungan harga', ['protecting'], 'Tidak ada perlindungan harga'),
    segmentOn(state, 's9', 'obs', 'Papan pengumuman program terpasang', ['sosialisasi'], 'Pengumuman di kantor desa'),
  ];
  return { ...state, segments: Object.fromEntries(segments.map((s) => [s.id, s])) };
}

/** A segment over the first occurrence of `words` in a document. */
export function segmentOn(
  state: ProjectState,
  id: string,
  documentId: string,
  words: string,
  codeIds: string[],
  reduced = '',
): Segment {
  const start = state.documents[documentId]!.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in ${documentId}`);
  return {
    id,
    projectId: P,
    documentId,
    start,
    end: start + words.length,
    codeIds,
    memo: '',
    reduced,
    coderId: null,
    createdAt: T,
    modifiedAt: T,
  };
}

/** The state with segments added (or replaced) and removed by id. */
export function withSegments(state: ProjectState, put: Segment[], remove: string[] = []): ProjectState {
  const segments = { ...state.segments };
  for (const id of remove) delete segments[id];
  for (const segment of put) segments[segment.id] = segment;
  return { ...state, segments };
}

/** A project of the size the issue benchmarks: informants × codes × segments, one transcript each. */
export function largeProject(informants: number, codesPerDimension: number, dimensions: number, segments: number): ProjectState {
  const codes: Code[] = [code('root', null, 0, 'Kerangka', 'Framework'), code('cross', null, 1, 'Silang', 'Cross')];
  for (let d = 0; d < dimensions; d++) {
    codes.push(code(`d${d}`, 'root', d, `Dimensi ${d + 1}`, `Dimension ${d + 1}`));
    for (let k = 0; k < codesPerDimension; k++) codes.push(code(`d${d}k${k}`, `d${d}`, k, `Indikator ${d + 1}.${k + 1}`, `Indicator ${d + 1}.${k + 1}`));
  }
  for (let c = 0; c < 3; c++) codes.push(code(`x${c}`, 'cross', c, `Silang ${c}`, `Cross ${c}`));
  const leaves = codes.filter((c) => /^d\d+k\d+$/.test(c.id)).map((c) => c.id);
  const people = Array.from({ length: informants }, (_, i) =>
    informant(`p${i}`, `I${i + 1}`, i, i % 3 === 0 ? 'ASN' : 'Pelaku UMKM', ['Informan kunci', 'Informan utama', 'Informan pendukung'][i % 3]!),
  );
  const line = 'I: Program pemberdayaan pelaku usaha mikro lewat pelatihan dan pendampingan dinas koperasi.';
  const docs = people.map((p, i) => document(`doc${i}`, p.id, i, 'interview', Array.from({ length: 400 }, () => line)));
  docs.push(document('obs', null, informants, 'observation', Array.from({ length: 100 }, () => line)));
  const state: ProjectState = {
    ...displayProject(),
    codes: Object.fromEntries(codes.map((c) => [c.id, c])),
    informants: Object.fromEntries(people.map((p) => [p.id, p])),
    documents: Object.fromEntries(docs.map((d) => [d.id, d])),
    segments: {},
  };
  const rows: Segment[] = [];
  for (let n = 0; n < segments; n++) {
    const doc = docs[n % docs.length]!;
    const start = (Math.floor(n / docs.length) * 37) % (doc.text.length - 120);
    rows.push({
      id: `g${n}`,
      projectId: P,
      documentId: doc.id,
      start,
      end: start + 40 + (n % 80),
      codeIds: n % 5 === 0 ? [leaves[n % leaves.length]!, `x${n % 3}`] : [leaves[(n * 7) % leaves.length]!],
      memo: '',
      reduced: n % 2 ? `Reduksi ${n}` : '',
      coderId: null,
      createdAt: T,
      modifiedAt: T,
    });
  }
  return { ...state, segments: Object.fromEntries(rows.map((s) => [s.id, s])) };
}
