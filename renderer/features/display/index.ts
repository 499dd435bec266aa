export { DisplayScreen } from './DisplayScreen';
export { useFrameworkChoice } from './framework-choice';
export { frameworkOptions } from './framework-options';
export type { FrameworkOption } from './framework-options';
