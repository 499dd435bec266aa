/**
 * The analysis parts of the appendix — reduction matrix, display matrices, triangulation
 * table, conclusions — written to .docx and read back from the document XML and mammoth.
 */
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyChangeset, type ProjectState } from '../model/changeset';
import type { Informant } from '../model/types';
import type { AppendixOptions } from './index';
import { buildAppendix, DEFAULT_APPENDIX_PARTS } from './index';
import { analysedProject, handMadeProject, NOW, TYPED } from './test-support';

interface Doc {
  document: string;
  styles: string;
  /** The XML of each section, its sectPr included. */
  sections: string[];
  text: string;
}

async function readBack(bytes: Uint8Array): Promise<Doc> {
  const files = unzipSync(bytes);
  const document = strFromU8(files['word/document.xml']!);
  const sections: string[] = [];
  let from = 0;
  for (const m of document.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)) {
    sections.push(document.slice(from, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return { document, styles: strFromU8(files['word/styles.xml']!), sections, text: value };
}

const unescape = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A paragraph's text, line breaks as "\n". */
const paragraphText = (xml: string): string =>
  [...xml.matchAll(/<w:br\/>|<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : unescape(m[1]!))).join('');

interface TableCell {
  text: string;
  span: number;
  italic: boolean;
  bold: boolean;
}

interface ReadTable {
  caption: string;
  xml: string;
  rows: TableCell[][];
}

/** Every table of some XML with the caption paragraph above it; a cell's paragraphs joined by "\n". */
function tables(xml: string): ReadTable[] {
  return [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((table) => {
    const before = xml.slice(0, table.index);
    const caption = paragraphText(before.slice(before.lastIndexOf('<w:p>')));
    const rows = [...table[0].matchAll(/<w:tr>.*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((cell) => ({
        text: [...cell[0].matchAll(/<w:p>.*?<\/w:p>/g)].map((p) => paragraphText(p[0])).join('\n'),
        span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell[0])?.[1] ?? 1),
        italic: /<w:i\/>/.test(cell[0]),
        bold: /<w:b\/>/.test(cell[0]),
      })),
    );
    return { caption, xml: table[0], rows };
  });
}

const texts = (row: TableCell[] | undefined): string[] => (row ?? []).map((cell) => cell.text);
const rowOf = (table: ReadTable, label: string): TableCell[] => {
  const row = table.rows.find((r) => r[1]?.text === label);
  if (!row) throw new Error(`no row "${label}" in ${table.caption}: ${table.rows.map((r) => r[1]?.text).join(' | ')}`);
  return row;
};

const ANALYSIS_PARTS = ['reduction', 'displays', 'triangulation', 'conclusions'] as const;

const build = async (state: ProjectState, options: Partial<AppendixOptions> = {}): Promise<Doc> =>
  readBack(await buildAppendix(state, { parts: [...ANALYSIS_PARTS], locale: 'id', now: NOW, ...options }));

describe('the analysis parts (hand-made project, Indonesian, thesis defaults)', () => {
  let doc: Doc;
  let all: ReadTable[];
  beforeAll(async () => {
    doc = await build(analysedProject().state);
    all = tables(doc.document);
  });

  it('writes each part in a landscape A4 section with the binding margin kept on the binding side', () => {
    expect(doc.sections).toHaveLength(4);
    for (const section of doc.sections) {
      expect(section).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
      expect(section).toMatch(/<w:pgMar w:top="2268" w:right="2268" w:bottom="1701" w:left="1701"/);
    }
    expect(doc.text).toMatch(/Lampiran 1\. Matriks reduksi data[\s\S]*Lampiran 2\. Matriks penyajian data[\s\S]*Lampiran 3\. Tabel triangulasi sumber[\s\S]*Lampiran 4\. Kesimpulan/);
  });

  it('numbers every table in a caption above it, each with one header row repeated on every page', () => {
    expect(all.map((t) => t.caption)).toEqual([
      // Numbered per lampiran, so they never collide with BAB IV's "Tabel 4.x".
      'Tabel L1.1 Matriks Reduksi Data Pemberdayaan',
      'Tabel L2.1 Matriks Konseptual Pemberdayaan: Jumlah Segmen per Informan',
      'Tabel L2.2 Matriks Tertata Peran Pemberdayaan menurut Kelompok Informan',
      'Tabel L3.1 Triangulasi Sumber Pemberdayaan',
      'Tabel L4.1 Kesimpulan Pemberdayaan',
    ]);
    for (const table of all) {
      expect(table.xml.match(/<w:tblHeader\/>/g), table.caption).toHaveLength(1);
      expect(/<w:tr>.*?<\/w:tr>/.exec(table.xml)![0]).toContain('<w:tblHeader/>');
      // Every cell's text is in the table style (10–11 pt, single-spaced): the header's own, else Normal, which is the table text.
      expect(table.xml).not.toMatch(/<w:tc>(?:(?!<\/w:tc>).)*<w:p>(?:<w:pPr>)?<w:pStyle w:val="(?!PilahTableHeader")/);
      // The table takes the landscape text width: 29.7 cm less the 3 and 4 cm side margins.
      expect(table.xml).toContain(`<w:tblW w:type="dxa" w:w="${16838 - 1701 - 2268}"/>`);
    }
    // A matrix of interview data is the researcher's own: its source is the data, of the year of the interviews.
    expect(doc.text.match(/Sumber: .*/g)).toEqual(Array(5).fill('Sumber: Data primer diolah peneliti, 2023'));
    expect(doc.text).not.toContain('Fahrudin');
  });

  it('sets the matrices in Times New Roman, 11 pt single-spaced in the tables, captions bold and centred', () => {
    expect(doc.styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Times New Roman"[^>]*\/>.*<\/w:docDefaults>/);
    const style = (id: string): string => new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`).exec(doc.styles)?.[0] ?? '';
    expect(style('PilahTableText')).toContain('<w:sz w:val="22"/>');
    expect(style('PilahTableText')).toMatch(/w:line="240"/);
    expect(style('Normal')).toContain('<w:sz w:val="22"/>');
    expect(style('Normal')).toMatch(/w:line="240"/);
    expect(style('PilahTableHeader')).toContain('<w:b/>');
    expect(style('Caption')).toContain('<w:jc w:val="center"/>');
    // No run overrides the font: every table cell takes Times New Roman from the styles.
    expect(doc.document).not.toContain('<w:rFonts');
  });

  it('lays out the reduction matrix: indicators under their dimensions × informants, summary first, then statements, else no data', () => {
    const reduction = all[0]!;
    expect(texts(reduction.rows[0])).toEqual(['No', 'Dimensi/Indikator', 'I1\nKepala Bidang Pemberdayaan UMKM', 'I2\nPemilik warung', 'Observasi']);
    // The dimension with nothing coded to it heads its indicators across the table.
    const enabling = reduction.rows.find((r) => r[1]?.text === 'Enabling')!;
    expect(enabling).toHaveLength(2);
    expect(enabling[1]).toMatchObject({ span: 4, bold: true });
    expect(enabling[0]!.text).toBe('1');
    const sosialisasi = rowOf(reduction, 'Sosialisasi program');
    expect(sosialisasi[0]!.text).toBe('1.1');
    // No summary (a blank one does not count): the reduced statement; none written: the quote.
    expect(texts(sosialisasi).slice(2)).toEqual([
      'Sosialisasi berjenjang lewat camat dan grup WhatsApp.',
      '“Dari tetangga, saya tidak masuk grup.”',
      'Tidak ada data',
    ]);
    expect(sosialisasi[4]!.italic).toBe(true);
    // The student's summary wins over the reduced statement, typed characters intact.
    expect(texts(rowOf(reduction, 'Pelatihan')).slice(2)).toEqual([TYPED, 'Tidak ada data', 'Tidak ada data']);
    expect(reduction.xml).toContain('Modal &lt; Rp5 juta &amp; pelatihan rutin 👍');
    expect(doc.text).toContain(TYPED);
    expect(rowOf(reduction, 'Pemasaran dan akses digital')[4]!.text).toBe('Gelar produk menarik pengunjung.');
  });

  it('counts coded segments per informant in the conceptual matrix, with row totals and a legend', () => {
    const conceptual = all[1]!;
    expect(texts(conceptual.rows[0])).toEqual(['No', 'Dimensi/Indikator', 'I1', 'I2', 'Observasi', 'Jumlah']);
    expect(texts(rowOf(conceptual, 'Sosialisasi program')).slice(2)).toEqual(['1', '1', '–', '2']);
    expect(texts(rowOf(conceptual, 'Pelatihan')).slice(2)).toEqual(['1', '–', '–', '1']);
    expect(texts(rowOf(conceptual, 'Akses informasi')).slice(2)).toEqual(['–', '–', '–', '–']);
    expect(doc.text).toContain('Angka menunjukkan jumlah segmen berkode; baris dimensi menghitung segmen dimensi dan semua indikatornya, setiap segmen sekali; – berarti tidak ada data.');
  });

  it('pools each informant group in the role-ordered matrix, every statement under its informant', () => {
    const byGroup = all[2]!;
    expect(texts(byGroup.rows[0])).toEqual(['No', 'Dimensi/Indikator', 'ASN', 'Pelaku UMKM', 'Observasi']);
    expect(texts(rowOf(byGroup, 'Sosialisasi program')).slice(2)).toEqual([
      'I1: Sosialisasi berjenjang lewat camat dan grup WhatsApp.',
      'I2: “Dari tetangga, saya tidak masuk grup.”',
      'Tidak ada data',
    ]);
    expect(rowOf(byGroup, 'Pelatihan')[2]!.text).toBe(`I1: ${TYPED}`);
    expect(rowOf(byGroup, 'Pemasaran dan akses digital')[4]!.text).toBe('Observasi gelar produk: Gelar produk menarik pengunjung.');
  });

  it('lays out source triangulation: indicators × groups and the observation source, with the verdict and note', () => {
    const triangulation = all[3]!;
    expect(texts(triangulation.rows[0])).toEqual(['No', 'Dimensi/Indikator', 'ASN', 'Pelaku UMKM', 'Observasi', 'Hasil triangulasi']);
    const enabling = triangulation.rows.find((r) => r[1]?.text === 'Enabling')!;
    expect(enabling[1]).toMatchObject({ span: 5, bold: true });
    const sosialisasi = rowOf(triangulation, 'Sosialisasi program');
    expect(texts(sosialisasi).slice(2)).toEqual([
      'I1: Sosialisasi berjenjang lewat camat dan grup WhatsApp.',
      'I2: “Dari tetangga, saya tidak masuk grup.”',
      'Tidak ada data',
      'Berbeda\nASN: lewat camat; pelaku UMKM: dari tetangga.',
    ]);
    expect(sosialisasi[5]).toMatchObject({ bold: true });
    // Rows the student never judged say so, one source or several, in italics: a suggestion is no verdict.
    for (const label of ['Pelatihan', 'Pemasaran dan akses digital', 'Akses informasi']) {
      expect(rowOf(triangulation, label)[5], label).toMatchObject({ text: 'Belum dinilai', italic: true, bold: false });
    }
    expect(triangulation.xml).not.toContain('Spesifik');
    // Only indicators are rows: no dimension has a verdict cell.
    expect(triangulation.rows.filter((r) => r.length === 2).map((r) => r[1]!.text)).toEqual(['Enabling', 'Empowering', 'Protecting']);
  });

  it('lists the conclusions by framework, dimension and indicator with verdict, cited evidence and triangulation', () => {
    const conclusions = all[4]!;
    expect(texts(conclusions.rows[0])).toEqual(['No', 'Fokus', 'Kesimpulan', 'Penilaian', 'Bukti', 'Triangulasi']);
    expect(texts(conclusions.rows[1])).toEqual([
      '',
      'Pemberdayaan',
      'Pemberdayaan belum menjangkau pelaku usaha di luar grup.',
      'Belum optimal',
      '“Dari tetangga, saya tidak masuk grup.” (Wawancara dengan Bapak Darto, Pemilik warung, 20 November 2023)',
      // Only the student's verdicts are tallied.
      'Berbeda: 1\nBelum dinilai: 16',
    ]);
    expect(conclusions.rows[2]![1]).toMatchObject({ text: 'Enabling', span: 5 });
    expect(texts(conclusions.rows[3])).toEqual([
      '1.1',
      'Sosialisasi program',
      'Sosialisasi berjenjang <tetapi> tidak merata & lambat 😔',
      'Cukup optimal',
      // Each segment once with its words and citation, in the order linked; a deleted segment is left out.
      '• “Kami sosialisasi lewat camat dan grup WhatsApp. Pesertanya dari semua kecamatan.” (Wawancara dengan Ibu Sri Rahayu, Kepala Bidang Pemberdayaan UMKM, 14 November 2023)\n' +
        '• “Dari tetangga, saya tidak masuk grup.” (Wawancara dengan Bapak Darto, Pemilik warung, 20 November 2023)',
      'Berbeda',
    ]);
    expect(conclusions.rows[4]![1]).toMatchObject({ text: 'Empowering', span: 5 });
    const pelatihan = conclusions.rows[5]!;
    expect(texts(pelatihan)).toEqual(['2.1', 'Pelatihan', 'Pelatihan rutin.', 'Belum dinilai', 'Belum ada bukti', 'Belum dinilai']);
    expect(pelatihan[3]!.italic && pelatihan[4]!.italic && pelatihan[5]!.italic).toBe(true);
    expect(conclusions.rows).toHaveLength(6);
  });
});

describe('the analysis parts in English, with line citations, turned to portrait', () => {
  let all: ReadTable[];
  let doc: Doc;
  beforeAll(async () => {
    doc = await build(analysedProject().state, {
      locale: 'en',
      format: { citationStyle: 'line' },
      orientation: { conclusions: 'portrait' },
    });
    all = tables(doc.document);
  });

  it('labels everything in English and cites evidence by transcript line', () => {
    expect(all.map((t) => t.caption)).toEqual([
      'Table A1.1 Data Reduction Matrix: Empowerment',
      'Table A2.1 Conceptual Matrix: Empowerment, Coded Segments per Informant',
      'Table A2.2 Role-Ordered Matrix: Empowerment by Informant Group',
      'Table A3.1 Source Triangulation: Empowerment',
      'Table A4.1 Conclusions: Empowerment',
    ]);
    const sosialisasi = rowOf(all[4]!, 'Programme socialisation');
    expect(texts(sosialisasi).slice(3)).toEqual([
      'Fairly optimal',
      '• “Kami sosialisasi lewat camat dan grup WhatsApp. Pesertanya dari semua kecamatan.” (I1, lines 6–7)\n• “Dari tetangga, saya tidak masuk grup.” (I2, line 2)',
      'Different',
    ]);
    expect(rowOf(all[3]!, 'Training')[5]!.text).toBe('Not yet judged');
    expect(doc.text).toContain('Source: primary data processed by the researcher, 2023');
    expect(rowOf(all[0]!, 'Access to information')[2]!.text).toBe('No data');
    expect(doc.text).not.toMatch(/Tidak ada data|Lampiran|Tabel /);
  });

  it('turns only the part the student turned', () => {
    const orientation = doc.sections.map((s) => /w:orient="(\w+)"/.exec(s)![1]);
    expect(orientation).toEqual(['landscape', 'landscape', 'landscape', 'portrait']);
    expect(all[4]!.xml).toContain(`<w:tblW w:type="dxa" w:w="${11906 - 2268 - 1701}"/>`);
  });
});

describe('wide and empty projects', () => {
  it('cuts a matrix of many informants into tables of balanced width over the same rows, each captioned with its informants', async () => {
    const fixture = handMadeProject();
    const more: Informant[] = Array.from({ length: 5 }, (_, i) => ({ ...fixture.shop, id: `extra-${i}`, label: `I${i + 3}`, order: i + 2 }));
    const state = applyChangeset(fixture.state, { put: { informants: more } });
    const all = tables((await build(state, { parts: ['reduction'] })).document);
    expect(all.map((t) => t.caption)).toEqual([
      'Tabel L1.1 Matriks Reduksi Data Pemberdayaan (I1–I4)',
      'Tabel L1.2 Matriks Reduksi Data Pemberdayaan (I5–Observasi)',
    ]);
    expect(texts(all[0]!.rows[0]).map((h) => h.split('\n')[0])).toEqual(['No', 'Dimensi/Indikator', 'I1', 'I2', 'I3', 'I4']);
    expect(texts(all[1]!.rows[0]).map((h) => h.split('\n')[0])).toEqual(['No', 'Dimensi/Indikator', 'I5', 'I6', 'I7', 'Observasi']);
    expect(all[0]!.rows.map((r) => r[1]!.text)).toEqual(all[1]!.rows.map((r) => r[1]!.text));
  });

  it('says there is no data yet for a project without codes or conclusions, in a valid file', async () => {
    const fixture = handMadeProject();
    const noCodes = { ...fixture.state, codes: {}, segments: {} };
    const doc = await build(noCodes);
    expect(doc.text.match(/Belum ada data untuk bagian ini\./g)).toHaveLength(4);
    const noConclusions = await build(fixture.state, { parts: ['conclusions'] });
    expect(noConclusions.text).toContain('Belum ada data untuk bagian ini.');
    // A codebook but no informants or transcripts yet: no informant columns, so no matrix by informant;
    // the informant groups of the settings stay, each an (empty) column — an empty column is a finding.
    const noTranscripts = await build({ ...fixture.state, informants: {}, documents: {}, segments: {} }, { parts: ['reduction', 'displays'] });
    expect(noTranscripts.text).toContain('Belum ada data untuk bagian ini.');
    expect(tables(noTranscripts.document).map((t) => t.caption)).toEqual(['Tabel L2.1 Matriks Tertata Peran Pemberdayaan menurut Kelompok Informan']);
  });

  it('gathers the student\'s own top-level codes in one matrix after the frameworks', async () => {
    const fixture = handMadeProject();
    const own = (id: string, label: string, order: number) => ({
      ...Object.values(fixture.state.codes)[0]!, id, parentId: null, label: { id: label, en: '' }, frameworkId: null, source: '', order,
    });
    const segment = { ...fixture.segments.tetangga, id: 'own-coded', codeIds: ['own-a'] };
    const state = applyChangeset(fixture.state, { put: { codes: [own('own-a', 'Peran tetangga', 10), own('own-b', 'Grup WhatsApp', 11)], segments: [segment] } });
    const all = tables((await build(state, { parts: ['reduction'] })).document);
    expect(all.map((t) => t.caption)).toEqual(['Tabel L1.1 Matriks Reduksi Data Pemberdayaan', 'Tabel L1.2 Matriks Reduksi Data Kode Buatan Peneliti']);
    expect(all[1]!.rows.slice(1).map((r) => texts(r).slice(0, 4))).toEqual([
      ['1', 'Peran tetangga', 'Tidak ada data', '“Dari tetangga, saya tidak masuk grup.”'],
      ['2', 'Grup WhatsApp', 'Tidak ada data', 'Tidak ada data'],
    ]);
  });
});

it('exports every part by default, in the order of the method (each only when it has data)', () => {
  expect(DEFAULT_APPENDIX_PARTS).toEqual(['guideInterview', 'guideObservation', 'guideDocumentation', 'informants', 'codebook', 'reduction', 'displays', 'triangulation', 'techniqueTriangulation', 'conclusions', 'agreement', 'segments', 'transcripts', 'pictures']);
});
