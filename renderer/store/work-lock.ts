/**
 * Team sync: while a project is connected, the server's roles decide who may work. A second
 * coder works only as themselves; a supervisor reviews only as themselves and cannot leave
 * review mode (the server would refuse everything else they wrote). The store refuses the
 * switch with a sentence; disconnecting the project (no identity) lifts the lock.
 */
import { translate } from '../../shared/i18n';
import { workLock } from '../../shared/sync';
import type { AppStore } from './types';

type Change = { kind: 'choose'; coderId: string | null } | { kind: 'startReview'; coderId: string } | { kind: 'endReview' };

/** The sentence saying why the connected user cannot make this change, or null when they can. */
export function lockedWorkRefusal(state: Pick<AppStore, 'syncIdentity' | 'current' | 'locale'>, change: Change): string | null {
  const lock = workLock(state.syncIdentity);
  if (!lock) return null;
  const allowed =
    change.kind === 'choose' ? change.coderId === lock.coderId : change.kind === 'startReview' ? lock.reviewing && change.coderId === lock.coderId : !lock.reviewing;
  if (allowed) return null;
  // A coder id the project has no row for yet is the server's user name: show that.
  const name = (state.current && Object.hasOwn(state.current.coders, lock.coderId) ? state.current.coders[lock.coderId]?.name : undefined) ?? lock.coderId;
  return translate(state.locale, lock.reviewing ? 'review:refused.locked-reviewer' : 'review:refused.locked-coder', { name });
}
