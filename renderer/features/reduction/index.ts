export { ReductionScreen } from './ReductionScreen';
export { frameworkOptions, useFrameworkChoice } from './framework-choice';
export type { FrameworkOption } from './framework-choice';
