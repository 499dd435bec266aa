/**
 * Review comments: a thread anchored to a segment, a matrix cell, a code, a conclusion or
 * the whole project; replies; resolving and reopening a thread with who and when.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Comment, CommentTarget } from '../model/types';
import { ReviewError } from './errors';
import { ownRow } from './own-row';
import { targetExists } from './targets';

export interface NewComment {
  target: CommentTarget;
  text: string;
  /** The active coder; null = the project's owner. */
  authorId: string | null;
}

function cleanText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new ReviewError('empty-text');
  return trimmed;
}

export function requireComment(state: ProjectState, commentId: string): Comment {
  const comment = ownRow(state.comments, commentId);
  if (!comment) throw new ReviewError('not-found');
  return comment;
}

/** The first comment of the thread a comment belongs to. */
export function threadRoot(state: ProjectState, comment: Comment): Comment {
  return comment.parentId === null ? comment : (ownRow(state.comments, comment.parentId) ?? comment);
}

/** Starts a thread on a target that exists now; refuses an empty text or a deleted target. */
export function addComment(
  state: ProjectState,
  input: NewComment,
  now: string = new Date().toISOString(),
): { changeset: Changeset; commentId: string } {
  const text = cleanText(input.text);
  if (!targetExists(state, input.target)) throw new ReviewError('not-found');
  const comment: Comment = {
    id: crypto.randomUUID(),
    projectId: state.project.id,
    target: input.target,
    parentId: null,
    authorId: input.authorId,
    text,
    createdAt: now,
    resolvedAt: null,
    resolvedBy: null,
  };
  return { changeset: { put: { comments: [comment] } }, commentId: comment.id };
}

/**
 * Replies to a comment. Threads are one level deep: a reply to a reply joins the same
 * thread. Replying to a resolved thread is allowed and leaves it resolved; reopening is
 * a separate choice.
 */
export function replyToComment(
  state: ProjectState,
  commentId: string,
  text: string,
  authorId: string | null,
  now: string = new Date().toISOString(),
): { changeset: Changeset; commentId: string } {
  const root = threadRoot(state, requireComment(state, commentId));
  const reply: Comment = {
    id: crypto.randomUUID(),
    projectId: state.project.id,
    target: root.target,
    parentId: root.id,
    authorId,
    text: cleanText(text),
    createdAt: now,
    resolvedAt: null,
    resolvedBy: null,
  };
  return { changeset: { put: { comments: [reply] } }, commentId: reply.id };
}

function requireRoot(state: ProjectState, commentId: string): Comment {
  const comment = requireComment(state, commentId);
  if (comment.parentId !== null) throw new ReviewError('not-thread');
  return comment;
}

/** Marks a thread resolved by this coder at this time; an already resolved thread is left as it was. */
export function resolveThread(
  state: ProjectState,
  commentId: string,
  coderId: string | null,
  now: string = new Date().toISOString(),
): Changeset {
  const root = requireRoot(state, commentId);
  if (root.resolvedAt !== null) return {};
  return { put: { comments: [{ ...root, resolvedAt: now, resolvedBy: coderId }] } };
}

/** Opens a resolved thread again. */
export function reopenThread(state: ProjectState, commentId: string): Changeset {
  const root = requireRoot(state, commentId);
  if (root.resolvedAt === null) return {};
  return { put: { comments: [{ ...root, resolvedAt: null, resolvedBy: null }] } };
}

/** The replies of a thread, unordered. */
export function repliesOf(state: ProjectState, rootId: string): Comment[] {
  return Object.values(state.comments).filter((c) => c.parentId === rootId);
}

/**
 * Deletes one's own comment. A thread's first comment takes its replies with it, so it is
 * refused once someone else has replied ('has-replies'): their words are not lost.
 */
export function deleteComment(state: ProjectState, commentId: string, coderId: string | null): Changeset {
  const comment = requireComment(state, commentId);
  if (comment.authorId !== coderId) throw new ReviewError('not-author');
  if (comment.parentId !== null) return { delete: { comments: [comment.id] } };
  const replies = repliesOf(state, comment.id);
  if (replies.some((r) => r.authorId !== coderId)) throw new ReviewError('has-replies');
  return { delete: { comments: [comment.id, ...replies.map((r) => r.id)] } };
}
