/**
 * Turning the segments collected for each cell into what the cell shows: ids in reading
 * order (each segment once), quotes, reduced statements, counts and coverage.
 */
import type { ProjectState } from '../model/changeset';
import type { Segment } from '../model/types';
import type { DisplayIndex } from './display-index';
import type { DisplayCell } from './types';

/** The segments of a cell in reading order, each once. */
export function inReadingOrder(index: DisplayIndex, segments: Segment[]): Segment[] {
  return byRanks(index, segments.map((segment) => index.rank.get(segment.id)!));
}

/** The segments at these reading-order positions, sorted and each once. */
export function byRanks(index: DisplayIndex, ranks: ArrayLike<number>): Segment[] {
  const sorted = Int32Array.from(ranks).sort();
  const out: Segment[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(index.ordered[sorted[i]!]!);
  }
  return out;
}

export function emptyCell(): DisplayCell {
  return { segmentIds: [], count: 0, coverage: 0, quotes: [], reduced: [] };
}

/**
 * A cell from its segments (already in reading order, each once). `count` defaults to the
 * number of segments; `coverage` defaults to the share of `textLength` the segments cover.
 */
export function makeCell(
  state: ProjectState,
  segments: Segment[],
  textLength: number,
  opts: { count?: number; coverage?: number; summary?: string | undefined } = {},
): DisplayCell {
  const quotes: string[] = [];
  const reduced: string[] = [];
  for (const segment of segments) {
    quotes.push(state.documents[segment.documentId]!.text.slice(segment.start, segment.end));
    const statement = segment.reduced.trim();
    if (statement) reduced.push(statement);
  }
  const cell: DisplayCell = {
    segmentIds: segments.map((segment) => segment.id),
    count: opts.count ?? segments.length,
    coverage: opts.coverage ?? (textLength > 0 ? Math.min(1, coveredLength(segments) / textLength) : 0),
    quotes,
    reduced,
  };
  if (opts.summary !== undefined && opts.summary.trim() !== '') cell.summary = opts.summary;
  return cell;
}

/**
 * Length of text covered by ranges given in reading order (grouped by document, each
 * document's by start), overlaps counted once.
 */
export function coveredLength(segments: readonly Pick<Segment, 'documentId' | 'start' | 'end'>[]): number {
  let total = 0;
  let document = '';
  let start = 0;
  let end = 0;
  for (const segment of segments) {
    if (segment.documentId !== document || segment.start > end) {
      total += end - start;
      document = segment.documentId;
      start = segment.start;
      end = segment.end;
    } else if (segment.end > end) end = segment.end;
  }
  return total + end - start;
}
