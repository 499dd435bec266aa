/**
 * Narrowing the retrieved segments of a code by informant, informant group and document
 * type (interview, observation note, document), and showing each quote with a little of
 * the text around it.
 */
import type { DocumentKind } from '../../../shared/model/types';
import type { RetrievedSegment } from '../../../shared/project';

export interface RetrievalFilter {
  /** Informant ids to keep; empty = all. Documents without an informant count as NO_INFORMANT. */
  informantIds: readonly string[];
  groups: readonly string[];
  kinds: readonly DocumentKind[];
}

/** Stands for "no informant" in the informant filter. */
export const NO_INFORMANT = '__none__';

export const NO_FILTER: RetrievalFilter = { informantIds: [], groups: [], kinds: [] };

export function filterRetrieved(rows: readonly RetrievedSegment[], filter: RetrievalFilter): RetrievedSegment[] {
  return rows.filter(
    (r) =>
      (filter.informantIds.length === 0 || filter.informantIds.includes(r.informant?.id ?? NO_INFORMANT)) &&
      (filter.groups.length === 0 || filter.groups.includes(r.informant?.group ?? '')) &&
      (filter.kinds.length === 0 || filter.kinds.includes(r.document.kind)),
  );
}

/** What the list's heading counts: segments, and the informants and documents they come from. */
export function retrievalCounts(rows: readonly RetrievedSegment[]): { segments: number; informants: number; documents: number } {
  return {
    segments: rows.length,
    informants: new Set(rows.map((r) => r.informant?.id).filter(Boolean)).size,
    documents: new Set(rows.map((r) => r.document.id)).size,
  };
}

/**
 * The quote [start, end) with up to `chars` characters on each side, staying on the
 * quote's own lines and starting and ending at word boundaries where possible.
 */
export function quoteInContext(text: string, start: number, end: number, chars = 80): { before: string; quote: string; after: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl === -1 ? text.length : nl;
  let from = Math.max(lineStart, start - chars);
  let to = Math.min(lineEnd, end + chars);
  if (from > lineStart) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < lineEnd) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return {
    before: (from > lineStart ? '…' : '') + text.slice(from, start),
    quote: text.slice(start, end),
    after: text.slice(end, to) + (to < lineEnd ? '…' : ''),
  };
}
