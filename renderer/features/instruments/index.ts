export { InstrumentsScreen } from './InstrumentsScreen';
