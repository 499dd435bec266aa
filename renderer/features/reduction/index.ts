import { lazy } from 'react';

/** Loaded when first shown, so its code (and what only it needs) stays out of the app's first load. */
export const ReductionScreen = lazy(() => import('./ReductionScreen').then((m) => ({ default: m.ReductionScreen })));
