import { lazy } from 'react';

/** Loaded when first shown, so its code (and what only it needs) stays out of the app's first load. */
export const BackupsScreen = lazy(() => import('./BackupsScreen').then((m) => ({ default: m.BackupsScreen })));
export { useAutoBackup } from './use-auto-backup';
export { saveProjectFileAs } from './project-file';
