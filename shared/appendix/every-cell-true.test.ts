/**
 * "Every cell true": the Word appendix says exactly what the student decided and what the
 * data hold — verdicts only the student's, evidence with its words, one counting rule, the
 * right source lines, nothing empty, names that mean what they say, a layout that holds
 * together. Each test reads the exported .docx back.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checklistMatrix } from '../display/clustered';
import { applyChangeset, type ProjectState } from '../model/changeset';
import type { Conclusion, TriangulationNote } from '../model/types';
import { codeCountsWithDescendants } from '../project/code-counts';
import { buildMatricesWorkbook } from '../spreadsheet';
import type { AppendixOptions } from './index';
import { buildAppendix, DEFAULT_APPENDIX_PARTS, describeAppendixParts } from './index';
import { readDocx, rowLabelled, type ReadDocx } from './read-docx';
import { analysedProject, handMadeProject, NOW } from './test-support';

const build = async (state: ProjectState, options: Partial<AppendixOptions> = {}): Promise<ReadDocx> =>
  readDocx(await buildAppendix(state, { parts: ['reduction', 'displays', 'triangulation', 'conclusions'], locale: 'id', now: NOW, ...options }));

const tableOf = (doc: ReadDocx, caption: RegExp) => {
  const table = doc.tables.find((t) => caption.test(t.caption));
  if (!table) throw new Error(`no table ${caption} among ${doc.tables.map((t) => t.caption).join(' | ')}`);
  return table;
};

describe('1. verdicts are the student’s', () => {
  // Pelatihan: one source only (the data suggest "spesifik"); Sosialisasi: the student judged "berbeda".
  it('prints an unjudged row as not judged, in italics, never as a bold "Spesifik"', async () => {
    const doc = await build(analysedProject().state, { parts: ['triangulation'] });
    const table = tableOf(doc, /Triangulasi Sumber/);
    expect(rowLabelled(table, 'Pelatihan')[5]).toMatchObject({ text: 'Belum dinilai', italic: true, bold: false });
    expect(rowLabelled(table, 'Sosialisasi program')[5]).toMatchObject({ bold: true });
    expect(rowLabelled(table, 'Sosialisasi program')[5]!.text.split('\n')[0]).toBe('Berbeda');
    expect(table.xml).not.toMatch(/Spesifik/);
  });

  it('prints the suggestion, marked as one, when the student asks for it in the export settings', async () => {
    const doc = await build(analysedProject().state, { parts: ['triangulation', 'conclusions'], format: { unjudgedVerdicts: 'suggestion' } });
    expect(rowLabelled(tableOf(doc, /Triangulasi Sumber/), 'Pelatihan')[5]).toMatchObject({ text: 'Belum dinilai (saran: spesifik)', italic: true, bold: false });
    // Several sources, no suggestion: not judged.
    expect(rowLabelled(tableOf(doc, /Triangulasi Sumber/), 'Akses informasi')[5]!.text).toBe('Belum dinilai');
    expect(rowLabelled(tableOf(doc, /Kesimpulan/), 'Pelatihan')[5]).toMatchObject({ text: 'Belum dinilai (saran: spesifik)', italic: true });
    const en = await build(analysedProject().state, { parts: ['triangulation'], locale: 'en', format: { unjudgedVerdicts: 'suggestion' } });
    expect(rowLabelled(tableOf(en, /Source Triangulation/), 'Training')[5]!.text).toBe('Not yet judged (suggested: specific)');
  });

  it('tallies only the student’s verdicts for a framework, suggestions counted as not judged', async () => {
    const fixture = analysedProject();
    const note: TriangulationNote = {
      id: 'tn-pelatihan', projectId: fixture.state.project.id, codeId: fixture.codeId('Pelatihan'), verdict: 'spesifik', note: '', coderId: null, modifiedAt: NOW,
    };
    const judged = applyChangeset(fixture.state, { put: { triangulationNotes: [note] } });
    const before = rowLabelled(tableOf(await build(fixture.state, { parts: ['conclusions'] }), /Kesimpulan/), 'Pemberdayaan')[5]!.text;
    const after = rowLabelled(tableOf(await build(judged, { parts: ['conclusions'] }), /Kesimpulan/), 'Pemberdayaan')[5]!.text;
    expect(before).toBe('Berbeda: 1\nBelum dinilai: 16');
    expect(after).toBe('Berbeda: 1\nSpesifik: 1\nBelum dinilai: 15');
  });
});

describe('2. conclusions carry their evidence', () => {
  /** A conclusion on Pelatihan backed by two quotes of the same informant, the same day. */
  function twoQuotesOfOneInformant() {
    const fixture = analysedProject();
    const conclusion: Conclusion = {
      id: 'c-two', projectId: fixture.state.project.id, codeId: fixture.codeId('Sosialisasi program'), text: 'Dua kutipan Kabid.', verdict: 'Optimal',
      evidenceSegmentIds: [fixture.segments.sosialisasi.id, fixture.segments.pelatihan.id], coderId: null, createdAt: '2025-01-01T00:00:00.000Z', modifiedAt: NOW,
    };
    return applyChangeset(fixture.state, { put: { conclusions: [conclusion] } });
  }

  it('prints each evidence segment with its words and citation, so two quotes of one informant never read alike', async () => {
    const table = tableOf(await build(twoQuotesOfOneInformant(), { parts: ['conclusions'] }), /Kesimpulan/);
    const row = table.rows.find((r) => r[2]?.text === 'Dua kutipan Kabid.')!;
    const cite = '(Wawancara dengan Ibu Sri Rahayu, Kepala Bidang Pemberdayaan UMKM, 14 November 2023)';
    expect(row[4]!.text.split('\n')).toEqual([
      `• “Kami sosialisasi lewat camat dan grup WhatsApp. Pesertanya dari semua kecamatan.” ${cite}`,
      `• “Ada pelatihan pengemasan setiap bulan.” ${cite}`,
    ]);
  });

  it('prints the reduced statements instead, each with its citation, when the student chooses so (the words where none is written)', async () => {
    const state = twoQuotesOfOneInformant();
    const table = tableOf(await build(state, { parts: ['conclusions'], format: { evidenceText: 'reduced', citationStyle: 'line' } }), /Kesimpulan/);
    expect(table.rows.find((r) => r[2]?.text === 'Dua kutipan Kabid.')![4]!.text.split('\n')).toEqual([
      '• Sosialisasi berjenjang lewat camat dan grup WhatsApp. (I1, baris 6–7)',
      '• Pelatihan pengemasan rutin tiap bulan. (I1, baris 9)',
    ]);
    // The workbook follows the same choice.
    const xlsx = await buildMatricesWorkbook(state, { locale: 'id', parts: ['conclusions'], format: { evidenceText: 'reduced', citationStyle: 'line' } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer as never);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain('• Sosialisasi berjenjang lewat camat dan grup WhatsApp. (I1, baris 6–7)\n• Pelatihan pengemasan rutin tiap bulan. (I1, baris 9)');
  });
});

