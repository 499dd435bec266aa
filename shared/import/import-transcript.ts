/**
 * One transcript file (a .docx or .txt, as bytes) — or a documentation PDF, read by
 * ./pdf — to an ImportedTranscript: text, speaker
 * turns, interview header and a guessed document kind. The same function serves the app
 * (bytes from a file dialog or a drop) and the CLI; it either succeeds or throws one
 * ImportError naming the file, never returning a partial result.
 */
import type { DocumentKind, ImportedTranscript, TranscriptNotice } from '../model/types';
import { decodeTextFileWithEncoding } from '../text/decode';
import { extractHeader } from '../text/header';
import { normalizeText } from '../text/normalize';
import { detectTurns } from '../text/turns';
import { looksLikeZip, type RawInflate } from '../zip/safe-unzip';
import { ImportError, MAX_DOCX_BYTES, MAX_TEXT_BYTES } from './errors';

/** Extensions importTranscript reads. */
export const TRANSCRIPT_EXTENSIONS = ['.docx', '.txt', '.pdf'] as const;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Formats students may try; named so the message can say "save it as .docx" rather than "unreadable".
const OTHER_OFFICE_FORMATS = new Set(['xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'pages', 'epub', 'html', 'htm']);

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The file name without folder and extension, as the document's title. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}

const isOle = (bytes: Uint8Array): boolean => OLE_MAGIC.every((b, i) => bytes[i] === b);

/** What the bytes will be read as, by name and content together. */
function formatOf(fileName: string, bytes: Uint8Array): 'docx' | 'text' | 'pdf' {
  const ext = extensionOf(fileName);
  if (ext === 'pdf') return 'pdf';
  if (ext === 'doc') throw new ImportError('legacy-doc', fileName, 'Word 97–2003 document');
  if (OTHER_OFFICE_FORMATS.has(ext)) throw new ImportError('unsupported-type', fileName, `.${ext} is not supported`);
  if (ext !== 'docx' && ext !== 'txt' && ext !== '') throw new ImportError('unsupported-type', fileName, `.${ext} is not supported`);
  // Sniff the content: a renamed Word 97 file, or a Word file saved with a .txt name.
  if (isOle(bytes)) throw new ImportError('legacy-doc', fileName, 'OLE compound file (Word 97–2003)');
  if (looksLikeZip(bytes)) return 'docx';
  if (ext === 'docx') throw new ImportError('not-docx', fileName, 'a .docx that is not a zip archive');
  return 'text';
}

const OBSERVATION_START = /^(?:catatan observasi|catatan lapangan|observasi|observation|field ?notes?)\b/i;

/** Observation note by its title or first line; interview when people take turns; otherwise a document. */
function guessKind(title: string, text: string, turnCount: number): DocumentKind {
  if (OBSERVATION_START.test(title) || OBSERVATION_START.test(text)) return 'observation';
  return turnCount >= 2 ? 'interview' : 'document';
}

async function readText(format: 'docx' | 'text', bytes: Uint8Array, inflate: RawInflate | undefined): Promise<{ text: string; notices: TranscriptNotice[] }> {
  if (format === 'docx') {
    // mammoth and its XML stack load with the first .docx, not with every caller of this module
    // (the app's first screen, every CLI command that reads a transcript).
    const { docxToText } = await import('./docx');
    return { text: await docxToText(bytes, inflate), notices: [] };
  }
  const { text, encoding } = decodeTextFileWithEncoding(bytes);
  return { text: normalizeText(text), notices: encoding === 'windows-1252' ? ['read-as-windows-1252'] : [] };
}

/**
 * Imports one transcript file. Reads .docx and .txt (extension case-insensitive, content
 * sniffed), enforces the size limits, normalises the text once, and finds speaker turns, the
 * interview header and the document kind. Throws ImportError naming the file on bad input.
 * `inflate` unpacks a .docx's parts where the platform has a native inflater (the command line).
 */
export async function importTranscript(file: { name: string; bytes: Uint8Array }, options: { inflate?: RawInflate } = {}): Promise<ImportedTranscript> {
  const { name, bytes } = file;
  if (bytes.length === 0) throw new ImportError('empty', name, 'the file has no bytes');
  const format = formatOf(name, bytes);
  if (format === 'pdf') {
    // pdf.js loads with the first PDF only.
    const { importPdf } = await import('./pdf');
    return importPdf(file);
  }
  const limit = format === 'docx' ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (bytes.length > limit) throw new ImportError('too-large', name, `${bytes.length} bytes exceeds ${limit}`);
  let text: string;
  let notices: TranscriptNotice[];
  try {
    ({ text, notices } = await readText(format, bytes, options.inflate));
  } catch (err) {
    if (err instanceof ImportError) throw err.forFile(name);
    throw err;
  }
  if (text === '') throw new ImportError('no-text', name, 'no text after normalisation');
  const turns = detectTurns(text);
  const title = titleFromFileName(name);
  const imported: ImportedTranscript = { fileName: name, title, text, turns, header: extractHeader(text), kind: guessKind(title, text, turns.length) };
  if (notices.length > 0) imported.notices = notices;
  return imported;
}
