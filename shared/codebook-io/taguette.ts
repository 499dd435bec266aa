/**
 * Taguette's codebook CSV, for exchanging codebooks with Taguette: the columns Taguette
 * writes, `tag,parent,description,number of highlights` (Taguette before 1.5 wrote no parent
 * column), UTF-8 and CRLF lines. A tag is one name, unique in a Taguette project, and its
 * parent is the parent's tag; a dot or a slash in a tag is part of the name, not a level.
 * Reading goes through readCodebookCsv, which takes `tag` (or `path`) for the name column.
 */
import Papa from 'papaparse';
import type { Code, Locale, Segment } from '../model/types';
import { codebookRows, PATH_SEPARATOR } from './rows';

/** The header row Taguette writes and reads. */
export const TAGUETTE_HEADER = ['tag', 'parent', 'description', 'number of highlights'] as const;

const BOM = '\uFEFF';
const key = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The bytes of a codebook in Taguette's CSV form, tags in `locale` in tree order. Taguette
 * keeps one tag per name: a name used by several codes is written as its path from the top
 * ("Faktor pendukung::Anggaran"), which Pilah reads back as the same code under the same
 * parent. Taguette has no colours; the count is the segments coded with each code. With a
 * BOM, so that Taguette (and Excel) take the file for UTF-8.
 */
export function writeTaguetteCodebookCsv(codes: readonly Code[], segments: readonly Pick<Segment, 'codeIds'>[], locale: Locale): Uint8Array {
  const rows = codebookRows(codes, locale);
  const uses = new Map<string, number>();
  for (const row of rows) uses.set(key(row.name), (uses.get(key(row.name)) ?? 0) + 1);
  const highlights = new Map<string, number>();
  for (const segment of segments) for (const id of new Set(segment.codeIds)) highlights.set(id, (highlights.get(id) ?? 0) + 1);
  const parentOf = new Map(codes.map((c) => [c.id, c.parentId]));
  const tagOf = new Map<string, string>();
  const table: string[][] = [[...TAGUETTE_HEADER]];
  for (const row of rows) {
    const tag = uses.get(key(row.name))! > 1 && row.parent ? `${row.parent}${PATH_SEPARATOR}${row.name}` : row.name;
    tagOf.set(row.codeId, tag);
    const parentId = parentOf.get(row.codeId);
    table.push([tag, (parentId && tagOf.get(parentId)) || '', row.definition, String(highlights.get(row.codeId) ?? 0)]);
  }
  const csv = Papa.unparse(table, { newline: '\r\n', quotes: false, escapeFormulae: true });
  return new TextEncoder().encode(`${BOM}${csv}\r\n`);
}
