/** Reading a whole project database (or a replica) as Pilah sees it. */
import { judgeConflict, racedDeletion, type RacedDeletion, type SurfacedConflict, type SyncDoc } from '../../shared/sync';
import type { Database } from './pouch';

/** What a database holds: the winning documents, the conflicts to surface, the deletions an edit beat. */
export interface DatabaseContents {
  docs: SyncDoc[];
  conflicts: SurfacedConflict[];
  racedDeletions: RacedDeletion[];
}

/** Reads every document of a project database (tests compare replicas with it too). */
export async function readDatabase(db: Database): Promise<DatabaseContents> {
  const { rows } = await db.allDocs({ include_docs: true, conflicts: true, attachments: true });
  const docs = rows.map((r) => r.doc).filter((d): d is SyncDoc => !!d && !d._id.startsWith('_design/'));
  const conflicts: SurfacedConflict[] = [];
  for (const doc of docs) {
    if (!doc._conflicts?.length) continue;
    const losers = await Promise.all(doc._conflicts.map((rev) => db.get(doc._id, { rev })));
    const verdict = judgeConflict(doc, losers);
    if (verdict) conflicts.push(verdict);
  }
  const racedDeletions: RacedDeletion[] = [];
  const byId = new Map(docs.map((d) => [d._id, d]));
  const { results } = await db.changes({ style: 'all_docs' });
  for (const change of results) {
    const winner = byId.get(change.id);
    if (!winner || change.changes.length < 2) continue;
    const raced = racedDeletion(winner, change.changes.map((c) => c.rev));
    if (raced) racedDeletions.push(raced);
  }
  return { docs, conflicts, racedDeletions };
}
