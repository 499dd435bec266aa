/**
 * The matrices workbook read back with exceljs, as Excel or LibreOffice Calc would open it.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysedProject, TYPED } from '../appendix/test-support';
import { codeLabel } from '../project/code-tree';
import { buildMatricesWorkbook, MATRIX_SHEETS, sheetName } from './index';
import { rowHeight } from './matrices-workbook';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer as never);
  return workbook;
}

/** A sheet's rows as values (numbers stay numbers), trailing empties dropped. */
function values(sheet: ExcelJS.Worksheet): (string | number | null)[][] {
  const out: (string | number | null)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = (row.values as (string | number | null | undefined)[]).slice(1).map((v) => v ?? null);
  });
  return out;
}

const rowOf = (sheet: ExcelJS.Worksheet, label: string, column = 2): (string | number | null)[] => {
  const row = values(sheet).find((r) => r[column] === label);
  if (!row) throw new Error(`no row ${label} in ${sheet.name}`);
  return row;
};

describe('the matrices workbook (hand-made project, Indonesian)', () => {
  let workbook: ExcelJS.Workbook;
  const sheet = (name: string): ExcelJS.Worksheet => workbook.getWorksheet(name)!;
  beforeAll(async () => {
    const { state } = analysedProject();
    // The student judged one indicator's techniques.
    const sosialisasi = Object.values(state.codes).find((c) => codeLabel(c, 'id') === 'Sosialisasi program')!;
    const note = Object.values(state.triangulationNotes).find((n) => n.codeId === sosialisasi.id)!;
    state.triangulationNotes[note.id] = { ...note, techniqueVerdict: 'sama', techniqueNote: 'Observasi menguatkan wawancara.' };
    workbook = await open(await buildMatricesWorkbook(state, { locale: 'id' }));
  });

  it('holds one sheet per matrix, in order, with names Excel accepts', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Reduksi data',
      'Matriks konseptual',
      'Matriks tertata peran',
      'Jumlah segmen',
      'Ko-okurensi',
      'Triangulasi sumber',
      'Triangulasi teknik',
      'Kesimpulan',
    ]);
  });

  it('gives every sheet a bold header row kept in view with the row labels, wrapped text and set widths', () => {
    for (const s of workbook.worksheets) {
      const header = s.getRow(1);
      expect(header.font?.bold, s.name).toBe(true);
      expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect((s.views[0] as { xSplit: number }).xSplit).toBeGreaterThanOrEqual(2);
      expect(s.getColumn(1).width).toBe(22);
      expect(s.getRow(2).getCell(3).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    }
    expect(sheet('Reduksi data').getColumn(4).width).toBe(42);
    expect(sheet('Jumlah segmen').getColumn(4).width).toBe(9);
  });

  it('makes each row tall enough for its wrapped text, so no spreadsheet draws lines over the next row', () => {
    const s = sheet('Matriks konseptual');
    const row = values(s).findIndex((r) => r[2] === 'Sosialisasi program') + 1;
    // The first quote was coded across two transcript lines: two lines in the cell.
    expect(s.getRow(row).height).toBe(2 * 15);
    expect(sheet('Jumlah segmen').getRow(row).height).toBe(15);
  });

  it('writes the reduction matrix: framework, number, indicator, then each informant’s summary or statements', () => {
    const s = sheet('Reduksi data');
    expect(values(s)[0]).toEqual(['Kerangka teori', 'No', 'Dimensi/Indikator', 'I1', 'I2', 'Observasi']);
    // A dimension heading: its data cells left blank.
    expect(values(s)[1]).toEqual(['Pemberdayaan', '1', 'Enabling']);
    expect(rowOf(s, 'Sosialisasi program')).toEqual([
      'Pemberdayaan',
      '1.1',
      'Sosialisasi program',
      'Sosialisasi berjenjang lewat camat dan grup WhatsApp.',
      '“Dari tetangga, saya tidak masuk grup.”',
      'Tidak ada data',
    ]);
    expect(rowOf(s, 'Pelatihan')[3]).toBe(TYPED);
  });

  it('quotes the coded text with its transcript line in the conceptual matrix', () => {
    expect(rowOf(sheet('Matriks konseptual'), 'Sosialisasi program').slice(3, 5)).toEqual([
      '“Kami sosialisasi lewat camat dan grup WhatsApp.\nPesertanya dari semua kecamatan.” (I1, baris 6–7)',
      '“Dari tetangga, saya tidak masuk grup.” (I2, baris 2)',
    ]);
  });

  it('pools informant groups in the role-ordered matrix', () => {
    const s = sheet('Matriks tertata peran');
    expect(values(s)[0]).toEqual(['Kerangka teori', 'No', 'Dimensi/Indikator', 'ASN', 'Pelaku UMKM', 'Observasi']);
    expect(rowOf(s, 'Pelatihan')[3]).toBe(`I1: ${TYPED}`);
  });

  it('counts segments as numbers, with a total, in the checklist', () => {
    const s = sheet('Jumlah segmen');
    expect(values(s)[0]!.slice(-1)).toEqual(['Jumlah']);
    expect(rowOf(s, 'Sosialisasi program').slice(3)).toEqual([1, 1, 0, 2]);
    expect(rowOf(s, 'Akses informasi').slice(3)).toEqual([0, 0, 0, 0]);
    // A dimension counts its own and its indicators' segments, each once, as on every screen and in Word.
    expect(rowOf(s, 'Enabling').slice(3)).toEqual([1, 1, 0, 2]);
    expect(rowOf(s, 'Empowering').slice(3)).toEqual([1, 0, 1, 2]);
  });

  it('writes a symmetric co-occurrence matrix over the framework’s codes', () => {
    const rows = values(sheet('Ko-okurensi'));
    const labels = rows.slice(1).map((r) => r[1]);
    expect(rows[0]!.slice(2)).toEqual(labels);
    rows.slice(1).forEach((row, i) => rows.slice(1).forEach((other, j) => expect(row[2 + j]).toBe(other[2 + i])));
    const sosialisasi = labels.indexOf('Sosialisasi program');
    expect(rows[1 + sosialisasi]![2 + sosialisasi]).toBe(2);
  });

  it('lists triangulation by indicator with dimension, sources, verdict and note', () => {
    const s = sheet('Triangulasi sumber');
    expect(values(s)[0]).toEqual(['Kerangka teori', 'No', 'Dimensi', 'Indikator', 'ASN', 'Pelaku UMKM', 'Observasi', 'Hasil triangulasi', 'Catatan']);
    expect(rowOf(s, 'Sosialisasi program', 3).slice(0, 3)).toEqual(['Pemberdayaan', '1', 'Enabling']);
    expect(rowOf(s, 'Sosialisasi program', 3).slice(7)).toEqual(['Berbeda', 'ASN: lewat camat; pelaku UMKM: dari tetangga.']);
    // One source only, never judged: not yet judged — no suggestion passes for a verdict.
    expect(rowOf(s, 'Pelatihan', 3).slice(6, 8)).toEqual(['Tidak ada data', 'Belum dinilai']);
  });

  it('lists triangulation by technique: each technique’s statements with citations, the stored technique verdict, never a suggestion', () => {
    const s = sheet('Triangulasi teknik');
    expect(values(s)[0]).toEqual(['Kerangka teori', 'No', 'Dimensi', 'Indikator', 'Wawancara', 'Observasi', 'Hasil triangulasi teknik', 'Catatan']);
    expect(rowOf(s, 'Sosialisasi program', 3).slice(4)).toEqual([
      '• Sosialisasi berjenjang lewat camat dan grup WhatsApp. (Wawancara dengan Ibu Sri Rahayu, Kepala Bidang Pemberdayaan UMKM, 14 November 2023)\n' +
        '• “Dari tetangga, saya tidak masuk grup.” (Wawancara dengan Bapak Darto, Pemilik warung, 20 November 2023)',
      'Tidak ada data',
      'Sama',
      'Observasi menguatkan wawancara.',
    ]);
    // Only the observation speaks to it: "spesifik" is a suggestion, and the row stays not judged.
    expect(rowOf(s, 'Pemasaran dan akses digital', 3).slice(4)).toEqual([
      'Tidak ada data',
      'Gelar produk menarik pengunjung. (Catatan observasi, Observasi gelar produk)',
      'Belum dinilai',
      '',
    ]);
  });

  it('lists conclusions with verdict, evidence and triangulation, typed characters intact', () => {
    const s = sheet('Kesimpulan');
    expect(values(s)[0]).toEqual(['Kerangka teori', 'No', 'Fokus', 'Kesimpulan', 'Penilaian', 'Bukti', 'Triangulasi']);
    expect(values(s).slice(1).map((r) => r[2])).toEqual(['Pemberdayaan', 'Sosialisasi program', 'Pelatihan']);
    expect(rowOf(s, 'Sosialisasi program').slice(3)).toEqual([
      'Sosialisasi berjenjang <tetapi> tidak merata & lambat 😔',
      'Cukup optimal',
      '• “Kami sosialisasi lewat camat dan grup WhatsApp. Pesertanya dari semua kecamatan.” (Wawancara dengan Ibu Sri Rahayu, Kepala Bidang Pemberdayaan UMKM, 14 November 2023)\n' +
        '• “Dari tetangga, saya tidak masuk grup.” (Wawancara dengan Bapak Darto, Pemilik warung, 20 November 2023)',
      'Berbeda',
    ]);
    expect(rowOf(s, 'Pelatihan').slice(4)).toEqual(['Belum dinilai', 'Belum ada bukti', 'Belum dinilai']);
  });
});

