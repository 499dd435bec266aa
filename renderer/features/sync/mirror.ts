/**
 * The app's side of team sync (a first sketch, issue 12): every changeset the store has
 * stored in Dexie is mirrored into a local PouchDB replica of the project's database, which
 * PouchDB's replication then carries to the server and back. Dexie stays the app's store;
 * the replica only ever receives what was already committed, so the app without a server
 * works exactly as before. Not wired into the store yet: the hook is one call,
 * `mirror.record(before, forward)`, after `storage().applyChangeset` succeeds.
 */
import type { Changeset, ProjectState } from '../../../shared/model/changeset';
import type { ProjectSnapshot } from '../../../shared/model/types';
import { docsForChangeset, snapshotFromDocs, type SyncDoc } from '../../../shared/sync';

/** What mirroring one changeset did. */
export interface MirrorResult {
  /** Documents written to the replica. */
  written: number;
  /** Documents the replica refused (id and reason); a conflict means it changed meanwhile. */
  failed: { id: string; reason: string }[];
  /** The revision each written document got (so the changes feed can tell them from arrivals). */
  revs: { id: string; rev: string }[];
}

/** The small part of a PouchDB database the mirror uses (any adapter: idb in the app, memory in tests). */
export interface ReplicaDatabase {
  allDocs(options: { keys: string[] }): Promise<{ rows: ({ key: string; value?: { rev: string; deleted?: boolean }; error?: string } | object)[] }>;
  allDocs(options: { include_docs: true; attachments: true }): Promise<{ rows: { id: string; doc?: object | null }[] }>;
  bulkDocs(docs: object[]): Promise<({ ok?: boolean; id?: string; error?: unknown; name?: string; message?: string } | object)[]>;
}

/**
 * Writes the documents of one stored changeset into the replica, each on top of the revision
 * the replica holds: a deletion becomes a tombstone keeping type and owner (so the server's
 * rules can read them), undoing a deletion writes on top of the tombstone, and a row the
 * replica never held is not deleted twice.
 */
export async function mirrorChangeset(replica: ReplicaDatabase, before: ProjectState, changeset: Changeset): Promise<MirrorResult> {
  const docs = docsForChangeset(before, changeset);
  if (docs.length === 0) return { written: 0, failed: [], revs: [] };
  const { rows } = await replica.allDocs({ keys: docs.map((d) => d._id) });
  const held = new Map<string, { rev: string; deleted?: boolean }>();
  for (const row of rows as { key: string; value?: { rev: string; deleted?: boolean } }[]) if (row.value) held.set(row.key, row.value);
  const writes: SyncDoc[] = [];
  for (const doc of docs) {
    const current = held.get(doc._id);
    if (doc._deleted) {
      if (current && !current.deleted) writes.push({ ...doc, _rev: current.rev });
    } else if (current && !current.deleted) {
      writes.push({ ...doc, _rev: current.rev });
    } else {
      // New, or brought back by an undo: PouchDB continues the deleted branch.
      writes.push(doc);
    }
  }
  if (writes.length === 0) return { written: 0, failed: [], revs: [] };
  const results = (await replica.bulkDocs(writes)) as { ok?: boolean; id?: string; rev?: string; error?: unknown; name?: string; message?: string }[];
  const failed = results.filter((r) => r.error).map((r) => ({ id: String(r.id), reason: String(r.message ?? r.name ?? r.error) }));
  const revs = results.filter((r) => !r.error && r.rev).map((r) => ({ id: String(r.id), rev: String(r.rev) }));
  return { written: results.length - failed.length, failed, revs };
}

/** The project the replica holds (its winning versions), as the app would load it into Dexie. */
export async function snapshotFromReplica(replica: ReplicaDatabase): Promise<ProjectSnapshot> {
  const { rows } = await replica.allDocs({ include_docs: true, attachments: true });
  const docs = rows.map((r) => r.doc as SyncDoc | null | undefined).filter((d): d is SyncDoc => !!d && !d._id.startsWith('_design/'));
  return snapshotFromDocs(docs);
}
