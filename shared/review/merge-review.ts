/**
 * Taking a supervisor's review back: the comments, replies and resolutions (and the coders
 * who wrote them) that were added in a reviewed copy of the project file join the student's
 * project. Nothing of the student's is overwritten or deleted; merging the same file twice
 * adds nothing the second time.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Coder, Comment, CommentTarget, ProjectSnapshot } from '../model/types';
import { ReviewError } from './errors';
import { matchReviewedIds, type ReviewedIds } from './reviewed-ids';

/**
 * The same project: the same id (the file as the student saved it), or a copy of it — the
 * same creation time and, when both have transcripts, at least one transcript in common.
 */
function isSameProject(current: ProjectState, reviewed: ProjectSnapshot, ids: ReviewedIds): boolean {
  if (reviewed.project.id === current.project.id) return true;
  if (reviewed.project.createdAt !== current.project.createdAt) return false;
  const bothHaveTexts = reviewed.documents.length > 0 && Object.keys(current.documents).length > 0;
  return !bothHaveTexts || ids.documents.size > 0;
}

function mapTarget(target: CommentTarget, ids: ReviewedIds): CommentTarget {
  // An anchor the student has since deleted keeps its old id: the panel names it as deleted.
  const id = (map: Map<string, string>, old: string) => map.get(old) ?? old;
  switch (target.kind) {
    case 'segment':
      return { kind: 'segment', segmentId: id(ids.segments, target.segmentId) };
    case 'code':
      return { kind: 'code', codeId: id(ids.codes, target.codeId) };
    case 'cell':
      return { kind: 'cell', codeId: id(ids.codes, target.codeId), informantId: id(ids.informants, target.informantId) };
    case 'conclusion':
      return { kind: 'conclusion', conclusionId: id(ids.conclusions, target.conclusionId) };
    case 'project':
      return { kind: 'project' };
  }
}

/**
 * The changeset that adds a reviewed copy's new coders, comments, replies and resolutions
 * to the student's project, matching rows by their original ids (or, for a copy with fresh
 * ids, by content). Use `readQdpx(bytes).snapshot` as `reviewed`, never a copy made for opening.
 * @throws ReviewError 'other-project' when the file is not a copy of this project.
 */
export function mergeReview(current: ProjectState, reviewed: ProjectSnapshot): Changeset {
  const ids = matchReviewedIds(current, reviewed);
  if (!isSameProject(current, reviewed, ids)) throw new ReviewError('other-project');
  const projectId = current.project.id;

  const newCoders: Coder[] = [];
  for (const coder of reviewed.coders) {
    if (ids.coders.has(coder.id)) continue;
    newCoders.push({ ...coder, projectId });
    ids.coders.set(coder.id, coder.id);
  }
  const coder = (id: string | null) => (id === null ? null : (ids.coders.get(id) ?? id));

  // New comments keep their ids (fresh UUIDs from the reviewer), so a second merge finds them.
  const newIds = new Map<string, string>();
  for (const comment of reviewed.comments) if (!ids.comments.has(comment.id)) newIds.set(comment.id, comment.id);
  const commentId = (id: string) => ids.comments.get(id) ?? newIds.get(id) ?? id;

  const puts: Comment[] = [];
  for (const comment of reviewed.comments) {
    const existingId = ids.comments.get(comment.id);
    if (existingId === undefined) {
      puts.push({
        ...comment,
        projectId,
        target: mapTarget(comment.target, ids),
        parentId: comment.parentId === null ? null : commentId(comment.parentId),
        authorId: coder(comment.authorId),
        resolvedBy: coder(comment.resolvedBy),
      });
      continue;
    }
    // A thread the reviewer resolved and the student has not: take the resolution. The
    // reverse (a reviewer reopening) has no date to weigh against the student's, so the
    // student's resolution stands.
    const mine = current.comments[existingId]!;
    if (mine.resolvedAt === null && comment.resolvedAt !== null && mine.parentId === null) {
      puts.push({ ...mine, resolvedAt: comment.resolvedAt, resolvedBy: coder(comment.resolvedBy) });
    }
  }
  const put: NonNullable<Changeset['put']> = {};
  if (newCoders.length) put.coders = newCoders;
  if (puts.length) put.comments = puts;
  return Object.keys(put).length ? { put } : {};
}

/** What a merge brought: new threads, replies, resolutions and coders, for the message after it. */
export function describeMerge(current: ProjectState, changeset: Changeset): { comments: number; replies: number; resolutions: number; coders: number } {
  const comments = changeset.put?.comments ?? [];
  const added = comments.filter((c) => !Object.hasOwn(current.comments, c.id));
  return {
    comments: added.filter((c) => c.parentId === null).length,
    replies: added.filter((c) => c.parentId !== null).length,
    resolutions: comments.length - added.length,
    coders: changeset.put?.coders?.length ?? 0,
  };
}
