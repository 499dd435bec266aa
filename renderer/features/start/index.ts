export { StartScreen } from './StartScreen';
export { StartDialogs } from './StartDialogs';
export { openProjectFile, useStartUi } from './start-ui';
