import { lazy } from 'react';

/** Loaded when first shown, so its code (and what only it needs) stays out of the app's first load. */
export const DisplayScreen = lazy(() => import('./DisplayScreen').then((m) => ({ default: m.DisplayScreen })));
export { useFrameworkChoice, useFrameworkChoiceStore } from './framework-choice';
export { useDisplaySettings, DISPLAY_KINDS, CELL_MODES } from './display-settings';
export { frameworkOptions } from './framework-options';
export type { FrameworkOption } from './framework-options';
