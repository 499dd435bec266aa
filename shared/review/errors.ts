/**
 * Why a review action (coders, comments, taking a supervisor's review back) was refused.
 * Like DomainError, nothing is changed: the operation throws before returning a changeset.
 */
import { Refusal } from '../actions/refusal';

export const REVIEW_ERROR_CODES = [
  /** A coder's or a comment's text was left empty. */
  'empty-text',
  /** The coder, comment or what a comment is anchored to no longer exists. */
  'not-found',
  /** A coder who made codings, summaries, conclusions or comments cannot be removed. */
  'coder-has-work',
  /** Only the author deletes a comment. */
  'not-author',
  /** A thread that others replied to is not deleted with their replies. */
  'has-replies',
  /** Only a thread's first comment is resolved or reopened. */
  'not-thread',
  /** A supervisor reviews: comments only, codings and memos stay the student's. */
  'review-mode',
  /** An observer (or a user without a role) of a team-sync project changes nothing. */
  'read-only',
  /** A second coder of a team-sync project writes only their own codings (the server's rule). */
  'codings-only',
  /** The review file is a copy of another project. */
  'other-project',
] as const;

export type ReviewErrorCode = (typeof REVIEW_ERROR_CODES)[number];

export class ReviewError extends Refusal<ReviewErrorCode> {
  protected readonly messagePrefix = 'review:refused';
  override readonly name = 'ReviewError';
}
