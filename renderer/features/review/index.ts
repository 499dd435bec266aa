export { CommentsPanel } from './CommentsPanel';
export { ReviewHeaderControls } from './ReviewHeaderControls';
