export { ConclusionsScreen } from './ConclusionsScreen';
