export { DisplayScreen } from './DisplayScreen';
export { frameworkOptions, useFrameworkChoice } from './framework-choice';
export type { FrameworkOption } from './framework-choice';
export { useGridWindow } from './use-grid-window';
export type { GridWindow } from './use-grid-window';
export { SpacerCell, SpacerRow } from './Spacer';
