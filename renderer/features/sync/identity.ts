/**
 * The sync user is the one working: once the server's roles say who the connected user is,
 * the store learns it (an observer, or a user without a role, is then read-only; a second
 * coder or a supervisor is locked to themselves) and the app's active coder follows, so the
 * screen stops offering what the server would refuse. A supervisor enters review mode
 * (comments only) as their coder; a second coder codes as themselves. The student keeps
 * today's freedom (they may work as any coder).
 */
import type { SyncIdentity, SyncRole } from '../../../shared/sync';
import type { AppStore } from '../../store';

const KEY = 'pilah.syncIdentity.';
const ROLES: readonly (SyncRole | null)[] = ['student', 'supervisor', 'coder', 'observer', null];

/**
 * Remembers who `username` was in the project when last connected, so the next opening is
 * read-only (or locked) at once — offline, or in the web build while waiting for the password
 * — instead of only once the server answers. The server's answer on connecting replaces it.
 */
export function rememberSyncUser(projectId: string, username: string, identity: SyncIdentity | null): void {
  try {
    if (identity) globalThis.localStorage?.setItem(KEY + projectId, JSON.stringify({ username, role: identity.role, coderId: identity.coderId }));
    else globalThis.localStorage?.removeItem(KEY + projectId);
  } catch {
    // Not remembered on this machine: the identity comes again when the server answers.
  }
}

/** Who `username` was in the project when last connected on this machine, or null. */
export function recallSyncUser(projectId: string, username: string): SyncIdentity | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY + projectId);
    const saved = raw ? (JSON.parse(raw) as { username?: unknown; role?: unknown; coderId?: unknown }) : null;
    if (!saved || saved.username !== username || !ROLES.includes(saved.role as SyncRole | null)) return null;
    return { role: saved.role as SyncRole | null, coderId: typeof saved.coderId === 'string' ? saved.coderId : null };
  } catch {
    return null;
  }
}

export async function followSyncUser(store: { getState(): AppStore }, identity: SyncIdentity): Promise<void> {
  // The identity first: the lock it brings allows exactly the switches made below.
  store.getState().setSyncIdentity(identity);
  const { current, reviewing, activeCoderId } = store.getState();
  if (!current || !identity.coderId) return;
  if (identity.role === 'supervisor') {
    if (reviewing && activeCoderId === identity.coderId) return;
    await store.getState().startReview(identity.coderId);
  } else if (identity.role === 'coder') {
    if (reviewing) await store.getState().endReview();
    store.getState().setActiveCoder(identity.coderId);
  }
}

/** The project is no longer connected (disconnected, closed, or another one opened): the lock lifts. */
export function forgetSyncUser(store: { getState(): AppStore }): void {
  if (store.getState().syncIdentity) store.getState().setSyncIdentity(null);
}
