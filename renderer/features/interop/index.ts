export { InteropSection } from './InteropSection';
