/**
 * Team sync credentials in main: one small JSON file in the user's data folder, each password
 * encrypted with Electron's safeStorage (the OS keychain / DPAPI / libsecret), never in clear,
 * never in a project file. Plain functions over their ports, so tests need no Electron.
 */
import { chmod, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SyncCredentials } from '../../shared/ipc-contract';
import { writeFileAtomic } from './atomic-write';

/** Electron's safeStorage, as the store needs it. */
export interface EncryptionPort {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** The credentials file (read → null when it does not exist). */
export interface CredentialsFilePort {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

interface StoredEntry {
  url: string;
  username: string;
  /** base64 of safeStorage's ciphertext */
  password: string;
}

export interface CredentialStore {
  save(credentials: SyncCredentials): Promise<boolean>;
  load(projectId: string): Promise<SyncCredentials | null>;
  forget(projectId: string): Promise<void>;
}

export function createCredentialStore(encryption: EncryptionPort, file: CredentialsFilePort): CredentialStore {
  const readAll = async (): Promise<Record<string, StoredEntry>> => {
    const text = await file.read();
    if (!text) return {};
    try {
      const parsed = JSON.parse(text) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, StoredEntry>) : {};
    } catch {
      return {};
    }
  };
  // One write at a time: two saves in a row must not lose either.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    save: (c) =>
      serial(async () => {
        if (!encryption.isEncryptionAvailable()) return false;
        const all = await readAll();
        all[c.projectId] = { url: c.url, username: c.username, password: encryption.encryptString(c.password).toString('base64') };
        await file.write(JSON.stringify(all, null, 2));
        return true;
      }),
    async load(projectId) {
      const entry = (await readAll())[projectId];
      if (!entry || !encryption.isEncryptionAvailable()) return null;
      try {
        return { projectId, url: entry.url, username: entry.username, password: encryption.decryptString(Buffer.from(entry.password, 'base64')) };
      } catch {
        return null; // encrypted by another user or machine: ask for the password again
      }
    },
    forget: (projectId) =>
      serial(async () => {
        const all = await readAll();
        if (!(projectId in all)) return;
        delete all[projectId];
        await file.write(JSON.stringify(all, null, 2));
      }),
  };
}

/** The credentials file on disk, written atomically and readable by this user only. */
export function createCredentialsFile(filePath: string): CredentialsFilePort {
  return {
    async read() {
      try {
        return await readFile(filePath, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(text) {
      await mkdir(path.dirname(filePath), { recursive: true });
      await writeFileAtomic(filePath, new TextEncoder().encode(text));
      await chmod(filePath, 0o600).catch(() => undefined);
    },
  };
}
