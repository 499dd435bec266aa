export { RetrieveScreen } from './RetrieveScreen';
