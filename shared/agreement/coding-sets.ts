/**
 * What two coders' codings look like side by side: which transcripts are compared, which
 * codes, and each coder's segments per code and transcript. Every agreement measure reads
 * this one structure, so they all agree on what was compared.
 */
import type { ProjectState } from '../model/changeset';
import type { Document, Segment } from '../model/types';
import { childrenOf } from '../project/code-tree';
import type { CoderId } from './coders';

export type Side = 'a' | 'b';

export interface ComparedCodings {
  /** Transcripts both coders coded (or those asked for), in reading order. */
  documents: Document[];
  /** Transcripts only one of the two coded: left out, and said so. */
  skippedDocuments: { document: Document; codedBy: Side }[];
  /** Codes at least one coder used in the compared transcripts, in codebook order. */
  codeIds: string[];
  /** One coder's segments with this code in this transcript, sorted by start. */
  segmentsOf(side: Side, codeId: string, documentId: string): readonly Segment[];
}

export interface CompareScope {
  /** Compare exactly these transcripts; default: every transcript both coders coded. */
  documentIds?: readonly string[];
  /** Compare only these codes (those unused by both are still left out). */
  codeIds?: readonly string[];
}

const key = (side: Side, codeId: string, documentId: string) => `${side}\u0000${codeId}\u0000${documentId}`;

/** The codes in codebook order: parents before children, siblings by `order`. */
export function codebookOrder(state: ProjectState): string[] {
  const out: string[] = [];
  const visit = (parentId: string | null): void => {
    for (const code of childrenOf(state, parentId)) {
      out.push(code.id);
      visit(code.id);
    }
  };
  visit(null);
  return out;
}

/** Documents in reading order (the order the student gave them, then title). */
export function readingOrder(documents: Iterable<Document>): Document[] {
  return [...documents].sort((x, y) => x.order - y.order || x.title.localeCompare(y.title));
}

/** Gathers coder A's and coder B's codings for comparison. */
export function compareCodings(state: ProjectState, coderA: CoderId, coderB: CoderId, scope: CompareScope = {}): ComparedCodings {
  const bySide = new Map<string, Segment[]>();
  const codedBy = new Map<string, Set<Side>>();
  const usedCodes = new Set<string>();
  const wantedCodes = scope.codeIds ? new Set(scope.codeIds) : null;
  for (const segment of Object.values(state.segments)) {
    const coder = segment.coderId ?? null;
    const side: Side | null = coder === coderA ? 'a' : coder === coderB ? 'b' : null;
    if (side === null || !Object.hasOwn(state.documents, segment.documentId)) continue;
    const sides = codedBy.get(segment.documentId) ?? new Set<Side>();
    sides.add(side);
    codedBy.set(segment.documentId, sides);
    for (const codeId of new Set(segment.codeIds)) {
      if (!Object.hasOwn(state.codes, codeId) || (wantedCodes && !wantedCodes.has(codeId))) continue;
      const k = key(side, codeId, segment.documentId);
      const list = bySide.get(k);
      if (list) list.push(segment);
      else bySide.set(k, [segment]);
    }
  }
  for (const list of bySide.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);

  const all = readingOrder(Object.values(state.documents));
  let documents: Document[];
  const skippedDocuments: ComparedCodings['skippedDocuments'] = [];
  if (scope.documentIds) {
    const wanted = new Set(scope.documentIds);
    documents = all.filter((d) => wanted.has(d.id));
  } else {
    documents = [];
    for (const document of all) {
      const sides = codedBy.get(document.id);
      if (sides?.size === 2) documents.push(document);
      else if (sides?.size === 1) skippedDocuments.push({ document, codedBy: [...sides][0]! });
    }
  }
  const compared = new Set(documents.map((d) => d.id));
  for (const k of bySide.keys()) {
    const [, codeId, documentId] = k.split('\u0000') as [Side, string, string];
    if (compared.has(documentId)) usedCodes.add(codeId);
  }
  return {
    documents,
    skippedDocuments,
    codeIds: codebookOrder(state).filter((id) => usedCodes.has(id)),
    segmentsOf: (side, codeId, documentId) => bySide.get(key(side, codeId, documentId)) ?? [],
  };
}
