import { lazy } from 'react';

/** Loaded when first shown, so its code (and what only it needs) stays out of the app's first load. */
export const JournalScreen = lazy(() => import('./JournalScreen').then((m) => ({ default: m.JournalScreen })));
