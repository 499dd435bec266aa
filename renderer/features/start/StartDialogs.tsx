import { NewProjectWizard } from './NewProjectWizard';
import { ProjectFileDialog } from './ProjectFileDialog';

/** Dialogs the menu can open from any screen: the new-project wizard and the project-file report. */
export function StartDialogs() {
  return (
    <>
      <NewProjectWizard />
      <ProjectFileDialog />
    </>
  );
}
