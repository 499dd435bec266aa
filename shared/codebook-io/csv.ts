/**
 * Codebooks as CSV: RFC 4180 quoting (via papaparse), CRLF line ends, and UTF-8 with a BOM
 * so that Excel opens Indonesian text correctly. Reading accepts a BOM or none, and the
 * comma or the semicolon that Excel writes in Indonesian settings.
 */
import Papa from 'papaparse';
import type { Code, Locale } from '../model/types';
import { checkCodebookSize, CodebookFileError } from './problems';
import { codebookRows, type NumberedRow } from './rows';
import { rowsFromTable, tableFromRows } from './table';

const BOM = '\uFEFF';

/** What a spreadsheet would run as a formula: papaparse defuses it with a leading apostrophe. */
const DEFUSED = /^'(?=[=+\-@\t\r])/;

/**
 * The bytes of a CSV codebook, headers and texts in `locale`. A cell that a spreadsheet
 * would take for a formula ("=HYPERLINK(…)", "+62…") gets a leading apostrophe, as OWASP
 * advises; reading takes it off again, so the codebook comes back unchanged.
 */
export function writeCodebookCsv(codes: readonly Code[], locale: Locale): Uint8Array {
  const csv = Papa.unparse(tableFromRows(codebookRows(codes, locale), locale), { newline: '\r\n', quotes: false, escapeFormulae: true });
  return new TextEncoder().encode(`${BOM}${csv}\r\n`);
}

/**
 * The rows of a CSV codebook.
 * @throws CodebookFileError when the bytes are not UTF-8 text or hold no codebook table.
 */
export function readCodebookCsv(bytes: Uint8Array): NumberedRow[] {
  checkCodebookSize(bytes);
  let text: string;
  try {
    // `fatal` turns bytes that are not UTF-8 (a binary file, a legacy encoding) into a clear refusal.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CodebookFileError('unreadable', 'not UTF-8 text');
  }
  // eslint-disable-next-line no-control-regex
  if (/\u0000/.test(text)) throw new CodebookFileError('unreadable', 'binary content');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  // A quote left open swallows the rest of the file: the rows after it would be wrong.
  if (parsed.errors.some((e) => e.type === 'Quotes')) throw new CodebookFileError('unreadable', parsed.errors[0]!.message);
  return rowsFromTable(parsed.data.map((cells) => cells.map((cell) => cell.replace(DEFUSED, ''))));
}
