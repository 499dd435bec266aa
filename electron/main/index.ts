/**
 * Pilah's main process: start-up wiring only. Project data never lives here — the renderer
 * builds project files with shared/ and hands main bytes to write.
 */
import { BrowserWindow, Menu, app, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import path from 'node:path';
import type { MenuCommand } from '../../shared/ipc-contract';
import { translate } from '../../shared/i18n';
import { MENU_COMMAND_EVENT } from '../common/ipc-reply';
import { APP_ENTRY_URL, devServerUrlFrom, isAppUrl } from './app-origin';
import { createBackupStore } from './backups';
import { createDialogPort } from './dialogs';
import { createFilePort } from './files';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { createLanguageState } from './language';
import { buildMenuTemplate } from './menu';
import { appPaths } from './paths';
import { APP_SCHEME_DEFINITION, serveApp } from './protocol';
import { createMainWindow } from './window';
import { denyAllPermissions, installSecurity } from './security';
import { createCredentialsFile, createCredentialStore } from './sync-credentials';

const devServerUrl = devServerUrlFrom(process.env.VITE_DEV_SERVER_URL, app.isPackaged);
const paths = appPaths(__dirname);

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
app.enableSandbox();
// Groups the windows under the installed app's taskbar entry on Windows.
if (process.platform === 'win32') app.setAppUserModelId('id.pilah.app');

// One instance only: two would write the same IndexedDB and backups at once.
if (!app.requestSingleInstanceLock()) app.quit();
else start();

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  const language = createLanguageState(() => refreshMenu());

  installSecurity(app, { devServerUrl, openExternal: (url) => shell.openExternal(url) });

  function send(command: MenuCommand): void {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    target?.webContents.send(MENU_COMMAND_EVENT, { command });
  }

  function refreshMenu(): void {
    const template = buildMenuTemplate({
      locale: language.get(),
      isDev: !app.isPackaged,
      isMac: process.platform === 'darwin',
      send,
      chooseLanguage: (locale) => language.set(locale),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function openWindow(): BrowserWindow {
    const window = createMainWindow({
      preloadPath: paths.preload,
      url: devServerUrl ?? APP_ENTRY_URL,
      title: translate(language.get(), 'app:title'),
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    return window;
  }

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession);
      serveApp(protocol, paths.rendererRoot);
      const handlers = createHandlers({
        dialog: createDialogPort(),
        files: createFilePort(),
        backups: createBackupStore(path.join(app.getPath('userData'), 'backups')),
        app: { version: app.getVersion(), platform: process.platform, locale: app.getLocale() },
        language,
        credentials: createCredentialStore(safeStorage, createCredentialsFile(path.join(app.getPath('userData'), 'sync-credentials.json'))),
      });
      registerIpc(ipcMain, handlers, {
        isTrustedSender: (url) => isAppUrl(url, devServerUrl),
        message: (key, values) => translate(language.get(), `app:${key}`, values),
        log: (message, detail) => console.error(`[pilah] ${message}`, detail ?? ''),
      });
      refreshMenu();
      mainWindow = openWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('[pilah] start-up failed', error);
      app.exit(1);
    });
}
