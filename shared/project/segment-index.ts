/**
 * Segments grouped by document, computed once per version of the segments table (tables
 * are replaced, never mutated, by applyChangeset). With 50,000 codings, coding one more
 * range costs one pass over the table when it has changed and nothing when it has not;
 * the exact-range look-up then reads only one document's segments, and sorting happens
 * only for a document someone asks to see in order.
 */
import type { Changeset, ProjectState } from '../model/changeset';
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

/**
 * Carries the index of `before` over to `after` = applyChangeset(before, changeset) by
 * patching only the documents the changeset touches, so that the next coding in a large
 * project reads no other segment at all. Does nothing when `before` was never indexed.
 * Call it where changesets are applied (the store) right after applying one.
 */
export function advanceSegmentIndex(before: ProjectState, changeset: Changeset, after: ProjectState): void {
  const old = cache.get(before.segments);
  if (!old || after.segments === before.segments || cache.has(after.segments)) return;
  const touched = new Set<string>();
  for (const id of changeset.delete?.segments ?? []) {
    const segment = before.segments[id];
    if (segment) touched.add(segment.documentId);
  }
  for (const segment of changeset.put?.segments ?? []) {
    touched.add(segment.documentId);
    const previous = before.segments[segment.id];
    if (previous) touched.add(previous.documentId);
  }
  const next = new Map(old);
  for (const documentId of touched) {
    const list = (old.get(documentId)?.list ?? []).map((s) => after.segments[s.id]).filter((s) => s?.documentId === documentId) as Segment[];
    for (const segment of changeset.put?.segments ?? []) {
      if (segment.documentId === documentId && before.segments[segment.id]?.documentId !== documentId) list.push(after.segments[segment.id]!);
    }
    if (list.length) next.set(documentId, { list, sorted: false });
    else next.delete(documentId);
  }
  cache.set(after.segments, next);
}

/**
 * How many segments the project has, from the per-document index the store carries from one
 * action to the next: counting the keys of a 50,000-row table after every coding cost more
 * than the rest of the navigation's update.
 */
export function segmentCount(state: ProjectState): number {
  let count = 0;
  for (const entry of index(state).values()) count += entry.list.length;
  return count;
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
