/**
 * Where a PDF's pages begin in the transcript view: the line each page's text starts on, so
 * the gutter can say "hlm. 2" there. Typed transcripts have no pages and get no marks.
 */
import type { PageRange } from '../../../../shared/model/types';

/** Line index (0-based) → page number, for the first line of every page that has text. */
export function pageMarks(starts: readonly number[], pages: readonly PageRange[] | undefined): Map<number, number> {
  const marks = new Map<number, number>();
  if (!pages) return marks;
  for (const page of pages) {
    if (page.end <= page.start) continue;
    // The last line starting at or before the page's first character.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= page.start) low = mid;
      else high = mid - 1;
    }
    if (!marks.has(low)) marks.set(low, page.number);
  }
  return marks;
}
