import { lazy } from 'react';

/** Loaded when first shown, so its code (and what only it needs) stays out of the app's first load. */
export const ConclusionsScreen = lazy(() => import('./ConclusionsScreen').then((m) => ({ default: m.ConclusionsScreen })));
