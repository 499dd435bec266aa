/**
 * Where a project is connected and with whose credentials. The address (server URL and user
 * name) is remembered per project in the browser's storage, never in the project file; the
 * password never in clear: in the desktop app main keeps it encrypted with the OS's protection
 * (Electron's safeStorage, behind the IPC contract), in the web build only in this page's
 * memory for the session.
 */
import { api, isDesktop } from '../../lib/api';
import type { SyncAddress } from './sync-store';

export interface SyncConnection extends SyncAddress {
  password: string;
}

const key = (projectId: string) => `pilah.sync.${projectId}`;
const seqKey = (projectId: string) => `pilah.sync.${projectId}.seq`;
const sessionPasswords = new Map<string, string>();

export function loadAddress(projectId: string): SyncAddress | null {
  try {
    const raw = globalThis.localStorage?.getItem(key(projectId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<SyncAddress>;
    return typeof parsed.url === 'string' && typeof parsed.username === 'string' ? { url: parsed.url, username: parsed.username } : null;
  } catch {
    return null;
  }
}

function saveAddress(projectId: string, address: SyncAddress | null): void {
  try {
    if (address) globalThis.localStorage?.setItem(key(projectId), JSON.stringify({ url: address.url, username: address.username }));
    else {
      globalThis.localStorage?.removeItem(key(projectId));
      globalThis.localStorage?.removeItem(seqKey(projectId));
    }
  } catch {
    // Storage blocked: the connection lasts for this session only.
  }
}

/** The password for a connected project, or null when the student must log in again. */
export async function loadPassword(projectId: string, address: SyncAddress): Promise<string | null> {
  const inMemory = sessionPasswords.get(projectId);
  if (inMemory !== undefined) return inMemory;
  if (!isDesktop) return null;
  const stored = await api.syncLoadCredentials({ projectId }).catch(() => null);
  return stored && stored.url === address.url && stored.username === address.username ? stored.password : null;
}

export async function saveConnection(projectId: string, connection: SyncConnection): Promise<void> {
  saveAddress(projectId, connection);
  sessionPasswords.set(projectId, connection.password);
  if (isDesktop) await api.syncSaveCredentials({ projectId, ...connection }).catch(() => undefined);
}

export async function forgetConnection(projectId: string): Promise<void> {
  saveAddress(projectId, null);
  sessionPasswords.delete(projectId);
  if (isDesktop) await api.syncForgetCredentials({ projectId }).catch(() => undefined);
}

/** The last change of the local replica already applied to the project. */
export function loadSeq(projectId: string): string | number | null {
  try {
    const raw = globalThis.localStorage?.getItem(seqKey(projectId));
    return raw ? (JSON.parse(raw) as string | number) : null;
  } catch {
    return null;
  }
}

export function saveSeq(projectId: string, seq: string | number): void {
  try {
    globalThis.localStorage?.setItem(seqKey(projectId), JSON.stringify(seq));
  } catch {
    // Without it the next start re-reads the changes; applying them again changes nothing.
  }
}

/** Why a connection could not be made, as an i18n key of `teamSync` with its values. */
export interface ConnectionProblem {
  key: string;
  values?: Record<string, string>;
}

const DB_NAME = /^[a-z][a-z0-9_$()+\-/]*$/;

/** Checks the address the student typed: a full http(s) URL naming one database. */
export function checkAddress(url: string): ConnectionProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { key: 'dialog.badUrl' };
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username || parsed.password) return { key: 'dialog.badUrl' };
  const db = decodeURIComponent(parsed.pathname.replace(/^\/+|\/+$/g, ''));
  if (!db) return { key: 'dialog.badUrl' };
  if (!DB_NAME.test(db)) return { key: 'dialog.badDb', values: { db } };
  return null;
}

const basic = (text: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** The project a database holds (its `project:<id>` document), or null when it holds none yet. */
export interface ServerProject {
  id: string;
  title: string;
}

/**
 * Asks the server whether this user may read the database, and which project it holds:
 * `{ problem }` when it cannot be used, else `{ project }` (null for an empty database).
 */
export async function probeConnection(connection: SyncConnection): Promise<{ problem: ConnectionProblem } | { project: ServerProject | null }> {
  const url = connection.url.trim().replace(/\/+$/, '');
  const query = `startkey=${encodeURIComponent('"project:"')}&endkey=${encodeURIComponent('"project:\ufff0"')}&include_docs=true`;
  let response: Response;
  try {
    response = await fetch(`${url}/_all_docs?${query}`, {
      headers: { authorization: `Basic ${basic(`${connection.username}:${connection.password}`)}`, accept: 'application/json' },
      credentials: 'omit',
    });
  } catch (err) {
    return { problem: { key: 'dialog.unreachable', values: { detail: err instanceof Error ? err.message : String(err) } } };
  }
  if (response.status === 401) return { problem: { key: 'dialog.refused' } };
  if (response.status === 403 || response.status === 404) return { problem: { key: 'dialog.noDatabase' } };
  if (!response.ok) return { problem: { key: 'dialog.unreachable', values: { detail: `HTTP ${response.status}` } } };
  const body = (await response.json().catch(() => ({}))) as { rows?: { doc?: { id?: unknown; title?: unknown } | null }[] };
  const doc = body.rows?.find((r) => r.doc && typeof r.doc.id === 'string')?.doc;
  return { project: doc ? { id: String(doc.id), title: typeof doc.title === 'string' ? doc.title : '' } : null };
}
