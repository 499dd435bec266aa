import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './window-options';

/** Opens the main window on `url` and shows it once it has painted, without a white flash. */
export function createMainWindow(options: { preloadPath: string; url: string; title: string }): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath, options.title));
  window.once('ready-to-show', () => window.show());
  // Without this a missing renderer build would leave a running app with no window at all.
  window.webContents.once('did-fail-load', (_event, code, description, url) => {
    console.error(`[pilah] could not load ${url}: ${description} (${code}); was the renderer built (npm run build)?`);
    window.show();
  });
  void window.loadURL(options.url);
  return window;
}
