import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { LINE_BREAK_HALVES, NOT_IN_TEXT, makeTranscriptDocx } from '../../test/fixtures/make-docx';
import { importTranscript } from './import-transcript';
import { docxToText } from './docx';
import type { ImportedTranscript } from '../model/types';

describe('importing a real Word transcript', () => {
  let imported: ImportedTranscript;
  let lines: string[];
  beforeAll(async () => {
    imported = await importTranscript({ name: 'Wawancara Bu Sri.DOCX', bytes: await makeTranscriptDocx() });
    lines = imported.text.split('\n');
  });

  it('keeps each paragraph on its own line and the manual line break as a line break', () => {
    expect(lines).toContain('P: Selamat pagi, Bu. Bagaimana program pemberdayaan UMKM di dinas ini dimulai?');
    const at = lines.indexOf(LINE_BREAK_HALVES[0]);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(LINE_BREAK_HALVES[1]);
  });

  it('turns the header table into "label: value" lines and other tables into readable rows', () => {
    expect(lines.slice(0, 5)).toEqual([
      'TRANSKRIP WAWANCARA',
      'Nama: Sri Wahyuni',
      'Jabatan: Kepala Bidang UMKM',
      'Hari/Tanggal: Senin, 14 November 2023',
      'Tempat: Kantor Dinas Koperasi dan UMKM',
    ]);
    expect(lines).toContain('Pelatihan kemasan | 40 orang | 2022');
  });

  it('starts from a Word file that really has a page header, footer and footnote', async () => {
    const parts = unzipSync(await makeTranscriptDocx());
    const partText = (prefix: string): string =>
      Object.entries(parts).filter(([name]) => name.startsWith(prefix)).map(([, bytes]) => strFromU8(bytes)).join('');
    expect(partText('word/header')).toContain(NOT_IN_TEXT.pageHeader);
    expect(partText('word/footer')).toContain(NOT_IN_TEXT.pageFooter);
    expect(partText('word/footnotes.xml')).toContain(NOT_IN_TEXT.footnote);
    expect(partText('word/document.xml')).toContain('<w:br/>');
  });

  it('leaves out the page header, page footer and footnote (and its [1] marker)', () => {
    for (const hidden of Object.values(NOT_IN_TEXT)) expect(imported.text).not.toContain(hidden);
    expect(imported.text).not.toContain('[1]');
    expect(lines).toContain('I: Program ini dimulai tahun 2021 dengan pendataan pelaku usaha di tiap kecamatan.');
  });

  it('finds the header fields, the speaker turns and the kind', () => {
    expect(imported.header).toEqual({
      name: 'Sri Wahyuni',
      position: 'Kepala Bidang UMKM',
      date: 'Senin, 14 November 2023',
      place: 'Kantor Dinas Koperasi dan UMKM',
      extra: {},
    });
    expect(imported.turns.map((t) => [t.speaker, t.role])).toEqual([
      ['P', 'researcher'],
      ['I', 'informant'],
      ['P', 'researcher'],
      ['I', 'informant'],
    ]);
    const firstAnswer = imported.turns[1]!;
    expect(imported.text.slice(firstAnswer.start, firstAnswer.end)).toBe(lines.find((l) => l.startsWith('I: Program')));
    expect(imported.kind).toBe('interview');
    expect(imported.title).toBe('Wawancara Bu Sri');
    expect(imported.fileName).toBe('Wawancara Bu Sri.DOCX');
  });

  it('produces text that is already normalised (no CR, tabs or trailing spaces)', () => {
    expect(imported.text).not.toMatch(/[\r\t\uFEFF]| $/m);
  });

  it('gives the same text for a custom interview', async () => {
    const bytes = await makeTranscriptDocx({ name: 'Hadi', turns: [['Pak Hadi', 'Kami & mitra <bank> bekerja sama.']] });
    const text = await docxToText(bytes);
    expect(text).toContain('Nama: Hadi');
    expect(text).toContain('Pak Hadi: Kami & mitra <bank> bekerja sama.');
  });
});
