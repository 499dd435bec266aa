/**
 * Team sync against a real CouchDB-compatible server (pouchdb-server 4.2.0, started by the
 * test on 127.0.0.1) with the `pilah sync` command and PouchDB memory clients standing for
 * the student's laptop and campus PC, the supervisor and the second coder. After each
 * scenario both clients and the server are compared document by document (winner, revision,
 * conflicts, every leaf) and as Pilah tables.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSnapshot, Segment } from '../shared/model/types';
import { readQdpx, writeQdpx } from '../shared/refi';
import { CODE, DOCUMENT, realisticProject, SECOND_CODER, SEGMENT, SUPERVISOR } from '../shared/refi/testing/realistic-project';
import { canonicalSnapshot, snapshotFromDocs, snapshotToDocs, type PilahRoles, type SyncDoc } from '../shared/sync';
import { pouch, remoteDatabase, type Database } from './sync/pouch';
import { pushDocs } from './sync/push';
import { readDatabase } from './sync/read-database';
import { initProjectDatabase, parseDatabaseAddress } from './sync/remote';
import { pilah } from './testing/run-cli';
import { ADMIN, createUser, startSyncServer, type SyncServer } from './testing/sync-server';

const USERS = { dewi: 'pw-dewi', ani: 'pw-ani', rudi: 'pw-rudi' } as const;
type User = keyof typeof USERS;
const auth = (user: User) => ({ username: user, password: USERS[user] });
const envOf = (user: User | 'admin') =>
  user === 'admin' ? { PILAH_SYNC_USER: ADMIN.username, PILAH_SYNC_PASSWORD: ADMIN.password } : { PILAH_SYNC_USER: user, PILAH_SYNC_PASSWORD: USERS[user] };
const ROLES: PilahRoles = { students: ['dewi'], supervisors: ['ani'], coders: ['rudi'], observers: [], coderIds: { ani: SUPERVISOR, rudi: SECOND_CODER } };

let server: SyncServer;
let dir: string;
let dbCount = 0;
let clientCount = 0;

beforeAll(async () => {
  server = await startSyncServer();
  dir = await mkdtemp(join(tmpdir(), 'pilah-sync-cli-'));
  for (const [name, password] of Object.entries(USERS)) await createUser(server, name, password);
}, 30_000);

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A fresh project database set up with the roles, holding `snapshot` as the student pushed it. */
async function projectDatabase(snapshot: ProjectSnapshot): Promise<string> {
  const url = `${server.url}/pilah-test-${++dbCount}`;
  await initProjectDatabase(parseDatabaseAddress(url, 'en'), ADMIN, ROLES);
  const outcome = await pushDocs(remoteDatabase(url, auth('dewi')), snapshotToDocs(snapshot));
  expect(outcome.denied).toEqual([]);
  return url;
}

/** A machine: a memory replica of the project database, signed in as `user`. */
async function machine(url: string, user: User): Promise<{ local: Database; remote: Database }> {
  const PouchDB = pouch();
  const local = new PouchDB(`machine-${++clientCount}`, { adapter: 'memory' });
  const remote = remoteDatabase(url, auth(user));
  await local.replicate.from(remote);
  return { local, remote };
}

/** Push then pull, as a one-shot sync does. */
async function sync(m: { local: Database; remote: Database }): Promise<void> {
  await m.local.replicate.to(m.remote);
  await m.local.replicate.from(m.remote);
}

/** Every document of a replica: winner, its revision, live conflicts and every leaf, by id. */
async function replicaState(db: Database): Promise<Record<string, unknown>> {
  const { rows } = await db.allDocs({ include_docs: true, conflicts: true });
  const { results } = await db.changes({ style: 'all_docs' });
  const leaves = new Map(results.map((r) => [r.id, r.changes.map((c) => c.rev).sort()]));
  const out: Record<string, unknown> = {};
  for (const row of rows) {
    if (!row.id || row.id.startsWith('_design/')) continue;
    out[row.id] = { doc: row.doc, conflicts: [...(row.doc?._conflicts ?? [])].sort(), leaves: leaves.get(row.id) };
  }
  for (const r of results) if (!out[r.id] && !r.id.startsWith('_design/')) out[r.id] = { deleted: true, leaves: leaves.get(r.id) };
  return out;
}

