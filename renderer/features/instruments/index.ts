import { lazy } from 'react';

/** Loaded when first shown: the guide's Word writer (docx) stays out of the app's first load. */
export const InstrumentsScreen = lazy(() => import('./InstrumentsScreen').then((m) => ({ default: m.InstrumentsScreen })));
