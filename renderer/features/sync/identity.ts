/**
 * The sync user is the one working: once the server's roles say who the connected user is,
 * the store learns it (an observer, or a user without a role, is then read-only; a second
 * coder or a supervisor is locked to themselves) and the app's active coder follows, so the
 * screen stops offering what the server would refuse. A supervisor enters review mode
 * (comments only) as their coder; a second coder codes as themselves. The student keeps
 * today's freedom (they may work as any coder).
 */
import type { SyncIdentity } from '../../../shared/sync';
import type { AppStore } from '../../store';

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