/** Both clients and the server hold the same documents, and the same Pilah tables. */
async function expectConverged(url: string, ...clients: Database[]): Promise<ProjectSnapshot> {
  const serverDb = remoteDatabase(url, ADMIN);
  const expected = await replicaState(serverDb);
  for (const client of clients) expect(await replicaState(client)).toEqual(expected);
  const tables = snapshotFromDocs((await readDatabase(serverDb)).docs);
  for (const client of clients) expect(snapshotFromDocs((await readDatabase(client)).docs)).toEqual(tables);
  return tables;
}

async function writeProject(name: string, snapshot: ProjectSnapshot): Promise<string> {
  await writeFile(join(dir, name), writeQdpx(snapshot));
  return name;
}

const readProject = async (name: string): Promise<ProjectSnapshot> => canonicalSnapshot(readQdpx(new Uint8Array(await readFile(join(dir, name)))).snapshot);
/** What a snapshot looks like once written to and read from a project file. */
const asFileHolds = (snapshot: ProjectSnapshot): ProjectSnapshot => canonicalSnapshot(readQdpx(writeQdpx(snapshot)).snapshot);

const coding = (id: string, coderId: string | null, start: number, end: number): Segment => ({
  id,
  projectId: realisticProject().project.id,
  documentId: DOCUMENT.second,
  start,
  end,
  codeIds: [CODE.enabling],
  memo: '',
  reduced: '',
  coderId,
  createdAt: '2026-09-10T08:00:00.000Z',
  modifiedAt: '2026-09-10T08:00:00.000Z',
});

