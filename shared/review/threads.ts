/** Comment threads as the comments panel shows them: filtered, in time order, with replies. */
import type { ProjectState } from '../model/changeset';
import type { Comment, CommentTarget } from '../model/types';
import { sameTarget } from './targets';

export type ThreadFilter = 'open' | 'resolved' | 'all';

export interface CommentThread {
  root: Comment;
  /** Oldest first, as a conversation reads. */
  replies: Comment[];
  resolved: boolean;
}

const byTime = (a: Comment, b: Comment) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * The threads of a project, newest first, optionally only open or resolved ones and only
 * those on one target. A reply whose first comment is gone is shown as a thread of its own
 * rather than lost.
 */
export function commentThreads(
  state: ProjectState,
  options: { filter?: ThreadFilter; target?: CommentTarget } = {},
): CommentThread[] {
  const filter = options.filter ?? 'all';
  const replies = new Map<string, Comment[]>();
  const roots: Comment[] = [];
  for (const comment of Object.values(state.comments)) {
    if (comment.parentId !== null && Object.hasOwn(state.comments, comment.parentId)) {
      const list = replies.get(comment.parentId);
      if (list) list.push(comment);
      else replies.set(comment.parentId, [comment]);
    } else roots.push(comment);
  }
  return roots
    .filter((root) => !options.target || sameTarget(root.target, options.target))
    .map((root) => ({ root, replies: (replies.get(root.id) ?? []).sort(byTime), resolved: root.resolvedAt !== null }))
    .filter((thread) => filter === 'all' || (filter === 'resolved') === thread.resolved)
    .sort((a, b) => byTime(b.root, a.root));
}

/** How many threads are still open: the number beside the comments button. */
export function openThreadCount(state: ProjectState, target?: CommentTarget): number {
  let count = 0;
  for (const comment of Object.values(state.comments)) {
    const isRoot = comment.parentId === null || !Object.hasOwn(state.comments, comment.parentId);
    if (isRoot && comment.resolvedAt === null && (!target || sameTarget(comment.target, target))) count++;
  }
  return count;
}
