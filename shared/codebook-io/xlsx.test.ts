import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { realisticProject } from '../refi/testing/realistic-project';
import { CodebookFileError } from './problems';
import { readCodebookXlsx, writeCodebookXlsx } from './xlsx';
import { makeUnsafeArchive, makeZipBomb } from '../../test/fixtures/hostile-files';

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

describe('writeCodebookXlsx', () => {
  it('writes one worksheet with a bold header and a row per code, parents as name paths', async () => {
    const workbook = await workbookOf(await writeCodebookXlsx(realisticProject().codes, 'id'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Buku kode');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Nama', 'Induk', 'Definisi', 'Warna']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(1 + realisticProject().codes.length);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      'Menciptakan iklim (enabling)',
      'Pemberdayaan',
      'Upaya menciptakan suasana yang memungkinkan potensi "berkembang" & tumbuh.',
      '#E69F00',
    ]);
  });
});

describe('readCodebookXlsx', () => {
  it('reads back what it wrote', async () => {
    const rows = await readCodebookXlsx(await writeCodebookXlsx(realisticProject().codes, 'en'));
    expect(rows[1]).toEqual({ row: 3, name: 'Enabling', parent: 'Empowerment', definition: 'Creating a climate in which potential can grow.', colour: '#E69F00' });
    expect(rows).toHaveLength(realisticProject().codes.length);
  });

  it('reads a sheet typed by hand: English headers, numbers as text, gaps', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['Code', 'Parent code', 'Description']);
    sheet.addRow([2024, '', 'Tahun anggaran']);
    sheet.addRow([]);
    sheet.addRow(['Sub', 2024, '']);
    const rows = await readCodebookXlsx(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(rows).toEqual([
      { row: 2, name: '2024', parent: '', definition: 'Tahun anggaran', colour: '' },
      { row: 4, name: 'Sub', parent: '2024', definition: '', colour: '' },
    ]);
  });

  it('refuses bytes that are not a workbook', async () => {
    await expect(readCodebookXlsx(new TextEncoder().encode('Nama,Induk\nA,'))).rejects.toThrow(CodebookFileError);
  });
});

describe('readCodebookXlsx refuses hostile workbooks before exceljs inflates them', () => {
  it.each([
    ['a zip bomb', makeZipBomb],
    ['an entry that escapes its folder', makeUnsafeArchive],
  ])('%s', async (_, make) => {
    const refused = readCodebookXlsx(make());
    await expect(refused).rejects.toBeInstanceOf(CodebookFileError);
    await expect(refused).rejects.toMatchObject({ code: 'unsafe' });
  });

  it('a truncated workbook is unreadable', async () => {
    const whole = await writeCodebookXlsx(realisticProject().codes, 'id');
    await expect(readCodebookXlsx(whole.slice(0, whole.length >> 1))).rejects.toMatchObject({ code: 'unreadable' });
  });
});
