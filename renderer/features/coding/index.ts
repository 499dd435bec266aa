export { CodingScreen } from './CodingScreen';
export { useWorkspace } from './workspace-store';