describe('3. counts agree across displays', () => {
  it('gives a dimension the distinct segments of itself and its indicators — heat map, Word, codebook alike', async () => {
    const { state } = analysedProject();
    const doc = await build(state, { parts: ['displays'] });
    const conceptual = tableOf(doc, /Matriks Konseptual/);
    // Enabling: Sosialisasi program (I1, I2); Empowering: Pelatihan (I1) and Pemasaran dan akses digital (the observation).
    expect(rowLabelled(conceptual, 'Enabling').slice(2).map((c) => c.text)).toEqual(['1', '1', '–', '2']);
    expect(rowLabelled(conceptual, 'Empowering').slice(2).map((c) => c.text)).toEqual(['1', '–', '1', '2']);
    expect(rowLabelled(conceptual, 'Protecting').length).toBe(2);
    // Every row total in Word is the heat map's row and the codebook's count of the code.
    const heat = checklistMatrix(state, { rootCodeId: Object.values(state.codes).find((c) => c.parentId === null)!.id, locale: 'id' });
    const codebook = codeCountsWithDescendants(state);
    heat.rows.forEach((row, r) => {
      const total = heat.cells[r]!.reduce((sum, cell) => sum + cell.count, 0);
      expect(total, row.label).toBe(codebook[row.codeId] ?? 0);
      const word = conceptual.rows.find((cells) => cells[1]?.text === row.label)!;
      const printed = word.length === 2 ? 0 : Number(word.at(-1)!.text.replace('–', '0'));
      expect(printed, row.label).toBe(total);
    });
  });

  it('prints in a dimension row of the reduction matrix only what was coded to the dimension itself', async () => {
    const fixture = handMadeProject();
    const enabling = Object.values(fixture.state.codes).find((c) => c.label.id === 'Enabling')!.id;
    const own = { ...fixture.segments.tetangga, id: 'on-enabling', codeIds: [enabling], reduced: 'Informasi dari tetangga.' };
    const state = applyChangeset(fixture.state, { put: { segments: [own] } });
    const reduction = tableOf(await build(state, { parts: ['reduction'] }), /Matriks Reduksi/);
    expect(rowLabelled(reduction, 'Enabling').slice(2).map((c) => c.text)).toEqual(['Tidak ada data', 'Informasi dari tetangga.', 'Tidak ada data']);
  });
});

