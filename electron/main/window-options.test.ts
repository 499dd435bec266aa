import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options';

describe('main window options', () => {
  it('isolates the page: context isolation, sandbox, no Node, no webview, web security on', () => {
    const options = mainWindowOptions('/app/build/electron/preload.cjs', 'Pilah');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/build/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('starts hidden (shown when ready) with a minimum size for the three panes', () => {
    const options = mainWindowOptions('/p.cjs', 'Pilah');
    expect(options).toMatchObject({ show: false, minWidth: 960, minHeight: 600, title: 'Pilah' });
  });
});
