import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options. The isolation settings are Electron's defaults today, but they
 * are spelled out so that no upgrade or copy-paste can quietly weaken them.
 */
export function mainWindowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 820,
    // Three panes (codebook, transcript, inspector) stop being usable below this.
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    },
  };
}
