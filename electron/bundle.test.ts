/**
 * The shipped bundles, built for real by scripts/build-electron.mjs and run in Node against a
 * fake `electron` module (the Electron binary cannot run here).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, bridgeName } from '../shared/ipc-contract';

let outdir: string;
beforeAll(async () => {
  outdir = await mkdtemp(path.join(tmpdir(), 'pilah-electron-build-'));
  const result = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', outdir], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 60_000);
afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

/** Runs a CommonJS bundle with `electron` replaced by `fakeElectron`; any other module is refused unless allowed. */
function runBundle(file: string, code: string, fakeElectron: unknown, allowNodeBuiltins: boolean): void {
  const realRequire = createRequire(file);
  const requireFake = (id: string) => {
    if (id === 'electron') return fakeElectron;
    if (allowNodeBuiltins && id.startsWith('node:')) return realRequire(id) as unknown;
    throw new Error(`the bundle required "${id}"`);
  };
  const module = { exports: {} };
  const wrapper = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, {
    filename: file,
  }) as (...args: unknown[]) => void;
  wrapper(module.exports, requireFake, module, file, path.dirname(file));
}

describe('preload bundle', () => {
  function loadPreload() {
    const exposed = new Map<string, Record<string, unknown>>();
    const ipcRenderer = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
      ipcRenderer,
    };
    return { exposed, ipcRenderer, fakeElectron };
  }

  it('is one file that needs nothing but electron, and exposes exactly window.pilah with one function per channel', async () => {
    const file = path.join(outdir, 'preload.cjs');
    const { exposed, fakeElectron } = loadPreload();
    runBundle(file, await readFile(file, 'utf8'), fakeElectron, false);

    expect([...exposed.keys()]).toEqual(['pilah']);
    const api = exposed.get('pilah')!;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS.map(bridgeName), 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/invoke|send|ipcRenderer/);
  });

  it('forwards calls to their channel and turns an error reply into a rejected promise with the message', async () => {
    const file = path.join(outdir, 'preload.cjs');
    const { exposed, ipcRenderer, fakeElectron } = loadPreload();
    runBundle(file, await readFile(file, 'utf8'), fakeElectron, false);
    const api = exposed.get('pilah') as Record<string, (...args: unknown[]) => Promise<unknown>>;

    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [] });
    expect(await api.backupList!({ projectId: 'p' })).toEqual([]);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('backup:list', { projectId: 'p' });

    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, message: 'Berkas "x.docx" terlalu besar.' });
    await expect(api.transcriptsPick!()).rejects.toThrow('Berkas "x.docx" terlalu besar.');
  });

  it('delivers menu commands until unsubscribed', async () => {
    const file = path.join(outdir, 'preload.cjs');
    const { exposed, ipcRenderer, fakeElectron } = loadPreload();
    runBundle(file, await readFile(file, 'utf8'), fakeElectron, false);
    const api = exposed.get('pilah') as { onMenuCommand(listener: (c: string) => void): () => void };

    const seen: string[] = [];
    const unsubscribe = api.onMenuCommand((c) => seen.push(c));
    const [channel, forward] = ipcRenderer.on.mock.calls[0] as [string, (e: unknown, p: unknown) => void];
    expect(channel).toBe('menu:command');
    forward({}, { command: 'edit:undo' });
    expect(seen).toEqual(['edit:undo']);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', forward);
  });
});

/** Runs main.cjs against a fake Electron and records what it does. */
async function startMain(options: { isPackaged: boolean; devServerUrl?: string }) {
  const calls: string[] = [];
  const windows: { options: Record<string, unknown>; url?: string }[] = [];
  const menus: unknown[] = [];
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  class FakeWindow {
    webContents = { send: vi.fn(), once: vi.fn() };
    entry: { options: Record<string, unknown>; url?: string };
    constructor(options: Record<string, unknown>) {
      this.entry = { options };
      windows.push(this.entry);
    }
    static getFocusedWindow = () => null;
    static getAllWindows = () => windows;
    once() {}
    on() {}
    async loadURL(url: string) {
      this.entry.url = url;
    }
  }
  const handled: string[] = [];
  const fakeElectron = {
    app: {
      isPackaged: options.isPackaged,
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      exit: vi.fn(),
      on: vi.fn(),
      whenReady: () => whenReady,
      getPath: () => path.join(outdir, 'userData'),
      getVersion: () => '0.1.0',
      getLocale: () => 'id',
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => calls.push(`privileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string) => calls.push(`handle ${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('permission requests denied'),
        setPermissionCheckHandler: () => calls.push('permission checks denied'),
      },
    },
    ipcMain: { handle: (channel: string) => handled.push(channel) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        menus.push(menu);
        calls.push('menu');
      },
    },
    BrowserWindow: FakeWindow,
    shell: { openExternal: vi.fn() },
    dialog: {},
  };

  const file = path.join(outdir, 'main.cjs');
  const saved = process.env.VITE_DEV_SERVER_URL;
  if (options.devServerUrl) process.env.VITE_DEV_SERVER_URL = options.devServerUrl;
  else delete process.env.VITE_DEV_SERVER_URL;
  try {
    runBundle(file, await readFile(file, 'utf8'), fakeElectron, true);
  } finally {
    if (saved === undefined) delete process.env.VITE_DEV_SERVER_URL;
    else process.env.VITE_DEV_SERVER_URL = saved;
  }
  const callsBeforeReady = [...calls];
  ready();
  await vi.waitFor(() => expect(windows).toHaveLength(1));
  return { callsBeforeReady, calls, windows, handled, menus, fakeElectron };
}

describe('main bundle', () => {
  it('registers the app scheme before ready, then serves it, handles every channel and opens a sandboxed window on app://pilah', async () => {
    const { callsBeforeReady, calls, windows, handled, fakeElectron } = await startMain({ isPackaged: true });
    expect(callsBeforeReady).toEqual([
      'privileged [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true,"codeCache":true}}]',
      'enableSandbox',
    ]);
    expect(fakeElectron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    expect(calls.slice(2)).toEqual(['permission requests denied', 'permission checks denied', 'handle app', 'menu']);
    expect(handled.sort()).toEqual([...CHANNELS].sort());
    expect(windows[0]!.url).toBe('app://pilah/index.html');
    expect(windows[0]!.options.webPreferences).toMatchObject({
      preload: path.join(outdir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('ignores VITE_DEV_SERVER_URL in the packaged app', async () => {
    const { windows } = await startMain({ isPackaged: true, devServerUrl: 'http://localhost:5173/' });
    expect(windows[0]!.url).toBe('app://pilah/index.html');
  });

  it('loads the dev server in a development checkout, with developer tools in the menu', async () => {
    const { windows, menus } = await startMain({ isPackaged: false, devServerUrl: 'http://localhost:5173/' });
    expect(windows[0]!.url).toBe('http://localhost:5173/');
    expect(JSON.stringify(menus[0])).toContain('"role":"toggleDevTools"');
  });
});
