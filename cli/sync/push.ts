/**
 * Pushing a project's documents to a database as a client without revisions (a `.qdpx`):
 * read the server's current revisions, write only what differs, on top of them, and say per
 * document what the server refused.
 */
import { planPush, type PushPlan, type ServerRow, type SyncDoc } from '../../shared/sync';
import type { BulkResult, Database } from './pouch';

/** Documents per request: small enough for big transcripts, few enough requests for 10,000 segments. */
const BATCH = 500;

export interface PushOutcome {
  plan: PushPlan;
  /** Documents written. */
  written: number;
  /** Documents the server's rules refused, with the server's reason (`pilah:…` for Pilah's rules). */
  denied: { id: string; reason: string }[];
  /** Documents another client changed between the read and the write (not written). */
  changed: string[];
  /** Documents refused for another reason. */
  failed: { id: string; reason: string }[];
}

/** The reason of a refused `bulkDocs` row, or null when it was written. */
function refusal(result: BulkResult): { kind: 'denied' | 'conflict' | 'other'; reason: string } | null {
  if (result.ok || (!result.error && result.rev)) return null;
  const name = typeof result.error === 'string' ? result.error : (result.name ?? '');
  const reason = result.reason ?? result.message ?? name;
  if (name === 'forbidden' || name === 'unauthorized') return { kind: 'denied', reason };
  if (name === 'conflict') return { kind: 'conflict', reason };
  return { kind: 'other', reason };
}

export async function pushDocs(remote: Database, docs: readonly SyncDoc[]): Promise<PushOutcome> {
  const server: ServerRow[] = [];
  for (let i = 0; i < docs.length; i += BATCH) {
    const { rows } = await remote.allDocs({ keys: docs.slice(i, i + BATCH).map((d) => d._id), include_docs: true });
    for (const row of rows) server.push({ id: row.key, rev: row.value?.rev, deleted: row.value?.deleted, doc: row.doc ?? null });
  }
  const plan = planPush(docs, server);
  const outcome: PushOutcome = { plan, written: 0, denied: [], changed: [], failed: [] };
  for (let i = 0; i < plan.write.length; i += BATCH) {
    const batch = plan.write.slice(i, i + BATCH);
    const results = await remote.bulkDocs(batch);
    results.forEach((result, n) => {
      const id = result.id ?? batch[n]!._id;
      const refused = refusal(result);
      if (!refused) outcome.written++;
      else if (refused.kind === 'conflict') outcome.changed.push(id);
      else if (refused.kind === 'denied') outcome.denied.push({ id, reason: refused.reason });
      else outcome.failed.push({ id, reason: refused.reason });
    });
  }
  return outcome;
}
