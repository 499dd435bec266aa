/**
 * Team sync in the app, two machines in one process: each has its own Dexie database, store
 * and local replica (PouchDB idb on fake-indexeddb), and one pouchdb-server is the
 * department's CouchDB. Every test compares both machines' stored projects afterwards.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Changeset } from '../../shared/model/changeset';
import { snapshotFromState } from '../../shared/model/changeset';
import { CODE, DOCUMENT, realisticProject, SECOND_CODER, SEGMENT, SUPERVISOR } from '../../shared/refi/testing/realistic-project';
import { canonicalSnapshot, type RacedDeletion, type SurfacedConflict } from '../../shared/sync';
import { parseDatabaseAddress, initProjectDatabase } from '../../cli/sync/remote';
import { ADMIN, createUser, startSyncServer, type SyncServer } from '../../cli/testing/sync-server';
import { PilahDatabase } from '../../renderer/db/database';
import { ProjectRepository } from '../../renderer/db/project-repository';
import { createAppStore } from '../../renderer/store';
import { SyncEngine } from '../../renderer/features/sync/engine';
import type { ConnectionStatus, Denial } from '../../renderer/features/sync/sync-store';
import { followSyncUser } from '../../renderer/features/sync/identity';

const PASSWORD = 'rahasia';
let server: SyncServer;
let dbCount = 0;

interface Machine {
  name: string;
  repo: ProjectRepository;
  store: ReturnType<typeof createAppStore>;
  engine: SyncEngine;
  status: ConnectionStatus;
  conflicts: Map<string, SurfacedConflict>;
  denials: Denial[];
  raced: RacedDeletion[];
  connect(): void;
  stored(): Promise<unknown>;
  close(): Promise<void>;
}

const machines: Machine[] = [];

/** `followUser: false` = a modified client that ignores who its user is (the server still refuses). */
async function machine(db: string, user: string, followUser = true): Promise<Machine> {
  const name = `m${++dbCount}-${Math.random().toString(36).slice(2)}`;
  const dexie = new PilahDatabase(name);
  const repo = new ProjectRepository(dexie);
  const store = createAppStore(() => repo);
  const snapshot = realisticProject();
  await store.getState().addProject(snapshot);
  const projectId = snapshot.project.id;
  const m = { name, repo, store, status: 'off', conflicts: new Map(), denials: [], raced: [] } as unknown as Machine;
  m.engine = new SyncEngine(
    projectId,
    {
      current: () => store.getState().current,
      applyRemote: (build) => store.getState().applyRemote(projectId, build),
      report: {
        status: (s) => (m.status = s),
        currentStatus: () => m.status,
        conflict: (id, c) => (c ? m.conflicts.set(id, c) : m.conflicts.delete(id)),
        denial: (d) => m.denials.push(d),
        racedDeletion: (r) => m.raced.push(r),
        identity: (identity) => void (followUser && followSyncUser(store, identity)),
      },
    },
    name,
  );
  store.getState().onChangesetStored((_id, before, forward) => void m.engine.mirror(before, forward));
  await m.engine.start();
  m.connect = () => m.engine.connect({ url: `${server.url}/${db}`, username: user, password: PASSWORD });
  m.stored = async () => canonicalSnapshot(snapshotFromState({ ...(await repo.loadProject(projectId)), project: { ...snapshot.project } }));
  m.close = async () => {
    await m.engine.destroy();
    await dexie.delete();
  };
  machines.push(m);
  return m;
}

/** Waits (polling) until `check` holds; the sync runs in the background. */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const synced = (...ms: Machine[]) => until(() => ms.every((m) => m.status === 'synced'), 'synced');
/** A machine signed in as `user`, connected and caught up with the server. */
async function connected(db: string, user: string, followUser = true): Promise<Machine> {
  const m = await machine(db, user, followUser);
  m.connect();
  await synced(m);
  return m;
}
const same = async (a: Machine, b: Machine) => JSON.stringify(await a.stored()) === JSON.stringify(await b.stored());

let dbIndex = 0;
async function projectDatabase(): Promise<string> {
  const db = `pilah-test-${++dbIndex}`;
  await initProjectDatabase(parseDatabaseAddress(`${server.url}/${db}`, 'id'), ADMIN, {
    students: ['dewi'],
    supervisors: ['ani'],
    coders: ['rudi'],
    observers: [],
    coderIds: { ani: SUPERVISOR, rudi: SECOND_CODER },
  });
  return db;
}

