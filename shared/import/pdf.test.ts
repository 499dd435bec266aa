import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeImportError, ImportError, MAX_PDF_BYTES, MAX_PDF_PAGES } from './errors';
import { importTranscript } from './import-transcript';
import { documentNumber, joinPages, pdfDate } from './pdf';
import { joinBrokenWords, pageText } from './pdf-lines';

/** A bare PDF of `count` empty pages (no xref table: pdf.js rebuilds it, as it does for damaged files). */
function emptyPagesPdf(count: number): Uint8Array {
  const kids = Array.from({ length: count }, (_, i) => `${i + 3} 0 R`).join(' ');
  const pages = Array.from({ length: count }, (_, i) => `${i + 3} 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>> endobj`).join('\n');
  const pdf = `%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[${kids}]/Count ${count}>> endobj\n${pages}\ntrailer <</Root 1 0 R>>\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(`test/fixtures/pdf/${name}`));
/** The paragraphs written on each page of the fixture (see test/fixtures/pdf/make-fixtures.mjs). */
const writtenPages = JSON.parse(readFileSync('test/fixtures/pdf/laporan-kinerja.pages.json', 'utf8')) as string[][];

async function failure(name: string, bytes: Uint8Array): Promise<ImportError> {
  try {
    await importTranscript({ name, bytes });
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error(`${name} was imported`);
}

describe('importing a PDF', () => {
  it('reads the text layer page by page; each page range holds exactly that page’s text', async () => {
    const bytes = fixture('laporan-kinerja.pdf');
    const imported = await importTranscript({ name: 'laporan-kinerja.pdf', bytes });
    expect(imported).toMatchObject({ kind: 'document', medium: 'pdf', turns: [] });
    expect(imported.pages!.map((p) => p.number)).toEqual([1, 2, 3]);
    imported.pages!.forEach((page, i) => {
      expect(imported.text.slice(page.start, page.end).split('\n').filter((l) => l !== '')).toEqual(writtenPages[i]);
    });
    // Pages follow each other with nothing but the empty line between them.
    expect(imported.pages![0]!.start).toBe(0);
    expect(imported.pages![2]!.end).toBe(imported.text.length);
    expect(imported.text.slice(imported.pages![0]!.end, imported.pages![1]!.start)).toBe('\n\n');
    // The original file travels with the document, byte for byte.
    expect(imported.original!.mediaType).toBe('application/pdf');
    expect(Buffer.from(imported.original!.bytes).equals(Buffer.from(fixture('laporan-kinerja.pdf')))).toBe(true);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('reads without fetching anything, starting a worker or evaluating code', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', (url: unknown) => {
      calls.push(`fetch ${String(url)}`);
      throw new Error('no network');
    });
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: unknown) {
          calls.push(`worker ${String(url)}`);
        }
      },
    );
    vi.stubGlobal('Function', new Proxy(Function, { construct: (target, args) => (calls.push('new Function'), Reflect.construct(target, args)) }));
    const imported = await importTranscript({ name: 'laporan.pdf', bytes: fixture('laporan-kinerja.pdf') });
    expect(imported.pages).toHaveLength(3);
    expect(calls).toEqual([]);
  });

  it('guesses title, issuer, date and number from the PDF’s metadata', async () => {
    const imported = await importTranscript({ name: 'lkjip.pdf', bytes: fixture('laporan-kinerja.pdf') });
    expect(imported.title).toBe('Laporan Kinerja 2023');
    expect(imported.sourceInfo).toMatchObject({ issuer: 'Dinas Koperasi dan Usaha Mikro', number: '500/123/2023' });
    expect(imported.sourceInfo!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a scanned PDF with one sentence in either language', async () => {
    const err = await failure('scan.pdf', fixture('hasil-pindai.pdf'));
    expect(err.code).toBe('pdf-scanned');
    expect(describeImportError(err, 'id')).toBe(
      'Berkas "scan.pdf" tidak memiliki lapisan teks (hasil pindai); Pilah tidak membaca teks dari gambar, jadi cari versi PDF yang teksnya dapat disalin atau ketik ulang isinya sebagai .docx, lalu impor lagi.',
    );
    expect(describeImportError(err, 'en')).toContain('has no text layer (it is a scan); Pilah does not read text from pictures');
  });

  const cases: [string, string, () => Uint8Array, string][] = [
    ['a PDF locked with a password', 'terkunci.pdf', () => fixture('terkunci.pdf'), 'pdf-encrypted'],
    ['a PDF cut off halfway', 'terpotong.pdf', () => fixture('laporan-kinerja.pdf').slice(0, 4000), 'pdf-damaged'],
    ['a Word file named .pdf', 'bukan.pdf', () => new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'pdf-damaged'],
    ['an empty .pdf', 'kosong.pdf', () => new Uint8Array(0), 'empty'],
    ['a PDF of empty pages', 'kosong-halaman.pdf', () => emptyPagesPdf(3), 'pdf-scanned'],
    ['a PDF of more pages than Pilah reads', 'tebal.pdf', () => emptyPagesPdf(MAX_PDF_PAGES + 1), 'pdf-too-many-pages'],
    ['a PDF over the size limit', 'besar.pdf', () => { const b = new Uint8Array(MAX_PDF_BYTES + 1); b.set([0x25, 0x50, 0x44, 0x46, 0x2d]); return b; }, 'too-large'],
  ];
  it.each(cases)('%s → %s, with a sentence naming the file', async (_label, name, make, code) => {
    const err = await failure(name, make());
    expect(err.code).toBe(code);
    for (const locale of ['id', 'en'] as const) {
      const sentence = describeImportError(err, locale);
      expect(sentence).toContain(`"${name}"`);
      expect(sentence).not.toMatch(/\{\{|Error:|Exception/);
    }
  });
});

describe('rebuilding a page’s lines', () => {
  const piece = (str: string, x: number, y: number, width = str.length * 6) => ({ str, x, y, width, height: 12 });

  it('orders pieces by line and position, spaces words apart and separates paragraphs', () => {
    const text = pageText([
      piece('kedua', 140, 700),
      piece('Baris', 100, 700 + 0.4),
      piece('pertama.', 100, 714),
      piece('Paragraf', 100, 660),
      piece('baru.', 152, 660),
      piece('Lanjut', 100, 646),
    ]);
    expect(text).toBe('pertama.\nBaris kedua\n\nParagraf baru.\nLanjut');
  });

  it.each([
    [['program pember-', 'dayaan UMKM'], ['program pemberdayaan', 'UMKM']],
    [['para anak-', 'anak sekolah'], ['para anak-anak', 'sekolah']],
    [['Dinas Koperasi-', 'UMKM'], ['Dinas Koperasi-', 'UMKM']],
    [['ke-', 'giatan.'], ['kegiatan.']],
  ])('joins words broken at a line end: %j', (lines, joined) => {
    expect(joinBrokenWords(lines)).toEqual(joined);
  });

  it('keeps empty pages in the page list without text of their own', () => {
    expect(joinPages(['Satu', '', 'Tiga'])).toEqual({
      text: 'Satu\n\nTiga',
      pages: [
        { number: 1, start: 0, end: 4 },
        { number: 2, start: 4, end: 4 },
        { number: 3, start: 6, end: 10 },
      ],
    });
  });

  it('reads PDF dates and document numbers', () => {
    expect(pdfDate("D:20230415093000+07'00'")).toBe('2023-04-15');
    expect(pdfDate('kemarin')).toBe('');
    expect(documentNumber({}, 'PERATURAN BUPATI CONTOH\nNOMOR 12 TAHUN 2022\ntentang')).toBe('12 TAHUN 2022');
    expect(documentNumber({ Subject: 'Perbup No. 7/2021' }, '')).toBe('7/2021');
  });
});
