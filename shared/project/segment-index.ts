/**
 * Segments grouped by document, computed once per version of the segments table (tables
 * are replaced, never mutated, by applyChangeset). With 50,000 codings, coding one more
 * range costs one pass over the table when it has changed and nothing when it has not;
 * the exact-range look-up then reads only one document's segments, and sorting happens
 * only for a document someone asks to see in order.
 */
import type { ProjectState } from '../model/changeset';
import type { Segment } from '../model/types';

interface DocumentSegments {
  list: Segment[];
  sorted: boolean;
}

const cache = new WeakMap<ProjectState['segments'], Map<string, DocumentSegments>>();

function index(state: ProjectState): Map<string, DocumentSegments> {
  let byDocument = cache.get(state.segments);
  if (!byDocument) {
    byDocument = new Map();
    for (const segment of Object.values(state.segments)) {
      const entry = byDocument.get(segment.documentId);
      if (entry) entry.list.push(segment);
      else byDocument.set(segment.documentId, { list: [segment], sorted: false });
    }
    cache.set(state.segments, byDocument);
  }
  return byDocument;
}

/** The segments of one document, in no particular order. */
export function segmentsOfDocumentUnordered(state: ProjectState, documentId: string): readonly Segment[] {
  return index(state).get(documentId)?.list ?? [];
}

/** The segments of one document sorted by start, then end (longer last). */
export function segmentsOfDocumentSorted(state: ProjectState, documentId: string): readonly Segment[] {
  const entry = index(state).get(documentId);
  if (!entry) return [];
  if (!entry.sorted) {
    entry.list.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
    entry.sorted = true;
  }
  return entry.list;
}

/** The key under which a range of one coder is unique: coding it again adds to that segment. */
export function rangeKey(documentId: string, start: number, end: number, coderId: string | null): string {
  return `${documentId}\u0000${start}\u0000${end}\u0000${coderId ?? ''}`;
}
