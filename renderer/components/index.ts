export { ConfirmDialog } from './ConfirmDialog';
export { ScreenHeader } from './ScreenHeader';
export { CommitTextInput, CommitTextarea } from './CommitTextInput';
