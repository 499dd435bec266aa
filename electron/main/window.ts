import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './window-options';

/** Opens the main window on `url` and shows it once it has painted, without a white flash. */
export function createMainWindow(options: { preloadPath: string; url: string; title: string }): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath, options.title));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
