/**
 * The rules the server enforces, whatever client writes: CouchDB's validate_doc_update in the
 * project database's `_design/pilah`, reading the roles from the database's security object
 * (`secObj.pilah`), which only an admin can change.
 *
 * - the student (owner) writes everything;
 * - a supervisor writes only comments, and only their own (`authorId` = their coder id);
 * - a second coder writes only codings (segments), and only their own (`coderId`);
 * - observers, and anyone without a role, write nothing;
 * - server admins pass (CouchDB runs the function for them too).
 *
 * A user's coder id in the project is `secObj.pilah.coderIds[name]`, or the user name itself.
 * Ownership is read from the new document first and from the stored one only as a fallback
 * (CouchDB may pass null as oldDoc for a replicated write); a document's type must match its
 * id's prefix, so a coder cannot hide a code behind `type: "segment"`; a transcript's text
 * never changes once stored (every coding's offsets point into it). The messages thrown
 * are codes (`pilah:…`) the clients translate.
 */

/** The roles of one project database, kept in its security object. */
export interface PilahRoles {
  students: string[];
  supervisors: string[];
  coders: string[];
  observers: string[];
  /** CouchDB user name → the coder id their rows carry (absent = the user name). */
  coderIds: Record<string, string>;
}

/** The reasons the server gives for refusing a document (thrown as `{forbidden: reason}`). */
export const DENIAL_REASONS = [
  'pilah:type-mismatch',
  'pilah:text-immutable',
  'pilah:supervisor-comments-only',
  'pilah:not-your-comment',
  'pilah:coder-segments-only',
  'pilah:not-your-coding',
  'pilah:read-only',
  'pilah:no-role',
] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

/** The function's source, as CouchDB stores it (plain ES5, no dependencies). */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = (userCtx && userCtx.roles) || [];
  if (roles.indexOf('_admin') !== -1) return;
  var p = (secObj && secObj.pilah) || {};
  var me = userCtx && userCtx.name;
  var has = function (list) { return !!me && (p[list] || []).indexOf(me) !== -1; };
  var id = String(newDoc._id);
  var prefix = id.indexOf(':') > 0 ? id.slice(0, id.indexOf(':')) : '';
  var type = newDoc.type || (oldDoc && oldDoc.type) || prefix;
  if (type !== prefix) throw({forbidden: 'pilah:type-mismatch'});
  if (type === 'doctext' && oldDoc && !oldDoc._deleted && !newDoc._deleted && newDoc.text !== oldDoc.text) throw({forbidden: 'pilah:text-immutable'});
  if (has('students')) return;
  var mine = (p.coderIds && p.coderIds[me]) || me;
  var owner = function (doc, field) {
    if (!doc) return mine;
    if (doc._deleted && !(field in doc)) return oldDoc ? oldDoc[field] : mine;
    return doc[field];
  };
  if (has('supervisors')) {
    if (type !== 'comment') throw({forbidden: 'pilah:supervisor-comments-only'});
    if (owner(newDoc, 'authorId') !== mine || (oldDoc && oldDoc.authorId !== mine)) throw({forbidden: 'pilah:not-your-comment'});
    return;
  }
  if (has('coders')) {
    if (type !== 'segment') throw({forbidden: 'pilah:coder-segments-only'});
    if (owner(newDoc, 'coderId') !== mine || (oldDoc && oldDoc.coderId !== mine)) throw({forbidden: 'pilah:not-your-coding'});
    return;
  }
  if (has('observers')) throw({forbidden: 'pilah:read-only'});
  throw({forbidden: 'pilah:no-role'});
}`;

/**
 * The design document `pilah sync init` installs. With `roles`, it also carries a copy of them
 * (`pilahRoles`): members can read a design document, not `_security`, so that is how the app
 * learns who its user is (see roles.ts). The server still decides from the security object.
 */
export function pilahDesignDoc(roles?: PilahRoles): { _id: string; language: string; validate_doc_update: string; pilahRoles?: PilahRoles } {
  return { _id: '_design/pilah', language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE, ...(roles ? { pilahRoles: roles } : {}) };
}

/**
 * The database's security object: every role may read (members), and the role map the
 * function above reads. Without members a CouchDB 1.x-style server (pouchdb-server) would let
 * anyone in, so the list is never empty.
 */
export function securityObject(roles: PilahRoles): {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
  pilah: PilahRoles;
} {
  const names = [...new Set([...roles.students, ...roles.supervisors, ...roles.coders, ...roles.observers])];
  return { admins: { names: [], roles: [] }, members: { names, roles: [] }, pilah: roles };
}

/** Whether a server's reason is one of Pilah's rules (else it is shown as the server said it). */
export function isDenialReason(reason: string): reason is DenialReason {
  return (DENIAL_REASONS as readonly string[]).includes(reason);
}
