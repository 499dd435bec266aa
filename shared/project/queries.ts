/**
 * Reading a project back: the segments of a code across transcripts (retrieval) and the
 * segments of one transcript; counts per code and text search are re-exported here.
 */
import type { ProjectState } from '../model/changeset';
import type { Document, Informant, Segment } from '../model/types';
import { lineOfOffset } from '../text/lines';
import { descendantIds } from './code-tree';
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
    const retrieved = retrieveSegment(state, segment);
    if (retrieved) out.push(retrieved);
  }
  return out.sort(compareReadingOrder);
}

/** A segment with its document, informant, line number and text; null if its document is gone. */
export function retrieveSegment(state: ProjectState, segment: Segment): RetrievedSegment | null {
  const document = state.documents[segment.documentId];
  if (!document) return null;
  return {
    segment,
    document,
    informant: document.informantId ? (state.informants[document.informantId] ?? null) : null,
    line: lineOfOffset(lineStartsOf(document), segment.start),
    text: document.text.slice(segment.start, segment.end),
  };
}

/** Retrieval order: by document (its order, then id), then by where the segment starts and ends. */
export function compareReadingOrder(a: RetrievedSegment, b: RetrievedSegment): number {
  return (
    a.document.order - b.document.order ||
    a.document.id.localeCompare(b.document.id) ||
    a.segment.start - b.segment.start ||
    a.segment.end - b.segment.end
  );
}

export { codeCounts, codeCountsWithDescendants } from './code-counts';
export { MAX_SEARCH_HITS, searchText } from './search';
export type { SearchHit, SearchOptions } from './search';
