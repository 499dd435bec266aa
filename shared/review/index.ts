/**
 * Review: the coders of a project, a supervisor's comments on segments, matrix cells, codes
 * and conclusions, and taking a reviewed copy of the project file back. Every operation is
 * pure and returns the Changeset of one undoable action, or throws a ReviewError.
 */
export { ReviewError, REVIEW_ERROR_CODES } from './errors';
export type { ReviewErrorCode } from './errors';
export { addCoder, CODER_ROLES, coderName, coderRole, codersInOrder, coderWork, removeCoder, requireCoder, updateCoder } from './coders';
export type { CoderInput } from './coders';
export { addComment, deleteComment, reopenThread, repliesOf, replyToComment, requireComment, resolveThread, threadRoot } from './comments';
export type { NewComment } from './comments';
export { commentThreads, openThreadCount } from './threads';
export type { CommentThread, ThreadFilter } from './threads';
export { sameTarget, targetExists, targetLabel } from './targets';
export type { TargetLabel } from './targets';
export { describeMerge, mergeReview } from './merge-review';
export { withMemoAuthor } from './memo-author';
