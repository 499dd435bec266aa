/**
 * Why a file could not be imported, as a code the UI, CLI and tests can act on, and as one
 * sentence a student understands (file name, problem, what to do) in either locale.
 */
import { translate } from '../i18n/index';
import type { Locale, TranscriptNotice } from '../model/types';

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'legacy-doc'
  | 'not-docx'
  | 'truncated'
  | 'zip-bomb'
  | 'unsafe-archive'
  /** A Word file whose XML declares a DOCTYPE (entity expansion, external entities): unsafe, not damaged. */
  | 'unsafe-docx'
  | 'undecodable'
  | 'no-text'
  | 'unsupported-type'
  /** A PDF with pages but no text layer: a scan. Pilah does not read text from pictures. */
  | 'pdf-scanned'
  /** A PDF that needs a password to open. */
  | 'pdf-encrypted'
  /** Bytes pdf.js cannot read as a PDF (damaged, cut off, or not a PDF at all). */
  | 'pdf-damaged'
  /** A PDF with more pages than Pilah reads. */
  | 'pdf-too-many-pages';

/** Largest .docx accepted, in bytes (Word files with many photos rarely pass 20 MB). */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
/** Largest .txt accepted, in bytes (a 100,000-word transcript is under 1 MB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
/** Largest PDF accepted, in bytes (a 300-page report with photos is around 30 MB). */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
/** Most pages read from one PDF (a Renstra or LKjIP rarely passes 300). */
export const MAX_PDF_PAGES = 2000;

/** A file that cannot be imported. `message` is technical detail for logs; show `describeImportError` to users. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** The file's name as the user knows it; empty while a lower layer does not know it yet. */
    readonly fileName: string,
    detail: string = code,
  ) {
    super(detail);
    this.name = 'ImportError';
  }

  /** The same problem, now naming the file it happened in. */
  forFile(fileName: string): ImportError {
    return new ImportError(this.code, fileName, this.message);
  }
}

const MEGABYTE = 1024 * 1024;

/** The `importing` namespace key of each problem's sentence. */
const MESSAGE_KEYS: Record<ImportErrorCode, string> = {
  empty: 'errorEmpty',
  'too-large': 'errorTooLarge',
  'legacy-doc': 'errorLegacyDoc',
  'not-docx': 'errorNotDocx',
  truncated: 'errorTruncated',
  'zip-bomb': 'errorZipBomb',
  'unsafe-archive': 'errorUnsafeArchive',
  'unsafe-docx': 'errorUnsafeDocx',
  undecodable: 'errorUndecodable',
  'no-text': 'errorNoText',
  'unsupported-type': 'errorUnsupportedType',
  'pdf-scanned': 'errorPdfScanned',
  'pdf-encrypted': 'errorPdfEncrypted',
  'pdf-damaged': 'errorPdfDamaged',
  'pdf-too-many-pages': 'errorPdfTooManyPages',
};

/**
 * One sentence for the user: which file, what is wrong, what to do. Errors that are not
 * ImportErrors get a generic sentence (never a stack trace or library message).
 */
export function describeImportError(err: unknown, locale: Locale, fallbackFileName = ''): string {
  if (err instanceof ImportError) {
    const fileName = err.fileName || fallbackFileName;
    const limit = transcriptSizeLimit(fileName);
    return translate(locale, `importing:${MESSAGE_KEYS[err.code]}`, { fileName, limitMb: limit / MEGABYTE, maxPages: MAX_PDF_PAGES });
  }
  return translate(locale, 'importing:errorUnknown', { fileName: fallbackFileName });
}

/** One sentence telling the user how a transcript was read (it was imported; this is not an error). */
export function describeTranscriptNotice(notice: TranscriptNotice, locale: Locale, fileName: string): string {
  const keys: Record<TranscriptNotice, string> = { 'read-as-windows-1252': 'noticeWindows1252' };
  return translate(locale, `importing:${keys[notice]}`, { fileName });
}

/**
 * The largest a transcript named `name` may be before its bytes are read: a .txt has the text
 * limit, anything else may be a Word file (whose images count too).
 */
export function transcriptSizeLimit(name: string): number {
  if (/\.pdf$/i.test(name.trim())) return MAX_PDF_BYTES;
  return /\.txt$/i.test(name.trim()) ? MAX_TEXT_BYTES : MAX_DOCX_BYTES;
}

/**
 * Refuses a transcript by its size alone, so a huge file is never read into memory: call it
 * with the size from the file system (`stat`, `File.size`) before reading the bytes.
 * @throws ImportError('too-large') naming the file.
 */
export function checkTranscriptSize(name: string, size: number): void {
  const limit = transcriptSizeLimit(name);
  if (size > limit) throw new ImportError('too-large', name, `${size} bytes exceeds ${limit}`);
}
