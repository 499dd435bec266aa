/**
 * A server restart in the middle of live replication: the student's laptop and the campus PC
 * replicate continuously through the project's database (its rules and roles in place); the
 * server goes down while both keep working, then comes back. Every document written on
 * either machine arrives everywhere exactly once (one revision, no conflict, nothing
 * re-written), and both machines and the server hold the same documents and the same tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateFromSnapshot, type ProjectState } from '../shared/model/changeset';
import type { Segment } from '../shared/model/types';
import { CODE, DOCUMENT, PROJECT_ID, realisticProject } from '../shared/refi/testing/realistic-project';
import { docsForChangeset, snapshotFromDocs, snapshotToDocs, type PilahRoles, type SyncDoc } from '../shared/sync';
import { pouch, remoteDatabase, type Database, type Replication } from './sync/pouch';
import { pushDocs } from './sync/push';
import { readDatabase } from './sync/read-database';
import { initProjectDatabase, parseDatabaseAddress } from './sync/remote';
import { startRestartableServer, type RestartableServer } from './testing/in-process-server';
import { ADMIN, createUser } from './testing/sync-server';

const DEWI = { username: 'dewi', password: 'pw-dewi' };
const ROLES: PilahRoles = { students: ['dewi'], supervisors: [], coders: [], observers: [], coderIds: {} };
const NOW = '2026-10-02T09:00:00.000Z';

let server: RestartableServer;
let url: string;

beforeAll(async () => {
  server = await startRestartableServer();
  await createUser({ url: server.url, stop: async () => undefined }, DEWI.username, DEWI.password);
  url = `${server.url}/pilah-restart`;
  await initProjectDatabase(parseDatabaseAddress(url, 'en'), ADMIN, ROLES);
  const outcome = await pushDocs(remoteDatabase(url, DEWI), snapshotToDocs(realisticProject()));
  expect(outcome.denied).toEqual([]);
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

let segmentCount = 0;
/** New codings as the app writes them: one changeset's documents. */
function newSegments(state: ProjectState, n: number, by: string): SyncDoc[] {
  const segments: Segment[] = Array.from({ length: n }, () => {
    const i = ++segmentCount;
    return { id: `seg-${by}-${i}`, projectId: PROJECT_ID, documentId: DOCUMENT.interview, start: i, end: i + 5, codeIds: [CODE.empowering], memo: `${by} ${i}`, reduced: '', coderId: null, createdAt: NOW, modifiedAt: NOW };
  });
  return docsForChangeset(state, { put: { segments } });
}

