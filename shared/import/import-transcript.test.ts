import { describe, expect, it } from 'vitest';
import {
  BOMB_EXPANDED_BYTES,
  emptyFile,
  makeBinaryText,
  makeCorruptBodyDocx,
  makeTextlessDocx,
  makeLegacyDoc,
  makeSpreadsheetZip,
  makeTruncatedDocx,
  makeUnsafeArchive,
  makeZipBomb,
} from '../../test/fixtures/hostile-files';
import { makeLargeTranscriptDocx, makeTranscriptDocx } from '../../test/fixtures/make-docx';
import { checkTranscriptSize, describeImportError, describeTranscriptNotice, ImportError, MAX_DOCX_BYTES, MAX_TEXT_BYTES, type ImportErrorCode } from './errors';
import { importTranscript } from './import-transcript';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

async function failure(name: string, bytes: Uint8Array): Promise<ImportError> {
  try {
    await importTranscript({ name, bytes });
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error(`${name} was imported`);
}

describe('importTranscript: plain text', () => {
  it('reads a Windows-1252 .txt with CRLF, normalises it and finds turns and header', async () => {
    const raw = 'Nama : Hadi\r\nJabatan : Kasi\r\n\r\nP: Caf\xe9 \x93Sejahtera\x94 kapan buka?\r\nI: Sejak 2019.\r\n';
    const bytes = Uint8Array.from(raw, (c) => c.charCodeAt(0));
    const imported = await importTranscript({ name: 'i2.TXT', bytes });
    expect(imported.text).toBe('Nama : Hadi\nJabatan : Kasi\n\nP: Café “Sejahtera” kapan buka?\nI: Sejak 2019.');
    expect(imported.header).toMatchObject({ name: 'Hadi', position: 'Kasi' });
    expect(imported.turns.map((t) => t.speaker)).toEqual(['P', 'I']);
    expect(imported).toMatchObject({ title: 'i2', kind: 'interview' });
    expect(imported.notices).toEqual(['read-as-windows-1252']);
    expect(describeTranscriptNotice('read-as-windows-1252', 'en', 'i2.TXT')).toBe(
      'The file "i2.TXT" is not valid UTF-8, so it was read as Windows-1252; check its accented letters and quotation marks, and if any look wrong, save the file again with UTF-8 encoding and import it again.',
    );
  });

  it('says nothing about the encoding of a UTF-8 file', async () => {
    expect((await importTranscript({ name: 'i3.txt', bytes: encode('P: Café “Sejahtera”?\nI: Ya.') })).notices).toBeUndefined();
  });

  it.each([
    ['a .txt over 20 MB', 'besar.txt', 20 * 1024 * 1024 + 1, true],
    ['a .txt of exactly 20 MB', 'pas.txt', 20 * 1024 * 1024, false],
    ['a .docx of 30 MB', 'foto.docx', 30 * 1024 * 1024, false],
    ['a .docx over 50 MB', 'besar.docx', 50 * 1024 * 1024 + 1, true],
  ])('checks %s by its size alone, before reading it', (_, name, size, refused) => {
    const check = () => checkTranscriptSize(name, size);
    if (refused) expect(check).toThrow(expect.objectContaining({ code: 'too-large', fileName: name }));
    else expect(check).not.toThrow();
  });

  it.each([
    ['Catatan observasi pasar.txt', 'Pedagang mulai datang pukul 06.00.', 'observation'],
    ['hari-1.txt', 'Observasi di kantor kecamatan.\nPegawai melayani warga.', 'observation'],
    ['SK Bupati.txt', 'Menimbang: bahwa perlu dibentuk tim.', 'document'],
    ['w1.txt', 'P: Halo.\nI: Halo juga.', 'interview'],
  ])('guesses the kind of %s', async (name, text, kind) => {
    expect((await importTranscript({ name, bytes: encode(text) })).kind).toBe(kind);
  });

  it('imports a file without extension as text, and a Word file saved as .txt as Word', async () => {
    expect((await importTranscript({ name: 'catatan', bytes: encode('Isi catatan.') })).text).toBe('Isi catatan.');
    const fromWord = await importTranscript({ name: 'wawancara.txt', bytes: await makeTranscriptDocx() });
    expect(fromWord.header.name).toBe('Sri Wahyuni');
  });
});

describe('importTranscript: a long interview', () => {
  // Speed lives in the bench (npm run bench); this checks only what the student gets.
  it('imports a 100,000-word .docx with every paragraph a turn', async () => {
    const bytes = await makeLargeTranscriptDocx(100_000);
    const imported = await importTranscript({ name: 'panjang.docx', bytes });
    expect(imported.text.split(/\s+/).length).toBeGreaterThan(100_000);
    expect(imported.turns).toHaveLength(Math.ceil(100_000 / 60));
    expect(imported.header).toMatchObject({ name: 'Informan Uji', position: 'Kepala Seksi' });
  });
});

describe('importTranscript: bad input', () => {
  const cases: [string, string, () => Uint8Array | Promise<Uint8Array>, ImportErrorCode][] = [
    ['empty file', 'kosong.docx', emptyFile, 'empty'],
    ['empty text file', 'kosong.txt', emptyFile, 'empty'],
    ['whitespace-only text', 'spasi.txt', () => encode(' \r\n\t\r\n'), 'no-text'],
    ['legacy .doc by name', 'wawancara.doc', makeLegacyDoc, 'legacy-doc'],
    ['legacy .doc renamed to .docx', 'wawancara.docx', makeLegacyDoc, 'legacy-doc'],
    ['.docx that is text', 'palsu.docx', () => encode('P: ini teks biasa'), 'not-docx'],
    ['spreadsheet zip named .docx', 'data.docx', makeSpreadsheetZip, 'not-docx'],
    ['truncated .docx', 'terpotong.docx', makeTruncatedDocx, 'truncated'],
    ['.docx whose body is not XML', 'rusak.docx', makeCorruptBodyDocx, 'truncated'],
    ['.docx without text', 'pindaian.docx', makeTextlessDocx, 'no-text'],
    ['zip slip archive', 'jahat.docx', makeUnsafeArchive, 'unsafe-archive'],
    ['binary .txt', 'gambar.txt', makeBinaryText, 'undecodable'],
    ['PDF cut off after its header', 'laporan.pdf', () => encode('%PDF-1.7'), 'pdf-damaged'],
    ['ODT', 'wawancara.odt', makeSpreadsheetZip, 'unsupported-type'],
    ['RTF', 'wawancara.rtf', () => encode('{\\rtf1 P: halo}'), 'unsupported-type'],
    ['.docx over 50 MB', 'besar.docx', () => { const b = new Uint8Array(MAX_DOCX_BYTES + 1); b.set([0x50, 0x4b, 3, 4]); return b; }, 'too-large'],
    ['.txt over 20 MB', 'besar.txt', () => new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61), 'too-large'],
  ];
  it.each(cases)('%s → %s', async (_label, name, make, code) => {
    const err = await failure(name, await make());
    expect(err.code).toBe(code);
    expect(err.fileName).toBe(name);
    for (const locale of ['id', 'en'] as const) {
      const sentence = describeImportError(err, locale);
      expect(sentence).toContain(`"${name}"`);
      expect(sentence).not.toMatch(/TODO|\{\{|Error:|\n\s+at /);
    }
  });

  it('refuses a zip bomb without inflating it', async () => {
    const bomb = makeZipBomb();
    expect(bomb.length).toBeLessThan(BOMB_EXPANDED_BYTES / 500);
    const rssBefore = process.memoryUsage().rss;
    const err = await failure('bom.docx', bomb);
    expect(err.code).toBe('zip-bomb');
    // Inflating would allocate 200 MB; refusing allocates next to nothing.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(BOMB_EXPANDED_BYTES / 2);
    expect(describeImportError(err, 'id')).toContain('"bom.docx"');
  });
});
