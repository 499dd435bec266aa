/**
 * Reading a project back: counts per code for the codebook tree, the segments of a code
 * across transcripts (retrieval), and the segments of one transcript.
 */
import type { ProjectState } from '../model/changeset';
import type { Document, Informant, Segment } from '../model/types';
import { lineOfOffset } from '../text/lines';
import { ancestorsAndSelf, descendantIds } from './code-tree';
import { lineStartsOf } from './line-cache';
import { segmentsOfDocumentSorted } from './segment-index';

/** A coded segment with what retrieval shows beside it. */
export interface RetrievedSegment {
  segment: Segment;
  document: Document;
  informant: Informant | null;
  /** 1-based line on which the segment starts. */
  line: number;
  /** The coded text itself. */
  text: string;
}

/**
 * Counts are asked for on every render of the codebook tree; they are computed once per
 * version of the segments and codes tables and handed out frozen, so sharing is safe.
 */
function memoised(
  cache: WeakMap<ProjectState['segments'], { codes: ProjectState['codes']; counts: Record<string, number> }>,
  state: ProjectState,
  compute: (state: ProjectState) => Record<string, number>,
): Record<string, number> {
  const hit = cache.get(state.segments);
  if (hit && hit.codes === state.codes) return hit.counts;
  const counts = Object.freeze(compute(state));
  cache.set(state.segments, { codes: state.codes, counts });
  return counts;
}

const directCounts = new WeakMap<ProjectState['segments'], { codes: ProjectState['codes']; counts: Record<string, number> }>();
const rolledUpCounts = new WeakMap<ProjectState['segments'], { codes: ProjectState['codes']; counts: Record<string, number> }>();

/** How many segments carry each code directly. Codes never used are absent (count 0). */
export function codeCounts(state: ProjectState): Record<string, number> {
  return memoised(directCounts, state, (s) => {
    const counts: Record<string, number> = {};
    for (const segment of Object.values(s.segments)) {
      for (const id of new Set(segment.codeIds)) counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  });
}

/**
 * How many segments carry each code or any of its sub-codes — what a collapsed tree node
 * shows. A segment coded with a code and its sub-code counts once for the parent.
 */
export function codeCountsWithDescendants(state: ProjectState): Record<string, number> {
  return memoised(rolledUpCounts, state, (s) => {
    const ancestorsOf = new Map<string, string[]>();
    const chain = (codeId: string): string[] => {
      let cached = ancestorsOf.get(codeId);
      if (!cached) {
        cached = ancestorsAndSelf(s, codeId).map((code) => code.id);
        ancestorsOf.set(codeId, cached);
      }
      return cached;
    };
    const counts: Record<string, number> = {};
    for (const segment of Object.values(s.segments)) {
      const counted = new Set<string>();
      for (const codeId of segment.codeIds) for (const id of chain(codeId)) counted.add(id);
      for (const id of counted) counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  });
}

/** A document's segments sorted by start (then end): the order they are read in. */
export function segmentsInDocument(state: ProjectState, documentId: string): Segment[] {
  return [...segmentsOfDocumentSorted(state, documentId)];
}

/**
 * Every segment coded with `codeId` (and, if asked, with any of its sub-codes), each with
 * its document, informant, line number and text, in document order and then text order.
 */
export function segmentsByCode(
  state: ProjectState,
  codeId: string,
  opts: { includeDescendants?: boolean } = {},
): RetrievedSegment[] {
  const ids = new Set([codeId, ...(opts.includeDescendants ? descendantIds(state, codeId) : [])]);
  const out: RetrievedSegment[] = [];
  for (const segment of Object.values(state.segments)) {
    if (!segment.codeIds.some((id) => ids.has(id))) continue;
    const document = state.documents[segment.documentId];
    if (!document) continue;
    out.push({
      segment,
      document,
      informant: document.informantId ? (state.informants[document.informantId] ?? null) : null,
      line: lineOfOffset(lineStartsOf(document), segment.start),
      text: document.text.slice(segment.start, segment.end),
    });
  }
  return out.sort(
    (a, b) =>
      a.document.order - b.document.order ||
      a.document.id.localeCompare(b.document.id) ||
      a.segment.start - b.segment.start ||
      a.segment.end - b.segment.end,
  );
}

export { MAX_SEARCH_HITS, searchText } from './search';
export type { SearchHit, SearchOptions } from './search';
