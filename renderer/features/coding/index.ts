export { CodingScreen } from './CodingScreen';
