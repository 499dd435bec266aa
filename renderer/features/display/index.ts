export { DisplayScreen } from './DisplayScreen';
export { useFrameworkChoice } from './framework-choice';
export { frameworkOptions } from './framework-options';
export type { FrameworkOption } from './framework-options';
export { useGridWindow } from './use-grid-window';
export type { GridWindow } from './use-grid-window';
export { SpacerCell, SpacerRow } from './Spacer';
