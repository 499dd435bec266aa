export { ConfirmDialog } from './ConfirmDialog';
export { ScreenHeader } from './ScreenHeader';
export { CommitTextInput, CommitTextarea } from './CommitTextInput';
export { DeleteIconButton } from './DeleteIconButton';
export { usePendingConfirm } from './use-pending-confirm';
export { VirtualGrid } from './VirtualGrid';
export { gridHeadCell, gridRowHead } from './grid-styles';
export { useTextDraft } from './use-text-draft';
