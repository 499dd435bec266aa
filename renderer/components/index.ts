export { ConfirmDialog } from './ConfirmDialog';
export { ScreenHeader } from './ScreenHeader';
export { CommitTextInput, CommitTextarea } from './CommitTextInput';
export { DeleteIconButton } from './DeleteIconButton';
export { usePendingConfirm } from './use-pending-confirm';
