export { ReductionScreen } from './ReductionScreen';
