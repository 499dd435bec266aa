/**
 * Who a sync user is in a project, as the app needs to know it. The server reads the roles
 * from the database's security object (`secObj.pilah`), which only admins can read on
 * CouchDB; so `pilah sync init` also copies them into the `_design/pilah` document, which
 * every member can read and only an admin can write (design documents need a database admin,
 * and the VDU never runs for them). The app reads it on connecting and works as that user:
 * a supervisor reviews (comments only) as their coder, a second coder codes as themselves.
 */
import type { PilahRoles } from './validate-doc-update';

export type SyncRole = 'student' | 'supervisor' | 'coder' | 'observer';

export interface SyncIdentity {
  /** The user's role in the project (null: the user has none, the server refuses every write). */
  role: SyncRole | null;
  /** The coder id the user's rows carry (null for the student, who works as the owner). */
  coderId: string | null;
}

/** The roles as `_design/pilah` carries them, or null when it does not (an older set-up). */
export function rolesFromDesignDoc(doc: unknown): PilahRoles | null {
  const roles = (doc as { pilahRoles?: unknown } | null)?.pilahRoles as Partial<PilahRoles> | undefined;
  if (!roles || typeof roles !== 'object') return null;
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const coderIds: Record<string, string> = {};
  for (const [name, id] of Object.entries(roles.coderIds ?? {})) if (typeof id === 'string') coderIds[name] = id;
  return { students: list(roles.students), supervisors: list(roles.supervisors), coders: list(roles.coders), observers: list(roles.observers), coderIds };
}

/** Who `username` is in a project with these roles, checked in the order the VDU checks them. */
export function syncIdentity(roles: PilahRoles, username: string): SyncIdentity {
  const coderId = roles.coderIds[username] ?? username;
  if (roles.students.includes(username)) return { role: 'student', coderId: null };
  if (roles.supervisors.includes(username)) return { role: 'supervisor', coderId };
  if (roles.coders.includes(username)) return { role: 'coder', coderId };
  if (roles.observers.includes(username)) return { role: 'observer', coderId: null };
  return { role: null, coderId: null };
}

/**
 * True when, connected as `identity`, the user may change nothing: an observer, or a user the
 * roles do not name (the server refuses all their writes). Front ends pass it to the action
 * pipeline as `Actor.readOnly`. Null identity (not connected, or roles unknown): false.
 */
export function isReadOnlyIdentity(identity: SyncIdentity | null): boolean {
  return identity !== null && (identity.role === 'observer' || identity.role === null);
}

/** Whether this identity may write only its own codings (a second coder: the server refuses the rest). */
export function isCodingsOnlyIdentity(identity: SyncIdentity | null): boolean {
  return identity?.role === 'coder';
}

/** Who the app keeps working while connected: this coder, in review mode or not. */
export interface WorkLock {
  coderId: string;
  reviewing: boolean;
}

/**
 * Whom the app must keep as the one working while connected as `identity`: a second coder
 * codes only as themselves, a supervisor only reviews as themselves (the server refuses
 * anything else from them). Null: the student, an observer, or no identity — free to choose.
 */
export function workLock(identity: SyncIdentity | null): WorkLock | null {
  if (!identity?.coderId) return null;
  if (identity.role === 'supervisor') return { coderId: identity.coderId, reviewing: true };
  if (identity.role === 'coder') return { coderId: identity.coderId, reviewing: false };
  return null;
}