describe('4. source lines are right', () => {
  const notes = (doc: ReadDocx) => doc.paragraphs.filter(([style]) => style === 'PilahSourceNote').map(([, text]) => text).filter((t) => /^(Sumber|Source):/.test(t));

  it('cite the primary data of the interviews’ year under data tables, and the theory only under the codebook', async () => {
    const doc = await build(analysedProject().state, { parts: ['informants', 'codebook', 'reduction', 'displays', 'triangulation', 'conclusions'] });
    const all = notes(doc);
    expect(all[1]).toMatch(/^Sumber: Fahrudin \(2012\).*, diolah peneliti, 2023$/);
    expect(all.filter((_, i) => i !== 1)).toEqual(Array(all.length - 1).fill('Sumber: Data primer diolah peneliti, 2023'));
    const en = await build(analysedProject().state, { parts: ['reduction'], locale: 'en' });
    expect(notes(en)).toEqual(['Source: primary data processed by the researcher, 2023']);
  });

  it('take the student’s wording, the span of interview years, or the project’s year when no date is known', async () => {
    const fixture = analysedProject();
    const worded = await build(fixture.state, { parts: ['reduction'], format: { sourceNoteText: 'Hasil wawancara dan observasi, diolah peneliti' } });
    expect(notes(worded)).toEqual(['Sumber: Hasil wawancara dan observasi, diolah peneliti, 2023']);
    const later = { ...fixture.shop, interviewDate: '2024-01-08' };
    expect(notes(await build(applyChangeset(fixture.state, { put: { informants: [later] } }), { parts: ['reduction'] }))).toEqual([
      'Sumber: Data primer diolah peneliti, 2023–2024',
    ]);
    const undated = applyChangeset(fixture.state, { put: { informants: [{ ...fixture.kabid, interviewDate: '' }, { ...fixture.shop, interviewDate: '' }] } });
    // The project was started on 1 February 2024 (NOW); the export is made in 2031.
    expect(notes(await build(undated, { parts: ['reduction'], now: '2031-05-01T00:00:00.000Z' }))).toEqual(['Sumber: Data primer diolah peneliti, 2024']);
  });
});

describe('5. nothing empty by default', () => {
  it('leaves out the parts the project has no data for, and tells the export dialog why', async () => {
    const { state } = handMadeProject();
    const doc = readDocx(await buildAppendix(state, { parts: [...DEFAULT_APPENDIX_PARTS], locale: 'id', now: NOW }));
    const titles = doc.paragraphs.filter(([style]) => style === 'Heading1').map(([, text]) => text);
    expect(titles).toEqual([
      'Lampiran 1. Daftar informan',
      'Lampiran 2. Buku kode',
      'Lampiran 3. Matriks reduksi data',
      'Lampiran 4. Matriks penyajian data',
      'Lampiran 5. Tabel triangulasi sumber',
      'Lampiran 6. Tabel triangulasi teknik',
      'Lampiran 7. Segmen berkode per kode',
      'Lampiran 8. Transkrip bernomor baris',
    ]);
    expect(doc.paragraphs.map(([, text]) => text)).not.toContain('Belum ada data untuk bagian ini.');
    const described = describeAppendixParts('id', state).filter((part) => !part.hasData);
    expect(described.map((part) => [part.id, part.emptyNote])).toEqual([
      ['guideInterview', 'Belum ada pedoman wawancara.'],
      ['guideObservation', 'Belum ada pedoman observasi.'],
      ['guideDocumentation', 'Belum ada pedoman dokumentasi.'],
      ['conclusions', 'Belum ada kesimpulan.'],
      ['agreement', 'Hanya bila dua koder mengode transkrip yang sama.'],
      ['pictures', 'Belum ada foto lapangan.'],
    ]);
  });
});