describe('choosing sheets and language', () => {
  it('writes only the chosen sheets, in the fixed order, in English', async () => {
    const workbook = await open(await buildMatricesWorkbook(analysedProject().state, { locale: 'en', parts: ['conclusions', 'checklist'] }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Segment counts', 'Conclusions']);
    expect(values(workbook.worksheets[1]!)[1]!.slice(2, 5)).toEqual(['Empowerment', 'Pemberdayaan belum menjangkau pelaku usaha di luar grup.', 'Not yet optimal']);
  });

  it('refuses an unknown sheet, naming it', async () => {
    await expect(buildMatricesWorkbook(analysedProject().state, { locale: 'id', parts: ['reduction', 'grafik'] })).rejects.toThrow(/grafik/);
  });

  it('writes a readable workbook for a project without codes', async () => {
    const { state } = analysedProject();
    const workbook = await open(await buildMatricesWorkbook({ ...state, codes: {}, segments: {}, conclusions: {} }, { locale: 'id' }));
    expect(workbook.worksheets).toHaveLength(MATRIX_SHEETS.length);
    for (const s of workbook.worksheets) expect(s.rowCount).toBe(1);
  });
});

describe('rowHeight', () => {
  it.each([
    [['kurz', 3], 15],
    [['a'.repeat(49)], 15],
    [['a'.repeat(50)], 30],
    [['satu\ndua\ntiga'], 45],
    [['a'.repeat(49 * 40)], 409],
  ])('gives %j in a 42-character column %i points', (row, height) => {
    expect(rowHeight(row, [42, 42])).toBe(height);
  });
});

describe('sheetName', () => {
  it.each([
    ['Reduksi data', 'Reduksi data'],
    ['Matriks: I1/I2 [draf]?*', 'Matriks- I1-I2 -draf---'],
    ["'Kutipan'", 'Kutipan'],
    ['Matriks tertata peran menurut kelompok informan', 'Matriks tertata peran menurut k'],
    ['', 'Sheet'],
  ])('makes %j into %j', (wanted, name) => {
    expect(sheetName(wanted, new Set())).toBe(name);
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it('numbers a name already taken, ignoring case, within 31 characters', () => {
    expect(sheetName('Kesimpulan', new Set(['kesimpulan']))).toBe('Kesimpulan (2)');
    const long = 'Matriks tertata peran menurut kelompok';
    expect(sheetName(long, new Set([sheetName(long, new Set()).toLowerCase()]))).toBe('Matriks tertata peran menur (2)');
  });
});
