import { lazy } from 'react';

/** Loaded when first shown, so its code (and what only it needs) stays out of the app's first load. */
export const ExportScreen = lazy(() => import('./ExportScreen').then((m) => ({ default: m.ExportScreen })));
export { appendixFileName } from './file-name';
export { buildChapterInWorker, type BuildProgress } from './build-in-worker';
