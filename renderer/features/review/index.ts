export { CommentsPanel } from './CommentsPanel';
export { ReviewHeaderControls } from './ReviewHeaderControls';
export { CommentButton } from './CommentButton';
export { refuseInReviewMode, reviewAs, useReadOnlyRole, useReviewMode, useWorkLocked } from './active-coder';
export { MemoAuthor } from './MemoAuthor';
export { ReadOnlyRoleBanner } from './ReadOnlyRoleBanner';
