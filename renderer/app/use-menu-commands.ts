import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc-contract';
import { saveProjectFileAs } from '../features/backups';
import { runImport } from '../features/data';
import { openProjectFile, useStartUi } from '../features/start';
import { openConnectDialog } from '../features/sync';
import { api } from '../lib/api';
import { useAppStore } from '../store';
import { isTextEntry } from './use-global-shortcuts';

/** Runs a command of the desktop menu: the same actions as the buttons and shortcuts. */
export function runMenuCommand(command: MenuCommand): void {
  const app = useAppStore.getState();
  switch (command) {
    case 'project:new':
      useStartUi.getState().setWizardOpen(true);
      return;
    case 'project:open-file':
      void openProjectFile();
      return;
    case 'project:save-file':
      void saveProjectFileAs();
      return;
    case 'transcripts:import':
      if (!app.current) return;
      app.setScreen('data');
      void api.transcriptsPick().then(runImport);
      return;
    case 'sync:connect':
      openConnectDialog();
      return;
    // From the Edit menu while typing in a field, undo the typing, as the keyboard does.
    case 'edit:undo':
      if (isTextEntry(document.activeElement)) document.execCommand('undo');
      else void app.undo();
      return;
    case 'edit:redo':
      if (isTextEntry(document.activeElement)) document.execCommand('redo');
      else void app.redo();
      return;
    case 'view:language-id':
      app.setLocale('id');
      return;
    case 'view:language-en':
      app.setLocale('en');
      return;
  }
}

export function useMenuCommands(): void {
  useEffect(() => api.onMenuCommand(runMenuCommand), []);
}
