/**
 * What pushing a project file to a database writes. A `.qdpx` carries no revisions, so each
 * document is written on top of the server's current revision; documents the server holds
 * with the same content are left alone (no new revision, no conflict for anyone), ids the
 * server holds as deleted are refused (a stale file must not bring back what someone
 * deleted), and documents only the server holds are kept.
 */
import type { SyncDoc } from './docs';

/** The server's answer for one id (`allDocs({keys, include_docs:true})`). */
export interface ServerRow {
  id: string;
  /** Absent: the server has never held it. */
  rev?: string;
  deleted?: boolean;
  doc?: SyncDoc | null;
}

export interface PushPlan {
  /** Documents to write (with `_rev` when they replace one). */
  write: SyncDoc[];
  /** Ids the server holds unchanged. */
  unchanged: string[];
  /** Ids whose winner on the server is a deletion: not written. */
  deletedOnServer: string[];
  /** Ids the server holds in a version written later than the file's: not written. */
  newerOnServer: string[];
}

/** When a version was last written, as far as its row records it ('' when it records nothing). */
export function writtenAt(doc: SyncDoc): string {
  let latest = '';
  for (const field of ['modifiedAt', 'memoAt', 'resolvedAt']) {
    const value = doc[field];
    if (typeof value === 'string' && value > latest) latest = value;
  }
  return latest;
}

/** The content two versions of a document are compared by: fields, and attachments by type and size. */
export function contentOf(doc: SyncDoc): string {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(doc).sort()) if (!key.startsWith('_')) fields[key] = doc[key];
  const attachments: Record<string, unknown> = {};
  for (const [name, a] of Object.entries(doc._attachments ?? {}).sort(([x], [y]) => (x < y ? -1 : 1))) {
    attachments[name] = [a.content_type, a.length ?? (a.data !== undefined ? base64Length(a.data) : null)];
  }
  return JSON.stringify([canonical(fields), attachments]);
}

function base64Length(data: string): number {
  const clean = data.replace(/[^A-Za-z0-9+/=]/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return (clean.length / 4) * 3 - padding;
}

/** Objects with their keys sorted, so field order does not make two equal rows differ. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = canonical((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

export function planPush(local: readonly SyncDoc[], server: readonly ServerRow[]): PushPlan {
  const byId = new Map(server.map((row) => [row.id, row]));
  const plan: PushPlan = { write: [], unchanged: [], deletedOnServer: [], newerOnServer: [] };
  for (const doc of local) {
    const row = byId.get(doc._id);
    if (!row?.rev) {
      plan.write.push(doc);
    } else if (row.deleted) {
      plan.deletedOnServer.push(doc._id);
    } else if (row.doc && contentOf(row.doc) === contentOf(doc)) {
      plan.unchanged.push(doc._id);
    } else if (row.doc && writtenAt(row.doc) > writtenAt(doc)) {
      plan.newerOnServer.push(doc._id);
    } else {
      plan.write.push({ ...doc, _rev: row.rev });
    }
  }
  return plan;
}
