/**
 * Filtering codes by what the student types, in either language: "dukung" finds
 * "Faktor pendukung" and "Supporting factor" alike, accents and case are ignored, and
 * every typed word must appear. Labels that begin with the query come first.
 */
import type { Code } from '../../../../shared/model/types';

/** Lower case without diacritics, for matching typed text against labels. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function codeMatches(code: Pick<Code, 'label'>, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = foldText(`${code.label.id} ${code.label.en}`);
  return words.every((w) => hay.includes(w));
}

/** The codes that match `query`, those whose label starts with it first, otherwise in the given order. */
export function filterCodes<T extends Pick<Code, 'label'>>(codes: readonly T[], query: string): T[] {
  const q = foldText(query.trim());
  const matches = codes.filter((c) => codeMatches(c, q));
  if (!q) return matches;
  const starts = (c: T) => foldText(c.label.id).startsWith(q) || foldText(c.label.en).startsWith(q);
  return [...matches.filter(starts), ...matches.filter((c) => !starts(c))];
}
