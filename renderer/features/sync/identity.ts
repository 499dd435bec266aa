/**
 * The sync user is the one working: once the server's roles say who the connected user is,
 * the app's active coder follows, so the screen stops offering what the server would refuse.
 * A supervisor enters review mode (comments only) as their coder; a second coder codes as
 * themselves. The student, an observer or a user without a role changes nothing here (the
 * student may work as any coder; the server refuses an observer's writes, reported as today).
 */
import type { SyncIdentity } from '../../../shared/sync';
import type { AppStore } from '../../store';

export async function followSyncUser(store: { getState(): AppStore }, identity: SyncIdentity): Promise<void> {
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
