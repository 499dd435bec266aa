/**
 * What can be wrong with a codebook file: the file as a whole (unreadable, no name column,
 * no rows) or single rows. Every problem becomes one sentence for the student, naming the
 * row as Excel numbers it.
 */
import { translate } from '../i18n';
import type { Locale } from '../model/types';

export type CodebookFileErrorCode = 'unreadable' | 'too-large' | 'unsafe' | 'no-name-column' | 'no-rows';

/** Far beyond any real codebook (a thousand codes with long definitions are well under 1 MB). */
export const MAX_CODEBOOK_BYTES = 16 * 1024 * 1024;

/** Refuses a file too large to be a codebook before any parser inflates it. */
export function checkCodebookSize(bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_CODEBOOK_BYTES) throw new CodebookFileError('too-large', `${bytes.byteLength} bytes`);
}

/** The file cannot be read as a codebook at all; nothing was changed. */
export class CodebookFileError extends Error {
  readonly code: CodebookFileErrorCode;

  constructor(code: CodebookFileErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'CodebookFileError';
    this.code = code;
  }
}

export type RowProblemCode = 'empty-name' | 'invalid-colour' | 'unknown-parent' | 'ambiguous-parent' | 'duplicate';

/** One row that cannot be imported. */
export interface RowProblem {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  code: RowProblemCode;
  /** The offending value (colour, parent, name) or, for a duplicate, the row it repeats. */
  value: string;
}

/** The sentence for a file-level error. */
export function describeCodebookFileError(locale: Locale, error: CodebookFileError, file: string): string {
  return translate(locale, `interop:file-${error.code}`, { file });
}

/** The sentence for a row problem ("Baris 4: warna "merah" bukan kode warna #RRGGBB."). */
export function describeRowProblem(locale: Locale, problem: RowProblem): string {
  return translate(locale, `interop:row-${problem.code}`, { row: problem.row, value: problem.value });
}
