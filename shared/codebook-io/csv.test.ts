import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { realisticProject } from '../refi/testing/realistic-project';
import { readCodebookCsv, writeCodebookCsv } from './csv';
import { CodebookFileError } from './problems';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('writeCodebookCsv', () => {
  it('writes UTF-8 with a BOM, CRLF lines and Indonesian headers, parents as name paths', () => {
    const bytes = writeCodebookCsv(realisticProject().codes, 'id');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe('\uFEFFNama,Induk,Definisi,Warna');
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[2]).toEqual(['Menciptakan iklim (enabling)', 'Pemberdayaan', 'Upaya menciptakan suasana yang memungkinkan potensi "berkembang" & tumbuh.', '#E69F00']);
    expect(rows.map((r) => r[0])).toContain('Digital marketing');
    expect(rows).toHaveLength(1 + realisticProject().codes.length);
  });

  it('quotes as RFC 4180 asks: commas, quotes and line breaks survive', () => {
    const codes = realisticProject().codes.slice(0, 2);
    codes[1]!.definition.id = 'Satu, "dua"\nbaris tiga';
    const text = new TextDecoder().decode(writeCodebookCsv(codes, 'id'));
    expect(text).toContain('"Satu, ""dua""\nbaris tiga"');
    expect(readCodebookCsv(encode(text))[1]!.definition).toBe('Satu, "dua"\nbaris tiga');
  });

  it('defuses cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const codes = realisticProject().codes.slice(0, 2);
    codes[1]!.label.id = '=HYPERLINK("http://contoh.test","klik")';
    codes[1]!.definition.id = '+62 812 bukan rumus; -- juga bukan';
    const text = new TextDecoder().decode(writeCodebookCsv(codes, 'id'));
    expect(text).toContain(`"'=HYPERLINK(""http://contoh.test"",""klik"")"`);
    expect(text).toContain("'+62 812 bukan rumus; -- juga bukan");
    const back = readCodebookCsv(encode(text));
    expect(back[1]).toMatchObject({ name: '=HYPERLINK("http://contoh.test","klik")', definition: '+62 812 bukan rumus; -- juga bukan' });
  });

  it('writes English headers and English labels for an English user', () => {
    const text = new TextDecoder().decode(writeCodebookCsv(realisticProject().codes, 'en'));
    expect(text).toMatch(/^Name,Parent,Definition,Colour\r\nEmpowerment,,Definition of Empowerment,#BBBBBB\r\nEnabling,Empowerment,/);
  });
});

describe('readCodebookCsv', () => {
  it('reads back what it wrote, row numbers as Excel shows them', () => {
    const rows = readCodebookCsv(writeCodebookCsv(realisticProject().codes, 'id'));
    expect(rows[0]).toEqual({ row: 2, name: 'Pemberdayaan', parent: '', definition: 'Definisi Pemberdayaan', colour: '#BBBBBB' });
    expect(rows.find((r) => r.name === 'Faktor penghambat')).toMatchObject({ parent: 'Faktor pendukung dan penghambat' });
  });

  it('accepts semicolons (Excel in Indonesian settings), English headers in any order and case, blank lines', () => {
    const rows = readCodebookCsv(encode('WARNA;definition;Name\r\n\r\n#E69F00;Iklim usaha;Enabling\r\n'));
    expect(rows).toEqual([{ row: 3, name: 'Enabling', parent: '', definition: 'Iklim usaha', colour: '#E69F00' }]);
  });

  it.each([
    ['a file without a name column', 'Kode induk,Warna\r\nA,#FFF', 'no-name-column'],
    ['a header without rows', 'Nama,Induk\r\n\r\n', 'no-rows'],
    ['an empty file', '', 'no-name-column'],
    ['a quote left open', 'Nama,Definisi\r\nA,"tidak ditutup\r\nB,x', 'unreadable'],
  ])('refuses %s', (_label, text, code) => {
    expect(() => readCodebookCsv(encode(text))).toThrow(expect.objectContaining({ code }) as CodebookFileError);
  });

  it('refuses bytes that are not UTF-8 text', () => {
    expect(() => readCodebookCsv(new Uint8Array([0x4e, 0x61, 0x6d, 0x61, 0x0a, 0xff, 0xfe, 0x00]))).toThrow(CodebookFileError);
    expect(() => readCodebookCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(CodebookFileError);
  });
});

describe('a file too large to be a codebook', () => {
  it('is refused before it is parsed', () => {
    expect(() => readCodebookCsv(new Uint8Array(16 * 1024 * 1024 + 1))).toThrow(expect.objectContaining({ code: 'too-large' }) as CodebookFileError);
  });
});
