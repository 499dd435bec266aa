import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from './ipc/handlers';
import { createCredentialsFile, createCredentialStore, type EncryptionPort } from './sync-credentials';

const PROJECT = '3f1c2a9e-7b4d-4c1e-9a2b-5d6e7f809a1b';
const SECRET = 'kata-sandi-rahasia';

/** Stands for safeStorage: reversible, and never leaves the plain text in what it returns. */
const fakeEncryption = (available = true): EncryptionPort => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) => Buffer.from([...Buffer.from(plain, 'utf8')].map((b) => b ^ 0x5a)),
  decryptString: (encrypted) => Buffer.from([...encrypted].map((b) => b ^ 0x5a)).toString('utf8'),
});

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

const handlersOver = (store: ReturnType<typeof createCredentialStore>) =>
  createHandlers({
    dialog: { pickFiles: async () => [], pickSavePath: async () => null, confirmReplace: async () => false },
    files: {} as never,
    backups: {} as never,
    app: { version: '0', platform: 'linux', locale: 'id' },
    language: { get: () => 'id', set: () => undefined },
    credentials: store,
  });

describe('team sync credentials in main', () => {
  it('are kept encrypted on disk and come back for the project after a restart; forgetting removes them', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pilah-cred-'));
    const file = path.join(dir, 'sync-credentials.json');
    const handlers = handlersOver(createCredentialStore(fakeEncryption(), createCredentialsFile(file)));
    const connection = { projectId: PROJECT, url: 'https://couch.kampus.ac.id/pilah-dewi', username: 'dewi', password: SECRET };
    expect(await handlers['sync:save-credentials'](connection)).toBe(true);
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain(SECRET);
    expect(onDisk).toContain('dewi');

    // A new store over the same file, as after restarting the app.
    const again = handlersOver(createCredentialStore(fakeEncryption(), createCredentialsFile(file)));
    expect(await again['sync:load-credentials']({ projectId: PROJECT })).toEqual(connection);
    expect(await again['sync:load-credentials']({ projectId: 'another' })).toBeNull();
    await again['sync:forget-credentials']({ projectId: PROJECT });
    expect(await again['sync:load-credentials']({ projectId: PROJECT })).toBeNull();
    expect(await readFile(file, 'utf8')).not.toContain('dewi');
  });

  it('stores nothing when the OS offers no encryption (the renderer keeps the password for the session)', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pilah-cred-'));
    const file = path.join(dir, 'sync-credentials.json');
    const handlers = handlersOver(createCredentialStore(fakeEncryption(false), createCredentialsFile(file)));
    expect(await handlers['sync:save-credentials']({ projectId: PROJECT, url: 'https://couch.kampus.ac.id/db', username: 'dewi', password: SECRET })).toBe(false);
    await expect(readFile(file, 'utf8')).rejects.toThrow();
    expect(await handlers['sync:load-credentials']({ projectId: PROJECT })).toBeNull();
  });
});
