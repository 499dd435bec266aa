/** Reading a whole project database (or a replica) as Pilah sees it. */
import { judgeConflict, racedDeletion, type RacedDeletion, type SurfacedConflict, type SyncDoc } from '../../shared/sync';
import type { Database } from './pouch';
import { adminRequest, type Credentials, type DatabaseAddress } from './remote';

/** What a database holds: the winning documents, the conflicts to surface, the deletions an edit beat. */
export interface DatabaseContents {
  docs: SyncDoc[];
  conflicts: SurfacedConflict[];
  racedDeletions: RacedDeletion[];
}

/** One row of a `_changes?style=all_docs` feed: every leaf revision of a document. */
interface LeafRow {
  id: string;
  changes: { rev: string }[];
}

/**
 * The contents from every winning document (with `_conflicts`), every document's leaf
 * revisions, and a way to read a losing revision: the same judgement for a server read over
 * HTTP and for a PouchDB database.
 */
async function judgeContents(rows: { doc?: SyncDoc | null }[], leaves: LeafRow[], loser: (id: string, rev: string) => Promise<SyncDoc>): Promise<DatabaseContents> {
  const docs = rows.map((r) => r.doc).filter((d): d is SyncDoc => !!d && !d._id.startsWith('_design/'));
  const conflicts: SurfacedConflict[] = [];
  for (const doc of docs) {
    if (!doc._conflicts?.length) continue;
    const losers = await Promise.all(doc._conflicts.map((rev) => loser(doc._id, rev)));
    const verdict = judgeConflict(doc, losers);
    if (verdict) conflicts.push(verdict);
  }
  const racedDeletions: RacedDeletion[] = [];
  const byId = new Map(docs.map((d) => [d._id, d]));
  for (const change of leaves) {
    const winner = byId.get(change.id);
    if (!winner || change.changes.length < 2) continue;
    const raced = racedDeletion(winner, change.changes.map((c) => c.rev));
    if (raced) racedDeletions.push(raced);
  }
  return { docs, conflicts, racedDeletions };
}

/** Reads every document of a project database (tests compare replicas with it too). */
export async function readDatabase(db: Database): Promise<DatabaseContents> {
  const { rows } = await db.allDocs({ include_docs: true, conflicts: true, attachments: true });
  const { results } = await db.changes({ style: 'all_docs' });
  return judgeContents(rows, results, (id, rev) => db.get(id, { rev }));
}

/**
 * Reads every document of a project database straight from the server (`pilah sync pull`):
 * one `_changes` feed with every document's winning version (its attachments and conflicts)
 * and all its leaf revisions (for deletions an edit beat), plus one read per losing version of
 * a conflict. One feed is the server's work once: an `_all_docs` beside a second `_changes`
 * for the leaves cost the server nearly twice as much, and could disagree if a write came
 * between them. PouchDB's HTTP adapter would read the changes 25 at a time and replicating
 * into a memory database would copy everything twice. Documents come in id order, as
 * `_all_docs` lists them. Errors carry the server's status for `serverFailure`.
 */
export async function readServerDatabase(address: DatabaseAddress, credentials: Credentials): Promise<DatabaseContents> {
  const get = async <T>(path: string): Promise<T> => {
    const { status, json } = await adminRequest(`${address.url}/${path}`, credentials, 'GET');
    if (status >= 300) throw Object.assign(new Error(String(json.reason ?? json.error ?? status)), { status, name: String(json.error ?? 'error') });
    return json as T;
  };
  const feed = await get<{ results: (LeafRow & { deleted?: boolean; doc?: SyncDoc | null })[] }>('_changes?style=all_docs&include_docs=true&conflicts=true&attachments=true');
  // A deleted document is a tombstone: `_all_docs` leaves it out, and so does the project.
  const rows = feed.results.filter((row) => !row.deleted && row.doc && !row.doc._deleted).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return judgeContents(rows, rows, (id, rev) => get<SyncDoc>(`${encodeURIComponent(id)}?rev=${encodeURIComponent(rev)}`));
}
