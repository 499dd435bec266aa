/**
 * The columns of a codebook spreadsheet. Pilah writes headers in the user's language and
 * reads either language (and a few common synonyms), in any case and order, so a codebook
 * typed by hand in Excel or exported by Pilah in English opens the same way.
 */
import type { Locale } from '../model/types';

export type CodebookColumn = 'name' | 'parent' | 'definition' | 'colour';

/** Column order in files Pilah writes. */
export const COLUMNS: readonly CodebookColumn[] = ['name', 'parent', 'definition', 'colour'];

/** The headers Pilah writes, per language. */
export const HEADERS: Record<Locale, Record<CodebookColumn, string>> = {
  id: { name: 'Nama', parent: 'Induk', definition: 'Definisi', colour: 'Warna' },
  en: { name: 'Name', parent: 'Parent', definition: 'Definition', colour: 'Colour' },
};

const ACCEPTED: Record<CodebookColumn, readonly string[]> = {
  // "tag" and "path" are Taguette's (its codebook CSV: tag, parent, description, number of highlights).
  name: ['nama', 'nama kode', 'kode', 'name', 'code', 'code name', 'tag', 'path'],
  parent: ['induk', 'kode induk', 'parent', 'parent code'],
  definition: ['definisi', 'definisi operasional', 'deskripsi', 'definition', 'operational definition', 'description'],
  colour: ['warna', 'colour', 'color'],
};

const normalizeHeader = (header: string): string => header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Where each column sits in a header row; unknown headers are ignored. Null when there is
 * no name column, without which no row can become a code.
 */
export function findColumns(header: readonly string[]): Partial<Record<CodebookColumn, number>> | null {
  const found: Partial<Record<CodebookColumn, number>> = {};
  header.forEach((cell, index) => {
    const text = normalizeHeader(cell);
    for (const column of COLUMNS) {
      if (found[column] === undefined && ACCEPTED[column].includes(text)) found[column] = index;
    }
  });
  return found.name === undefined ? null : found;
}
