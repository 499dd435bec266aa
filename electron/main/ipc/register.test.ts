import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc-contract';
import { translate } from '../../../shared/i18n';
import type { IpcReply } from '../../common/ipc-reply';
import { isAppUrl } from '../app-origin';
import { UserError } from '../user-error';
import type { Handlers } from './handlers';
import { registerIpc, type InvokeEventLike, type IpcMainLike } from './register';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<IpcReply<unknown>>;

const PROJECT = '3f1c2a9e-7b4d-4c1e-9a2b-5d6e7f809a1b';
const APP_PAGE: InvokeEventLike = { senderFrame: { url: 'app://pilah/index.html' } };

function fakeHandlers(): Handlers {
  return {
    'transcripts:pick': vi.fn(async () => []),
    'project:open-file': vi.fn(async () => null),
    'project:save-file': vi.fn(async () => 'skripsi.qdpx'),
    'file:open': vi.fn(async () => null),
    'file:save': vi.fn(async () => 'lampiran.docx'),
    'backup:write': vi.fn(async ({ projectId, title, bytes }) => ({
      id: '2026-11-23T13-00-00-000Z.qdpx',
      projectId,
      title,
      createdAt: '2026-11-23T13:00:00.000Z',
      size: bytes.byteLength,
    })),
    'backup:list': vi.fn(async () => []),
    'backup:read': vi.fn(async () => new Uint8Array([1])),
    'app:info': vi.fn(async () => ({ version: '0.1.0', platform: 'linux', locale: 'id' })),
    'app:set-locale': vi.fn(async () => undefined),
    'sync:save-credentials': vi.fn(async () => true),
    'sync:load-credentials': vi.fn(async () => null),
    'sync:forget-credentials': vi.fn(async () => undefined),
  };
}

function setup(devServerUrl?: string) {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const handlers = fakeHandlers();
  const log = vi.fn();
  registerIpc(ipcMain, handlers, {
    isTrustedSender: (url) => isAppUrl(url, devServerUrl),
    message: (key, values) => translate('en', `app:${key}`, values),
    log,
  });
  const invoke = (channel: string, event: InvokeEventLike, ...args: unknown[]) => listeners.get(channel)!(event, ...args);
  return { listeners, handlers, log, invoke };
}

const refused = { ok: false, message: 'The app refused a malformed request. Reload the window and try again.' };

describe('registerIpc', () => {
  it('handles every channel of the contract and nothing else', () => {
    expect([...setup().listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers a request from the app page with the handler result', async () => {
    const { invoke, handlers } = setup();
    const bytes = new Uint8Array([1, 2, 3]);
    const reply = await invoke('backup:write', APP_PAGE, { projectId: PROJECT, title: 'Skripsi', bytes });
    expect(reply).toEqual({ ok: true, value: expect.objectContaining({ projectId: PROJECT, size: 3 }) });
    expect(handlers['backup:write']).toHaveBeenCalledWith({ projectId: PROJECT, title: 'Skripsi', bytes });
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['a file page', 'file:///home/sri/evil.html'],
    ['a look-alike host', 'app://pilah.evil/index.html'],
    ['the dev server when none is in use', 'http://localhost:5173/'],
    ['a destroyed frame', null],
  ])('refuses a request from %s without running the handler', async (_label, url) => {
    const { invoke, handlers, log } = setup();
    const event: InvokeEventLike = { senderFrame: url === null ? null : { url } };
    expect(await invoke('app:info', event)).toEqual(refused);
    expect(handlers['app:info']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('accepts the dev server page while one is in use', async () => {
    const { invoke } = setup('http://localhost:5173/');
    expect(await invoke('app:info', { senderFrame: { url: 'http://localhost:5173/index.html' } })).toMatchObject({ ok: true });
  });

  it.each([
    ['backup:list', [{ projectId: '../../etc' }]],
    ['backup:list', [{ projectId: PROJECT, extra: 1 }]],
    ['backup:list', []],
    ['backup:read', [{ projectId: PROJECT, id: '../other/2026-11-23T13-00-00-000Z.qdpx' }]],
    ['backup:write', [{ projectId: PROJECT, title: 'x', bytes: 'not bytes' }]],
    ['backup:write', [{ projectId: PROJECT, title: 'x', bytes: [1, 2, 3] }]],
    ['backup:write', [{ projectId: PROJECT, title: 'x', bytes: new Uint8Array() }]],
    ['backup:write', [{ projectId: PROJECT, title: 'x'.repeat(5000), bytes: new Uint8Array([1]) }]],
    ['project:save-file', [{ suggestedName: 42, bytes: new Uint8Array([1]) }]],
    ['project:save-file', [{ suggestedName: 'x', bytes: new Uint8Array([1]), path: '/etc/passwd' }]],
    ['transcripts:pick', ['/home/sri/secret.docx']],
    ['app:set-locale', [{ locale: 'fr' }]],
    ['app:set-locale', [null]],
  ])('refuses malformed arguments to %s: %j', async (channel, args) => {
    const { invoke, handlers } = setup();
    expect(await invoke(channel, APP_PAGE, ...args)).toEqual(refused);
    expect(handlers[channel as keyof Handlers]).not.toHaveBeenCalled();
  });

  it("turns a handler's UserError into its message in the user's language", async () => {
    const { invoke, handlers } = setup();
    vi.mocked(handlers['transcripts:pick']).mockRejectedValueOnce(
      new UserError('errorFileTooLarge', { name: 'besar.docx', size: 250, limit: 200 }),
    );
    expect(await invoke('transcripts:pick', APP_PAGE)).toEqual({
      ok: false,
      message: 'The file "besar.docx" is too large (250 MB). Pilah opens files of up to 200 MB.',
    });
  });

  it('hides an unexpected error behind a plain message, with no stack or path, and logs it', async () => {
    const { invoke, handlers, log } = setup();
    const boom = new Error('EIO: i/o error, open /home/sri/.config/Pilah/secret');
    vi.mocked(handlers['backup:list']).mockRejectedValueOnce(boom);
    const reply = await invoke('backup:list', APP_PAGE, { projectId: PROJECT });
    expect(reply).toEqual({
      ok: false,
      message: 'Something unexpected went wrong. Try again; if it happens again, save the project file and restart Pilah.',
    });
    expect(JSON.stringify(reply)).not.toContain('/home/sri');
    expect(log).toHaveBeenCalledWith('IPC backup:list failed', boom);
  });
});