const codeSegment = (id: string, start: number, end: number, coderId: string | null): Changeset => ({
  put: {
    segments: [
      { id, projectId: realisticProject().project.id, documentId: DOCUMENT.interview, start, end, codeIds: [CODE.digital], memo: '', reduced: '', coderId, createdAt: '2026-10-01T00:00:00.000Z', modifiedAt: '2026-10-01T00:00:00.000Z' },
    ],
  },
});

beforeAll(async () => {
  // PouchDB's idb adapter reads the browser's user agent; Node 20 has no `navigator`.
  if (!('navigator' in globalThis)) Object.defineProperty(globalThis, 'navigator', { value: { userAgent: 'node' }, configurable: true });
  server = await startSyncServer();
  for (const user of ['dewi', 'ani', 'rudi']) await createUser(server, user, PASSWORD);
}, 60_000);

afterEach(async () => {
  await Promise.all(machines.splice(0).map((m) => m.close()));
});

afterAll(async () => {
  await server?.stop();
});

describe('team sync between two machines', () => {
  it('two coders coding one transcript at once both keep both codings, on both machines', async () => {
    const db = await projectDatabase();
    const dewi = await connected(db, 'dewi');
    const rudi = await connected(db, 'rudi');

    await Promise.all([
      dewi.store.getState().perform('applyCode', () => codeSegment('seg-dewi', 0, 20, null)),
      rudi.store.getState().perform('applyCode', () => codeSegment('seg-rudi', 5, 25, SECOND_CODER)),
    ]);
    await until(async () => !!(await dewi.repo.loadProject(realisticProject().project.id)).segments['seg-rudi'], 'rudi’s coding at dewi');
    await until(async () => !!(await rudi.repo.loadProject(realisticProject().project.id)).segments['seg-dewi'], 'dewi’s coding at rudi');
    await until(() => same(dewi, rudi), 'the same project on both');
    expect(dewi.denials).toEqual([]);
    expect(rudi.denials).toEqual([]);
    // What arrived is not undoable: undo on rudi's machine takes back only rudi's own coding.
    await rudi.store.getState().undo();
    await until(async () => !(await dewi.repo.loadProject(realisticProject().project.id)).segments['seg-rudi'], 'the undo at dewi');
    expect((await rudi.repo.loadProject(realisticProject().project.id)).segments['seg-dewi']).toBeDefined();
    await until(() => same(dewi, rudi), 'the same project on both');
  });

  it('a memo edited on two machines offline surfaces on both as a conflict; merged on one, it is gone on both', async () => {
    const db = await projectDatabase();
    const laptop = await connected(db, 'dewi');
    const campus = await connected(db, 'dewi');
    laptop.engine.disconnect();
    campus.engine.disconnect();

    const editMemo = (m: Machine, text: string) =>
      m.store.getState().perform('editSegmentMemo', (s) => ({ put: { segments: [{ ...s.segments[SEGMENT.training]!, memo: text }] } }));
    await editMemo(laptop, 'Memo dari laptop');
    await editMemo(campus, 'Memo dari komputer kampus');
    laptop.connect();
    await synced(laptop);
    campus.connect();
    await synced(campus);
    laptop.connect();
    await until(() => laptop.conflicts.size > 0 && campus.conflicts.size > 0, 'the conflict on both');
    const conflict = laptop.conflicts.get(`segment:${SEGMENT.training}`)!;
    expect(conflict.fields).toEqual(['memo']);
    expect(conflict.versions.map((v) => v.memo).sort()).toEqual(['Memo dari komputer kampus', 'Memo dari laptop']);
    await until(() => same(laptop, campus), 'both showing the same winner');

    await laptop.engine.resolve(`segment:${SEGMENT.training}`, { memo: 'Memo gabungan' });
    await until(() => laptop.conflicts.size === 0 && campus.conflicts.size === 0, 'the conflict gone on both');
    const memoAt = async (m: Machine) => (await m.repo.loadProject(realisticProject().project.id)).segments[SEGMENT.training]!.memo;
    await until(async () => (await memoAt(campus)) === 'Memo gabungan', 'the merge at the campus machine');
    expect(await memoAt(laptop)).toBe('Memo gabungan');
    await until(() => same(laptop, campus), 'the same project on both');
  });

  it("an undo after a collaborator edited the same row is refused in words and keeps their edit on both; other undos still work", async () => {
    const db = await projectDatabase();
    const laptop = await connected(db, 'dewi');
    const campus = await connected(db, 'dewi');
    const projectId = realisticProject().project.id;
    const memoAt = async (m: Machine, id: string) => (await m.repo.loadProject(projectId)).segments[id]!.memo;
    const editMemo = (m: Machine, id: string, text: string) =>
      m.store.getState().perform('editSegmentMemo', (s) => ({ put: { segments: [{ ...s.segments[id]!, memo: text }] } }));
    const before = await memoAt(laptop, SEGMENT.budget);

    await editMemo(laptop, SEGMENT.budget, 'Memo anggaran dari laptop');
    await editMemo(laptop, SEGMENT.training, 'Memo pelatihan dari laptop');
    await until(async () => (await memoAt(campus, SEGMENT.training)) === 'Memo pelatihan dari laptop', 'the laptop’s memo at campus');
    await editMemo(campus, SEGMENT.training, 'Memo pelatihan dari kampus');
    await until(async () => (await memoAt(laptop, SEGMENT.training)) === 'Memo pelatihan dari kampus', 'the campus memo at the laptop');
    expect(laptop.store.getState().undoLabelKey).toBe('commands:editSegmentMemo');

    // Undoing the laptop's memo edit would write back over the campus edit: refused, in words.
    laptop.store.getState().setLocale('en');
    await laptop.store.getState().undo();
    expect(laptop.store.getState().lastError).toMatch(/cannot be undone or redone: someone else changed/);
    expect(await memoAt(laptop, SEGMENT.training)).toBe('Memo pelatihan dari kampus');
    // The earlier, untouched edit is still undoable, and the undo reaches the other machine.
    await laptop.store.getState().undo();
    expect(await memoAt(laptop, SEGMENT.budget)).toBe(before);
    await until(async () => (await memoAt(campus, SEGMENT.budget)) === before, 'the undo at campus');
    expect(await memoAt(campus, SEGMENT.training)).toBe('Memo pelatihan dari kampus');
    await until(() => same(laptop, campus), 'the same project on both');
    expect(laptop.conflicts.size + campus.conflicts.size).toBe(0);
  });

  it('a deletion racing an edit: the edit is kept on both and the deletion is reported', async () => {
    const db = await projectDatabase();
    const a = await connected(db, 'dewi');
    const b = await connected(db, 'dewi');
    a.engine.disconnect();
    b.engine.disconnect();
    await a.store.getState().perform('deleteSegment', () => ({ delete: { segments: [SEGMENT.budget] } }));
    await b.store.getState().perform('editSegmentMemo', (s) => ({ put: { segments: [{ ...s.segments[SEGMENT.budget]!, memo: 'Masih dipakai' }] } }));
    a.connect();
    await synced(a);
    b.connect();
    await synced(b);
    a.connect();
    await until(async () => !!(await a.repo.loadProject(realisticProject().project.id)).segments[SEGMENT.budget], 'the edited segment back at a');
    await until(() => same(a, b), 'the same project on both');
    expect((await b.repo.loadProject(realisticProject().project.id)).segments[SEGMENT.budget]!.memo).toBe('Masih dipakai');
    await until(() => a.raced.length + b.raced.length > 0, 'the deletion reported');
    expect([...a.raced, ...b.raced].map((r) => r.id)).toContain(`segment:${SEGMENT.budget}`);
  });

  it("a coding that arrives while the machine cannot save (its write fails once) is read again from the replica and shown", async () => {
    const db = await projectDatabase();
    const dewi = await connected(db, 'dewi');
    const laptop = await connected(db, 'dewi');
    const projectId = realisticProject().project.id;
    // The laptop's next write fails (IndexedDB full or blocked); the ones after it work again.
    const write = laptop.repo.applyChangeset.bind(laptop.repo);
    let writes = 0;
    laptop.repo.applyChangeset = (id, changeset) => (++writes === 1 ? Promise.reject(new Error('QuotaExceededError')) : write(id, changeset));
    await dewi.store.getState().perform('applyCode', () => codeSegment('seg-dewi', 0, 20, null));
    await until(() => writes > 0, 'the failed write at the laptop');
    expect((await laptop.repo.loadProject(projectId)).segments['seg-dewi']).toBeUndefined();
    await until(async () => !!(await laptop.repo.loadProject(projectId)).segments['seg-dewi'], 'dewi’s coding at the laptop');
    expect(laptop.store.getState().current?.segments['seg-dewi']).toBeDefined();
    // Later changes arrive as before, and nothing was lost or applied twice.
    await dewi.store.getState().perform('applyCode', () => codeSegment('seg-dewi-2', 30, 40, null));
    await until(async () => !!(await laptop.repo.loadProject(projectId)).segments['seg-dewi-2'], 'the next coding at the laptop');
    await until(() => same(dewi, laptop), 'the same project on both');
  });

  it("a supervisor's coding is refused by the server, reported and taken back on the supervisor's machine", async () => {
    const db = await projectDatabase();
    const dewi = await connected(db, 'dewi');
    const ani = await connected(db, 'ani', false);
    await ani.store.getState().perform('applyCode', () => codeSegment('seg-ani', 0, 10, SUPERVISOR));
    await until(() => ani.denials.length > 0, 'the refusal');
    expect(ani.denials[0]).toEqual({ id: 'segment:seg-ani', reason: 'pilah:supervisor-comments-only' });
    await until(async () => !(await ani.repo.loadProject(realisticProject().project.id)).segments['seg-ani'], 'the coding taken back');
    await synced(dewi);
    expect((await dewi.repo.loadProject(realisticProject().project.id)).segments['seg-ani']).toBeUndefined();
    expect(await same(dewi, ani)).toBe(true);
  });

  it("a machine joining with an older copy gets the server's version and sends nothing the server already has", async () => {
    const db = await projectDatabase();
    const dewi = await connected(db, 'dewi');
    await dewi.store.getState().perform('editSegmentMemo', (s) => ({ put: { segments: [{ ...s.segments[SEGMENT.training]!, memo: 'Memo terbaru' }] } }));
    await synced(dewi);
    // The supervisor's copy is the older file: joining must not try to write it back.
    const ani = await connected(db, 'ani');
    await until(async () => (await ani.repo.loadProject(realisticProject().project.id)).segments[SEGMENT.training]!.memo === 'Memo terbaru', 'the newer memo at ani');
    expect(ani.denials).toEqual([]);
    expect(ani.conflicts.size).toBe(0);
    expect(await same(dewi, ani)).toBe(true);
  });

  it('the sync user is the one working: a supervisor reviews as their coder, a second coder codes as themselves', async () => {
    const db = await projectDatabase();
    const dewi = await connected(db, 'dewi');
    const ani = await machine(db, 'ani');
    ani.connect();
    await until(() => ani.store.getState().reviewing, 'review mode at ani');
    expect(ani.store.getState().activeCoderId).toBe(SUPERVISOR);
    // The app refuses a coding in review mode before anything reaches the server.
    ani.store.getState().setLocale('en');
    await ani.store.getState().perform('applyCode', () => codeSegment('seg-ani', 0, 10, SUPERVISOR));
    expect(ani.store.getState().lastError).toMatch(/review/i);
    expect((await ani.repo.loadProject(realisticProject().project.id)).segments['seg-ani']).toBeUndefined();

    const rudi = await machine(db, 'rudi');
    rudi.connect();
    await until(() => rudi.store.getState().activeCoderId === SECOND_CODER, 'rudi working as the second coder');
    expect(rudi.store.getState().reviewing).toBe(false);
    // A coding made through the app is rudi's, so the server takes it and dewi gets it.
    await rudi.store.getState().perform('applyCode', (_s, by) => codeSegment('seg-rudi', 5, 25, by.coderId));
    await until(async () => !!(await dewi.repo.loadProject(realisticProject().project.id)).segments['seg-rudi'], 'rudi’s coding at dewi');
    expect((await dewi.repo.loadProject(realisticProject().project.id)).segments['seg-rudi']!.coderId).toBe(SECOND_CODER);
    expect(rudi.denials).toEqual([]);
    expect(dewi.store.getState().activeCoderId).toBeNull();
    expect(dewi.store.getState().reviewing).toBe(false);
  });

  it('the login refused ends replication with "login needed"', async () => {
    const db = await projectDatabase();
    const m = await machine(db, 'dewi');
    m.engine.connect({ url: `${server.url}/${db}`, username: 'dewi', password: 'salah' });
    await until(() => m.status === 'login', 'login needed');
  });
});
