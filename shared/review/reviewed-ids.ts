/**
 * Which row of the student's project each row of a reviewed copy is. A supervisor who opens
 * the student's file may get the same ids (the file read as it is) or a copy with fresh
 * ids (the app's "open project file" makes one): rows are matched by id first, then by what
 * a copy keeps unchanged — a transcript's text, a code's place and labels, a segment's
 * range and creation time, a coder's name, role and creation time.
 */
import type { ProjectState } from '../model/changeset';
import type { Code, ProjectSnapshot } from '../model/types';

/** Reviewed id → the student's id, per table; ids with no counterpart are absent. */
export interface ReviewedIds {
  documents: Map<string, string>;
  informants: Map<string, string>;
  codes: Map<string, string>;
  segments: Map<string, string>;
  conclusions: Map<string, string>;
  coders: Map<string, string>;
  comments: Map<string, string>;
}

const SEP = '\u0000';

/**
 * Matches rows of `reviewed` to rows of `current`: by id when the id exists in both, else
 * by the content key. A key shared by several current rows matches none of them.
 */
function match<R extends { id: string }, C extends { id: string }>(
  reviewedRows: readonly R[],
  currentRows: Record<string, C>,
  reviewedKey: (row: R) => string | null,
  currentKey: (row: C) => string | null,
): Map<string, string> {
  const byKey = new Map<string, string | null>();
  for (const row of Object.values(currentRows)) {
    const key = currentKey(row);
    if (key !== null) byKey.set(key, byKey.has(key) ? null : row.id);
  }
  const out = new Map<string, string>();
  for (const row of reviewedRows) {
    if (Object.hasOwn(currentRows, row.id)) {
      out.set(row.id, row.id);
      continue;
    }
    const key = reviewedKey(row);
    const id = key === null ? undefined : byKey.get(key);
    if (id) out.set(row.id, id);
  }
  return out;
}

/** A code's place in its codebook: the labels from its root down, in both languages. */
function codePaths(codes: readonly Code[]): (code: Code) => string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const memo = new Map<string, string>();
  const path = (code: Code, depth = 0): string => {
    const known = memo.get(code.id);
    if (known !== undefined) return known;
    const parent = code.parentId === null ? undefined : byId.get(code.parentId);
    // The depth guard stops on a (corrupt) cycle instead of recursing forever.
    const own = `${code.label.id}${SEP}${code.label.en}`;
    const result = parent && depth < 64 ? `${path(parent, depth + 1)}/${own}` : own;
    memo.set(code.id, result);
    return result;
  };
  return (code) => path(code);
}

export function matchReviewedIds(current: ProjectState, reviewed: ProjectSnapshot): ReviewedIds {
  const lookup = <T>(map: Map<string, string>, id: string | null, unmatched: T) => (id === null ? unmatched : (map.get(id) ?? unmatched));

  const coders = match(
    reviewed.coders,
    current.coders,
    (c) => [c.name, c.role, c.createdAt].join(SEP),
    (c) => [c.name, c.role, c.createdAt].join(SEP),
  );
  const coderKey = (map: boolean) => (id: string | null) => (id === null ? 'owner' : map ? lookup(coders, id, `?${id}`) : id);
  const documents = match(
    reviewed.documents,
    current.documents,
    (d) => d.text,
    (d) => d.text,
  );
  const informants = match(
    reviewed.informants,
    current.informants,
    (i) => [i.label, i.name].join(SEP),
    (i) => [i.label, i.name].join(SEP),
  );
  const reviewedPath = codePaths(reviewed.codes);
  const currentPath = codePaths(Object.values(current.codes));
  const codes = match(reviewed.codes, current.codes, reviewedPath, currentPath);
  const reviewedCoder = coderKey(true);
  const currentCoder = coderKey(false);
  const segments = match(
    reviewed.segments,
    current.segments,
    (s) => {
      const documentId = documents.get(s.documentId);
      return documentId ? [documentId, s.start, s.end, s.createdAt, reviewedCoder(s.coderId)].join(SEP) : null;
    },
    (s) => [s.documentId, s.start, s.end, s.createdAt, currentCoder(s.coderId)].join(SEP),
  );
  const conclusions = match(
    reviewed.conclusions,
    current.conclusions,
    (c) => {
      const codeId = codes.get(c.codeId);
      return codeId ? [codeId, c.createdAt].join(SEP) : null;
    },
    (c) => [c.codeId, c.createdAt].join(SEP),
  );
  const comments = match(
    reviewed.comments,
    current.comments,
    (c) => [c.createdAt, reviewedCoder(c.authorId), c.text].join(SEP),
    (c) => [c.createdAt, currentCoder(c.authorId), c.text].join(SEP),
  );
  return { documents, informants, codes, segments, conclusions, coders, comments };
}