/** Polls until `check` holds (replication is asynchronous); fails with the last state otherwise. */
async function until(check: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

const holds = (db: Database, ids: readonly string[]) => async () => {
  const { rows } = await db.allDocs({ keys: [...ids] });
  return rows.every((r) => r.value && !r.value.deleted);
};

/** Every document's winning revision, live conflicts and leaves, by id. */
async function revisions(db: Database): Promise<Record<string, { rev: string; conflicts: string[]; leaves: string[] }>> {
  const { rows } = await db.allDocs({ include_docs: true, conflicts: true });
  const { results } = await db.changes({ style: 'all_docs' });
  const leaves = new Map(results.map((r) => [r.id, r.changes.map((c) => c.rev).sort()]));
  const out: Record<string, { rev: string; conflicts: string[]; leaves: string[] }> = {};
  for (const row of rows) {
    if (!row.doc || row.key.startsWith('_design/')) continue;
    out[row.key] = { rev: row.doc._rev!, conflicts: [...(row.doc._conflicts ?? [])].sort(), leaves: leaves.get(row.key) ?? [] };
  }
  return out;
}

describe('a connection the server drops while the replicator reads its progress', () => {
  // After each batch PouchDB 9's replicator reads the source database's info for its progress
  // figures, and nothing handled that request's failure: a server restarting (or a network
  // lost) just then left an unhandled rejection (in the app's live sync as in Node, where it
  // can end the process), and made the restart test below fail at random. Pilah patches it
  // (patches/pouchdb-replication+9.0.0.patch).
  it('leaves no unhandled error, and the pull still delivers every document', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const db = `/${new URL(url).pathname.split('/')[1]}/`;
    let reading = false;
    // Every read of the database's info once the changes are being read (not the first one,
    // which the replicator needs to start and handles) loses its connection.
    const dropped = server.drop(({ method, url: path }) => {
      if (path.startsWith(`${db}_changes`)) reading = true;
      return reading && method === 'GET' && (path === db || path.startsWith(`${db}?`));
    });
    try {
      const PouchDB = pouch();
      const local = new PouchDB('dropped-progress', { adapter: 'memory' });
      const result = await local.replicate.from(remoteDatabase(url, DEWI));
      // The dropped reads' failures land within moments of the server cutting them.
      await new Promise((r) => setTimeout(r, 200));
      server.drop(null);
      expect(dropped()).toBeGreaterThan(0);
      expect(unhandled.map((e) => String((e as Error)?.message ?? e))).toEqual([]);
      expect(result.ok).toBe(true);
      const serverDb = remoteDatabase(url, ADMIN);
      expect(snapshotFromDocs((await readDatabase(local)).docs)).toEqual(snapshotFromDocs((await readDatabase(serverDb)).docs));
      await local.destroy();
    } finally {
      server.drop(null);
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('a server restart mid-replication', () => {
  it('delivers every document written before, during and after the outage once, and both machines end equal', async () => {
    const PouchDB = pouch();
    const machines = ['laptop', 'campus'].map((name) => ({ name, local: new PouchDB(`restart-${name}`, { adapter: 'memory' }), remote: remoteDatabase(url, DEWI) }));
    for (const m of machines) await m.local.replicate.from(m.remote);
    const [laptop, campus] = machines as [(typeof machines)[0], (typeof machines)[0]];
    const state = stateFromSnapshot(snapshotFromDocs((await readDatabase(laptop.local)).docs));

    const errors: string[] = [];
    const lostServer = new Set<string>();
    const live: Replication[] = machines.map((m) => {
      const options = { live: true, retry: true, back_off_function: () => 200 } as unknown as { live: boolean; retry: boolean };
      const replication = m.local.sync(m.remote, options);
      // Each direction says it lost the server (paused with the network error) and retries.
      const directions = replication as unknown as { push: Replication; pull: Replication };
      for (const direction of [directions.push, directions.pull]) direction.on('paused', (err: unknown) => void (err && lostServer.add(m.name)));
      replication.on('error', (err: unknown) => errors.push(`${m.name}: ${String((err as Error)?.message ?? err)}`));
      replication.on('denied', (err) => errors.push(`${m.name} denied ${err.id}`));
      return replication;
    });

    try {
      // Before: the laptop codes; the campus PC receives it.
      const before = newSegments(state, 20, 'laptop');
      await laptop.local.bulkDocs(before);
      await until(holds(campus.local, before.map((d) => d._id)), 'the campus PC has the first codings');

      // The server goes down; both machines keep working.
      await server.down();
      const duringLaptop = newSegments(state, 30, 'laptop');
      const duringCampus = newSegments(state, 30, 'campus');
      await laptop.local.bulkDocs(duringLaptop);
      await campus.local.bulkDocs(duringCampus);
      await until(async () => lostServer.size === 2, 'both replications noticed the server is gone');

      // It comes back with everything it held; replication resumes by itself.
      await server.up();
      const after = newSegments(state, 10, 'campus');
      await campus.local.bulkDocs(after);
      const all = [...before, ...duringLaptop, ...duringCampus, ...after].map((d) => d._id);
      const serverDb = remoteDatabase(url, ADMIN);
      for (const db of [laptop.local, campus.local, serverDb]) await until(holds(db, all), 'every machine and the server hold every coding');

      expect(errors).toEqual([]);
      const expected = await revisions(serverDb);
      for (const id of all) expect(expected[id], id).toEqual({ rev: expect.stringMatching(/^1-/), conflicts: [], leaves: [expected[id]!.rev] });
      // Nothing else was written again either: the project's own documents kept their first revision.
      for (const [id, entry] of Object.entries(expected)) expect(entry.rev, id).toMatch(/^1-/);
      for (const m of machines) expect(await revisions(m.local)).toEqual(expected);
      const tables = snapshotFromDocs((await readDatabase(serverDb)).docs);
      for (const m of machines) expect(snapshotFromDocs((await readDatabase(m.local)).docs)).toEqual(tables);
      expect(tables.segments.filter((s) => s.id.startsWith('seg-'))).toHaveLength(all.length);
    } finally {
      for (const replication of live) replication.cancel();
    }
  });
});
