/**
 * A PDF (regulation, laporan kinerja, SOP) as a documentation source: its text layer read
 * page by page through pdf.js, the pages' ranges in the text kept so citations can say
 * "hlm. 12", and a first guess at title, issuer, date and number from the PDF's metadata.
 * A scan (pages but no text) is refused: Pilah does not read text from pictures.
 *
 * pdf.js runs in this thread (no worker), evaluates no code, loads no fonts and fetches
 * nothing: it gets the bytes and gives back text.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentSourceInfo, ImportedTranscript, PageRange } from '../model/types';
import { ImportError, MAX_PDF_BYTES, MAX_PDF_PAGES } from './errors';
import { pageText, type PdfTextPiece } from './pdf-lines';
import { titleFromFileName } from './import-transcript';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Whether the bytes start like a PDF (within the first KB, as readers allow). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let at = 0; at <= limit; at++) if (PDF_MAGIC.every((b, i) => bytes[at + i] === b)) return true;
  return false;
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js with its worker code installed in this thread: importing the worker module sets
 * `globalThis.pdfjsWorker`, which pdf.js then uses instead of starting a Worker from a URL.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    // @ts-expect-error -- the worker module ships without type declarations; it is imported for its side effect.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

/** What pdf.js reports in a PDF's Info dictionary (all optional, any may be junk). */
interface PdfInfo {
  Title?: unknown;
  Author?: unknown;
  Subject?: unknown;
  Keywords?: unknown;
  CreationDate?: unknown;
}

const str = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

// Names programs put in Author or Title when the writer gave none.
const PLACEHOLDER = /^(?:un-?named|unknown|untitled|user|admin(?:istrator)?|owner|pc|microsoft word - .*|.*\.(?:docx?|odt|pdf))$/i;
const meaningful = (value: unknown): string => {
  const text = str(value);
  return text && !PLACEHOLDER.test(text) ? text : '';
};

/** "D:20230415…" as 2023-04-15; '' when absent or unreadable. */
export function pdfDate(value: unknown): string {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(str(value));
  if (!match) return '';
  const [, year, month = '01', day = '01'] = match;
  return Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31 ? `${year}-${month}-${day}` : '';
}

// "Nomor: 500/123/2023", "No. 12 Tahun 2022": the number a regulation or letter is known by.
const NUMBER = /\b(?:nomor|no\.?)\s*:?\s*(\d[\w./-]*(?:\s+tahun\s+\d{4})?)/i;

/** The document's number from its metadata, else from the start of its first page. */
export function documentNumber(info: PdfInfo, firstPage: string): string {
  for (const candidate of [str(info.Subject), str(info.Title), str(info.Keywords), firstPage.slice(0, 2000)]) {
    const found = NUMBER.exec(candidate);
    if (found) return found[1]!;
  }
  return '';
}

/** The page texts joined by an empty line, and each page's range in the result. */
export function joinPages(texts: readonly string[]): { text: string; pages: PageRange[] } {
  let text = '';
  const pages = texts.map((page, index): PageRange => {
    if (page === '') return { number: index + 1, start: text.length, end: text.length };
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += page;
    return { number: index + 1, start, end: text.length };
  });
  return { text, pages };
}

/** pdf.js's exceptions as the import problem a student understands. */
function importErrorOf(err: unknown, fileName: string): ImportError {
  const name = err instanceof Error ? err.name : '';
  const detail = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return new ImportError('pdf-encrypted', fileName, detail);
  return new ImportError('pdf-damaged', fileName, `${name}: ${detail}`);
}

/**
 * Reads one PDF as a documentation source (kind 'document', medium 'pdf'), keeping its pages
 * and its bytes. Throws ImportError naming the file: empty, too large, damaged, locked with a
 * password, too many pages, or a scan without text.
 */
export async function importPdf(file: { name: string; bytes: Uint8Array }): Promise<ImportedTranscript> {
  const { name, bytes } = file;
  if (bytes.length === 0) throw new ImportError('empty', name, 'the file has no bytes');
  if (bytes.length > MAX_PDF_BYTES) throw new ImportError('too-large', name, `${bytes.length} bytes exceeds ${MAX_PDF_BYTES}`);
  if (!looksLikePdf(bytes)) throw new ImportError('pdf-damaged', name, 'no %PDF- header');
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: it gets a copy, the original stays with the document.
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      throw importErrorOf(err, name);
    }
    if (doc.numPages > MAX_PDF_PAGES) throw new ImportError('pdf-too-many-pages', name, `${doc.numPages} pages`);
    const texts: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      try {
        const page = await doc.getPage(number);
        const content = await page.getTextContent();
        const pieces: PdfTextPiece[] = [];
        for (const item of content.items) {
          if (!('str' in item)) continue;
          pieces.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height });
        }
        texts.push(pageText(pieces));
        page.cleanup();
      } catch (err) {
        throw importErrorOf(err, name);
      }
    }
    const { text, pages } = joinPages(texts);
    if (text === '') throw new ImportError('pdf-scanned', name, `${doc.numPages} pages without a text layer`);
    let info: PdfInfo = {};
    try {
      info = ((await doc.getMetadata()).info ?? {}) as PdfInfo;
    } catch {
      // Metadata only feeds guesses; a PDF whose Info cannot be read imports without them.
    }
    const sourceInfo: DocumentSourceInfo = {
      issuer: meaningful(info.Author),
      date: pdfDate(info.CreationDate),
      number: documentNumber(info, texts.find((t) => t !== '') ?? ''),
    };
    return {
      fileName: name,
      title: meaningful(info.Title) || titleFromFileName(name),
      text,
      turns: [],
      header: { extra: {} },
      kind: 'document',
      medium: 'pdf',
      pages,
      sourceInfo,
      original: { mediaType: 'application/pdf', bytes },
    };
  } finally {
    await task.destroy();
  }
}
