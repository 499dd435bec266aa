export { DisplayScreen } from './DisplayScreen';
export { useFrameworkChoice, useFrameworkChoiceStore } from './framework-choice';
export { useDisplaySettings, DISPLAY_KINDS, CELL_MODES } from './display-settings';
export { frameworkOptions } from './framework-options';
export type { FrameworkOption } from './framework-options';
