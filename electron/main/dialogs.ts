import { BrowserWindow, dialog, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { DialogPort } from './ipc/handlers';

/** Electron's native dialogs behind the {@link DialogPort}, attached to the focused window. */
export function createDialogPort(): DialogPort {
  return {
    async pickFiles({ title, buttonLabel, filters, multiple }) {
      const options: OpenDialogOptions = {
        title,
        buttonLabel,
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },

    async pickSavePath({ title, buttonLabel, defaultName, filters }) {
      const options: SaveDialogOptions = {
        title,
        buttonLabel,
        defaultPath: defaultName,
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async confirmReplace({ message, detail, replaceLabel, cancelLabel }) {
      // Cancel is the default and what Escape does: replacing must be chosen.
      const options: MessageBoxOptions = { type: 'warning', message, detail, buttons: [cancelLabel, replaceLabel], defaultId: 0, cancelId: 0, noLink: true };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      return result.response === 1;
    },
  };
}
