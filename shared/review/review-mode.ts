/**
 * Review mode: while a supervisor is the active coder, they comment and the student's
 * codings, codebook and memos stay as the student left them. Reviewing a copy of the
 * project must not change what the student later takes back.
 */
import type { ProjectState } from '../model/changeset';
import { coderRole } from './coders';
import { ReviewError } from './errors';

/** True when this coder reviews rather than codes (a supervisor). */
export function isReviewing(state: ProjectState, coderId: string | null): boolean {
  return coderRole(state, coderId) === 'supervisor';
}

/** Refuses ('review-mode') an edit of codings, codes or memos by a reviewing coder. */
export function assertMayEdit(state: ProjectState, coderId: string | null): void {
  if (isReviewing(state, coderId)) throw new ReviewError('review-mode');
}

/** The actions a reviewing supervisor may take: comments, coders, and taking a review back. */
const REVIEW_ACTIONS: ReadonlySet<string> = new Set(
  ['addComment', 'replyComment', 'resolveComment', 'reopenComment', 'deleteComment', 'importReview', 'addCoder', 'updateCoder', 'removeCoder'].map(
    (key) => `commands:${key}`,
  ),
);

/**
 * Whether an action (by its label key) may run for this coder: anything for a coder, only
 * review actions for a supervisor. The store checks this for every action, so no screen can
 * forget it.
 */
export function mayPerform(state: ProjectState, coderId: string | null, labelKey: string): boolean {
  return !isReviewing(state, coderId) || REVIEW_ACTIONS.has(labelKey);
}
