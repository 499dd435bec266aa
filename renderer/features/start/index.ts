export { StartScreen } from './StartScreen';
export { StartDialogs } from './StartDialogs';
export { offerProjectForReview, openProjectFile, useStartUi } from './start-ui';
