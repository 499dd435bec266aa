/**
 * What every display reads, indexed once per version of the project's tables: segments by
 * code, each document's informant, text lengths and the reading order of segments. Tables
 * are replaced, never mutated, by applyChangeset, so a display that follows edits rebuilds
 * the index only after an edit, and the cells themselves never scan the whole project.
 */
import type { ProjectState } from '../model/changeset';
import type { Document, Informant, Segment } from '../model/types';
import { isAnalysed } from '../project/analysis-scope';

export interface DisplayIndex {
  /** Documents in reading order (their `order`, then id). */
  documents: Document[];
  /** Informants in their order (then label, then id). */
  informants: Informant[];
  /** The informant of each existing document; null when it has none (or it was deleted). */
  informantOfDocument: Map<string, Informant | null>;
  /** Analysed segments (see analysis-scope.ts) of existing documents carrying each code (each segment once per code). */
  segmentsByCode: Map<string, Segment[]>;
  /** Position of each segment in reading order: document order, then start, then end. */
  rank: Map<string, number>;
  /** The segments of existing documents in reading order: ordered[rank] is the segment. */
  ordered: Segment[];
  /** Sum of the lengths of all documents' texts. */
  totalTextLength: number;
}

interface Cached {
  documents: ProjectState['documents'];
  informants: ProjectState['informants'];
  coders: ProjectState['coders'];
  index: DisplayIndex;
}

const cache = new WeakMap<ProjectState['segments'], Cached>();

export function displayIndex(state: ProjectState): DisplayIndex {
  const hit = cache.get(state.segments);
  if (hit && hit.documents === state.documents && hit.informants === state.informants && hit.coders === state.coders) return hit.index;
  const index = buildIndex(state);
  cache.set(state.segments, { documents: state.documents, informants: state.informants, coders: state.coders, index });
  return index;
}

function buildIndex(state: ProjectState): DisplayIndex {
  const documents = Object.values(state.documents).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const informants = Object.values(state.informants).sort(
    (a, b) => a.order - b.order || a.label.localeCompare(b.label) || a.id.localeCompare(b.id),
  );
  const informantOfDocument = new Map<string, Informant | null>();
  const documentRank = new Map<string, number>();
  let totalTextLength = 0;
  documents.forEach((document, i) => {
    informantOfDocument.set(document.id, (document.informantId && state.informants[document.informantId]) || null);
    documentRank.set(document.id, i);
    totalTextLength += document.text.length;
  });

  // Bucket by document, then sort each document's segments: cheaper than one global sort.
  const buckets: Segment[][] = documents.map(() => []);
  for (const id in state.segments) {
    const segment = state.segments[id]!;
    const position = documentRank.get(segment.documentId);
    if (position !== undefined && isAnalysed(state, segment)) buckets[position]!.push(segment);
  }
  const live: Segment[] = [];
  for (const bucket of buckets) {
    bucket.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const segment of bucket) live.push(segment);
  }
  const rank = new Map<string, number>();
  const segmentsByCode = new Map<string, Segment[]>();
  live.forEach((segment, i) => {
    rank.set(segment.id, i);
    for (const codeId of new Set(segment.codeIds)) {
      const list = segmentsByCode.get(codeId);
      if (list) list.push(segment);
      else segmentsByCode.set(codeId, [segment]);
    }
  });
  return { documents, informants, informantOfDocument, segmentsByCode, rank, ordered: live, totalTextLength };
}
