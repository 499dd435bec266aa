import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc-contract';
import type { Locale } from '../../shared/model/types';
import { translate } from '../../shared/i18n';
import type { AppStringKey } from './user-error';

export interface MenuContext {
  locale: Locale;
  /** Development builds get reload and developer tools. */
  isDev: boolean;
  isMac: boolean;
  /** Sends a command to the renderer, which owns the project and the undo history. */
  send(command: MenuCommand): void;
  /** The user picked a language in the menu. */
  chooseLanguage(locale: Locale): void;
}

/**
 * The application menu in the user's language. Project commands and undo/redo are sent to the
 * renderer; clipboard items use Electron's roles so they work in every text field.
 */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const label = (key: AppStringKey) => translate(context.locale, `app:${key}`);
  const command = (key: AppStringKey, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: label(key),
    click: () => context.send(name),
    ...(accelerator ? { accelerator } : {}),
  });
  // The renderer handles Ctrl+Z itself (in the browser build too, and so that text fields keep
  // their own undo); the menu shows the shortcut without taking the key away from the page.
  // macOS ignores registerAccelerator and always routes the key through the menu.
  const undoRedo = (key: AppStringKey, name: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    ...command(key, name, accelerator),
    registerAccelerator: false,
  });
  const language = (key: AppStringKey, locale: Locale): MenuItemConstructorOptions => ({
    label: label(key),
    type: 'radio',
    checked: context.locale === locale,
    click: () => {
      context.chooseLanguage(locale);
      context.send(locale === 'id' ? 'view:language-id' : 'view:language-en');
    },
  });

  const file: MenuItemConstructorOptions = {
    label: label('menuFile'),
    submenu: [
      command('menuNewProject', 'project:new', 'CmdOrCtrl+N'),
      command('menuOpenProjectFile', 'project:open-file', 'CmdOrCtrl+O'),
      command('menuSaveProjectFileAs', 'project:save-file', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command('menuImportTranscripts', 'transcripts:import', 'CmdOrCtrl+I'),
      command('menuConnectServer', 'sync:connect'),
      // On macOS, Quit lives in the application menu.
      ...(context.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: label('menuQuit') } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: label('menuEdit'),
    submenu: [
      undoRedo('menuUndo', 'edit:undo', 'CmdOrCtrl+Z'),
      undoRedo('menuRedo', 'edit:redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut', label: label('menuCut') },
      { role: 'copy', label: label('menuCopy') },
      { role: 'paste', label: label('menuPaste') },
      { role: 'selectAll', label: label('menuSelectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: label('menuView'),
    submenu: [
      { label: label('menuLanguage'), submenu: [language('languageIndonesian', 'id'), language('languageEnglish', 'en')] },
      ...(context.isDev
        ? [
            { type: 'separator' } as const,
            { role: 'reload', label: label('menuReload') } as const,
            { role: 'toggleDevTools', label: label('menuDevTools') } as const,
          ]
        : []),
    ],
  };
  return [...(context.isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view];
}