describe('pilah sync', () => {
  it('two coders push their files of one project; a pull gives one project holding both coders’ codings', async () => {
    const url = `${server.url}/pilah-dua-koder`;
    const init = await pilah(['sync', 'init', url, '--student', 'dewi', '--supervisor', `ani=${SUPERVISOR}`, '--coder', `rudi=${SECOND_CODER}`, '--lang', 'en'], dir, envOf('admin'));
    expect(init.stderr).toBe('');
    expect(init.stdout).toContain('The database "pilah-dua-koder" is ready. Owner: dewi; supervisors: ani; second coders: rudi');

    const start = realisticProject();
    await writeProject('dewi.qdpx', start);
    const first = await pilah(['sync', 'push', 'dewi.qdpx', '--to', url, '--lang', 'en'], dir, envOf('dewi'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Pushed to "pilah-dua-koder": \d+ documents written, 0 unchanged/);

    // Each works on their own copy of the file, at the same time.
    const rudis = realisticProject();
    rudis.segments.push(coding('seg-rudi-1', SECOND_CODER, 0, 20), coding('seg-rudi-2', SECOND_CODER, 30, 60));
    const dewis = realisticProject();
    dewis.segments.push(coding('seg-dewi-1', null, 0, 20));
    await writeProject('rudi.qdpx', rudis);
    await writeProject('dewi.qdpx', dewis);

    const byRudi = await pilah(['sync', 'push', 'rudi.qdpx', '--to', url, '--lang', 'en'], dir, envOf('rudi'));
    expect(byRudi.stderr).toBe('');
    expect(byRudi.stdout).toMatch(/2 documents written, \d+ unchanged/);
    const byDewi = await pilah(['sync', 'push', 'dewi.qdpx', '--to', url, '--lang', 'en'], dir, envOf('dewi'));
    expect(byDewi.stdout).toMatch(/1 documents written, \d+ unchanged/);

    const pulled = await pilah(['sync', 'pull', url, '--out', 'bersama.qdpx', '--lang', 'en'], dir, envOf('dewi'));
    expect(pulled.stderr).toBe('');
    expect(pulled.code).toBe(0);
    const both = await readProject('bersama.qdpx');
    const expected = realisticProject();
    expected.segments.push(...rudis.segments.slice(-2), dewis.segments.at(-1)!);
    expect(both).toEqual(asFileHolds(expected));
    expect(both.segments.filter((s) => s.coderId === SECOND_CODER).map((s) => s.id)).toEqual([SEGMENT.cafe, 'seg-rudi-1', 'seg-rudi-2'].sort());
    // The server holds the same tables as the file.
    expect(asFileHolds(snapshotFromDocs((await readDatabase(remoteDatabase(url, ADMIN))).docs))).toEqual(both);
  }, 60_000);

  it('refuses a supervisor’s coding on the server, naming it, while their comment lands', async () => {
    const url = await projectDatabase(realisticProject());
    const reviewed = realisticProject();
    reviewed.segments.push(coding('seg-ani', SUPERVISOR, 0, 20));
    reviewed.comments.push({ ...reviewed.comments[0]!, id: 'comment-ani', text: 'Bandingkan dengan I2.', createdAt: '2026-09-11T08:00:00.000Z' });
    await writeProject('ani.qdpx', reviewed);

    const pushed = await pilah(['sync', 'push', 'ani.qdpx', '--to', url, '--lang', 'en'], dir, envOf('ani'));
    expect(pushed.code).toBe(1);
    expect(pushed.stdout).toMatch(/1 documents written/);
    expect(pushed.stderr).toContain('Refused by the server: segment:seg-ani — supervisors can only write comments');
    expect(pushed.stderr).toContain('The server refused 1 documents (see above); the other documents were pushed.');

    // The same through replication, as the app would: a `denied` event names the coding.
    const ani = await machine(url, 'ani');
    await ani.local.put({ ...snapshotToDocs(reviewed).find((d) => d._id === 'segment:seg-ani')!, _id: 'segment:seg-ani-2', id: 'seg-ani-2' });
    const denied: { id?: string; name?: string }[] = [];
    await ani.local.replicate.to(ani.remote).on('denied', (err) => denied.push({ id: err.id, name: err.name }));
    expect(denied).toEqual([{ id: 'segment:seg-ani-2', name: 'forbidden' }]);

    const held = snapshotFromDocs((await readDatabase(remoteDatabase(url, ADMIN))).docs);
    expect(held.comments.map((c) => c.id)).toContain('comment-ani');
    expect(held.segments.map((s) => s.id)).not.toContain('seg-ani');
    expect(held.segments.map((s) => s.id)).not.toContain('seg-ani-2');
  }, 60_000);

  it('surfaces memo edits from two machines as a conflict with both versions, on both machines and the server', async () => {
    const url = await projectDatabase(realisticProject());
    const laptop = await machine(url, 'dewi');
    const campus = await machine(url, 'dewi');
    const id = `code:${CODE.empowering}`;
    await laptop.local.put({ ...(await laptop.local.get(id)), memo: 'Ditulis di laptop' });
    await campus.local.put({ ...(await campus.local.get(id)), memo: 'Ditulis di PC kampus' });
    await sync(laptop);
    await sync(campus);
    await sync(laptop);

    await expectConverged(url, laptop.local, campus.local);
    for (const db of [laptop.local, campus.local, remoteDatabase(url, ADMIN)]) {
      const { conflicts } = await readDatabase(db);
      expect(conflicts.map((c) => [c.id, c.fields])).toEqual([[id, ['memo']]]);
      expect(conflicts[0]!.versions.map((v) => v.memo).sort()).toEqual(['Ditulis di PC kampus', 'Ditulis di laptop']);
    }

    const refused = await pilah(['sync', 'pull', url, '--out', 'konflik.qdpx', '--lang', 'en'], dir, envOf('dewi'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`unresolved conflicts, and a .qdpx file cannot hold two versions: ${id} (memo)`);
    const kept = await pilah(['sync', 'pull', url, '--out', 'konflik.qdpx', '--allow-conflicts', '--lang', 'en'], dir, envOf('dewi'));
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain(`1 conflicts are unresolved; this file holds the winning version only: ${id} (memo)`);
  }, 60_000);

  it('does not bring back silently what one machine deleted while the other edited, nor what a stale file still holds', async () => {
    const url = await projectDatabase(realisticProject());
    const laptop = await machine(url, 'dewi');
    const campus = await machine(url, 'dewi');
    const raced = `segment:${SEGMENT.budget}`;
    const gone = `segment:${SEGMENT.capital}`;
    // The laptop deletes two codings (tombstones keeping type and owner); the campus PC edits one of them.
    for (const id of [raced, gone]) await laptop.local.put({ ...(await laptop.local.get(id)), _deleted: true } as SyncDoc);
    await campus.local.put({ ...(await campus.local.get(raced)), memo: 'Diperbaiki di kampus', modifiedAt: '2026-09-20T08:00:00.000Z' });
    await sync(laptop);
    await sync(campus);
    await sync(laptop);

    const tables = await expectConverged(url, laptop.local, campus.local);
    expect(tables.segments.find((s) => s.id === SEGMENT.budget)?.memo).toBe('Diperbaiki di kampus');
    expect(tables.segments.map((s) => s.id)).not.toContain(SEGMENT.capital);
    for (const db of [laptop.local, campus.local]) expect((await readDatabase(db)).racedDeletions.map((r) => r.id)).toEqual([raced]);

    const pulled = await pilah(['sync', 'pull', url, '--out', 'hapus.qdpx', '--lang', 'en'], dir, envOf('dewi'));
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toContain(`1 rows were deleted on one machine but edited on another; the edited version was kept: ${raced}`);

    // An old copy of the file still holds the deleted coding and the memo as it was: the push
    // brings neither back.
    await writeProject('lama.qdpx', realisticProject());
    const stale = await pilah(['sync', 'push', 'lama.qdpx', '--to', url, '--lang', 'en'], dir, envOf('dewi'));
    expect(stale.code).toBe(0);
    expect(stale.stdout).toContain('0 documents written');
    expect(stale.stderr).toContain(`1 rows were already deleted on the server, so this file did not bring them back: ${gone}`);
    expect(stale.stderr).toContain(`1 rows on the server were written later than in this file, so they were not overwritten: ${raced}`);
    expect((await readProject('hapus.qdpx')).segments.map((s) => s.id)).not.toContain(SEGMENT.capital);
    const after = snapshotFromDocs((await readDatabase(remoteDatabase(url, ADMIN))).docs);
    expect(after.segments.map((s) => s.id)).not.toContain(SEGMENT.capital);
    expect(after.segments.find((s) => s.id === SEGMENT.budget)?.memo).toBe('Diperbaiki di kampus');
  }, 60_000);

  it('says in one sentence when the credentials are missing or wrong, and never takes them as arguments', async () => {
    const url = `${server.url}/pilah-dua-koder`;
    const missing = await pilah(['sync', 'pull', url, '--out', 'x.qdpx', '--lang', 'en'], dir, { PILAH_SYNC_USER: '', PILAH_SYNC_PASSWORD: '' });
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(
      "Set the server's user name and password in the environment (PILAH_SYNC_USER and PILAH_SYNC_PASSWORD); Pilah does not take them as arguments.",
    );
    const wrong = await pilah(['sync', 'pull', url, '--out', 'x.qdpx', '--lang', 'en'], dir, { PILAH_SYNC_USER: 'dewi', PILAH_SYNC_PASSWORD: 'salah' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe(`The server "${server.url}" refused the user name or password from PILAH_SYNC_USER and PILAH_SYNC_PASSWORD.`);
    const notAdmin = await pilah(['sync', 'init', `${server.url}/pilah-baru`, '--student', 'dewi', '--lang', 'en'], dir, envOf('dewi'));
    expect(notAdmin.stderr).toContain('The user "dewi" may not do this in the database "pilah-baru"');
  }, 60_000);
});
