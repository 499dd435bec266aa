export { BackupsScreen } from './BackupsScreen';
export { useAutoBackup } from './use-auto-backup';
export { saveProjectFileAs } from './project-file';