describe('6. names that mean what they say', () => {
  /** The hand-made project with its observation note filed under the shop owner (I2). */
  function observationUnderAnInformant() {
    const fixture = handMadeProject();
    const state = applyChangeset(fixture.state, { put: { documents: [{ ...fixture.documents.observation, informantId: fixture.shop.id }] } });
    return { ...fixture, state };
  }

  it('gives observation notes a column "Observasi" in every matrix, whoever they are filed under', async () => {
    const doc = await build(observationUnderAnInformant().state, { parts: ['reduction', 'displays', 'triangulation'] });
    for (const table of doc.tables) {
      const header = table.rows[0]!.map((cell) => cell.text.split('\n')[0]);
      expect(header, table.caption).toContain('Observasi');
      expect(header.join('|'), table.caption).not.toMatch(/Tanpa informan|Tanpa kelompok/);
    }
    // The observation is not put in the mouth of the informant it is filed under.
    const reduction = tableOf(doc, /Matriks Reduksi/);
    expect(rowLabelled(reduction, 'Pemasaran dan akses digital').slice(2).map((c) => c.text)).toEqual(['Tidak ada data', 'Tidak ada data', 'Gelar produk menarik pengunjung.']);
  });

  it('heads an observation note with its kind and title, without an interview identity block', async () => {
    const doc = readDocx(await buildAppendix(observationUnderAnInformant().state, { parts: ['transcripts'], locale: 'id', now: NOW }));
    const text = doc.paragraphs.map(([, t]) => t);
    const at = text.indexOf('Catatan observasi: Observasi gelar produk');
    expect(at).toBeGreaterThan(0);
    expect(doc.paragraphs[at + 1]).toEqual(['Caption', 'Tabel L1.3 Catatan observasi: Observasi gelar produk']);
    // The shop owner's details appear once: above his interview, not above the observation.
    expect(text.filter((t) => t === 'Informan\t: Darto (I2)')).toHaveLength(1);
  });

  it('keeps forms of address as Indonesian theses write them, in English too', async () => {
    const { state } = analysedProject();
    const doc = await build(state, { parts: ['conclusions'], locale: 'en' });
    const evidence = tableOf(doc, /Conclusions/).rows.map((r) => r[4]?.text ?? '').join('\n');
    expect(evidence).toContain('(Interview with Ibu Sri Rahayu,');
    expect(evidence).toContain('(Interview with Bapak Darto,');
    expect(evidence).not.toMatch(/\b(Mr|Ms|Mrs)\b/);
  });
});

describe('7. layout', () => {
  it('keeps headings and the identity block with the table below them', async () => {
    const doc = readDocx(await buildAppendix(handMadeProject().state, { parts: ['transcripts'], locale: 'id', now: NOW }));
    const style = (id: string): string => new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`).exec(doc.styles)?.[0] ?? '';
    for (const id of ['PilahField', 'Heading2', 'Caption']) expect(style(id), id).toContain('<w:keepNext/>');
  });

  it('numbers lampiran tables per lampiran by default, or by chapter when asked', async () => {
    const { state } = analysedProject();
    const captions = (doc: ReadDocx) => doc.tables.map((t) => t.caption.split(' ').slice(0, 2).join(' '));
    expect(captions(await build(state))).toEqual(['Tabel L1.1', 'Tabel L2.1', 'Tabel L2.2', 'Tabel L3.1', 'Tabel L4.1']);
    expect(captions(await build(state, { format: { tableNumbering: 'chapter', chapter: '4', firstTableNumber: 12 } }))).toEqual([
      'Tabel 4.12', 'Tabel 4.13', 'Tabel 4.14', 'Tabel 4.15', 'Tabel 4.16',
    ]);
  });

  it('gives the codebook no colour column by default, columns wide enough for its longest words, and the colour column when asked', async () => {
    const { state } = handMadeProject();
    const plain = readDocx(await buildAppendix(state, { parts: ['codebook'], locale: 'id', now: NOW })).tables[0]!;
    expect(plain.rows[0]!.map((c) => c.text)).toEqual(['No', 'Kode', 'Definisi operasional', 'Sumber']);
    // Code and source columns of at least 3.3 cm of the 14 cm: "(pendampingan)", "Kartasasmita" fit whole at 11 pt (checked in LibreOffice).
    expect(plain.widths[1]! / 567).toBeGreaterThanOrEqual(3.3);
    expect(plain.widths[3]! / 567).toBeGreaterThanOrEqual(3.3);
    const coloured = readDocx(await buildAppendix(state, { parts: ['codebook'], locale: 'id', now: NOW, format: { codebookColour: true } })).tables[0]!;
    expect(coloured.rows[0]!.map((c) => c.text)).toEqual(['No', 'Kode', 'Definisi operasional', 'Sumber', 'Warna']);
    expect(coloured.xml).toContain('<w:shd w:fill="0072B2"');
  });
});
