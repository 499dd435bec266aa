export { DataScreen } from './DataScreen';
export { runImport } from './import-progress';
export { useWindowFileDrop } from './use-window-file-drop';
