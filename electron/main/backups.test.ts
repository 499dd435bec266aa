import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, createBackupStore } from './backups';
import { UserError } from './user-error';

const PROJECT = '3f1c2a9e-7b4d-4c1e-9a2b-5d6e7f809a1b';
const OTHER_PROJECT = 'a0b1c2d3-e4f5-4678-9abc-def012345678';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'pilah-backups-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A clock that ticks one minute per call, from a fixed start. */
function minuteClock(start = Date.UTC(2026, 10, 23, 13, 0, 0)) {
  let t = start;
  return () => {
    const d = new Date(t);
    t += 60_000;
    return d;
  };
}

const bytesOf = (n: number) => new Uint8Array([n, n + 1, n + 2, 0x50, 0x4b]);

describe('backup store', () => {
  it('reads back exactly the bytes written, with title, time and size', async () => {
    const store = createBackupStore(root, undefined, minuteClock());
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7) % 256);
    const info = await store.write({ projectId: PROJECT, title: 'Pemberdayaan UMKM', bytes });

    expect(info).toEqual({
      id: '2026-11-23T13-00-00-000Z.qdpx',
      projectId: PROJECT,
      title: 'Pemberdayaan UMKM',
      createdAt: '2026-11-23T13:00:00.000Z',
      size: 4096,
    });
    expect(Array.from(await store.read(PROJECT, info.id))).toEqual(Array.from(bytes));
    expect(await readdir(path.join(root, PROJECT))).toEqual(['2026-11-23T13-00-00-000Z.json', info.id]);
  });

  it(`keeps only the newest ${BACKUPS_KEPT}, listed newest first`, async () => {
    const store = createBackupStore(root, undefined, minuteClock());
    const written = [];
    for (let i = 0; i < 13; i++) written.push(await store.write({ projectId: PROJECT, title: `v${i}`, bytes: bytesOf(i) }));

    const listed = await store.list(PROJECT);
    expect(listed.map((b) => b.title)).toEqual(['v12', 'v11', 'v10', 'v9', 'v8', 'v7', 'v6', 'v5', 'v4', 'v3']);
    expect(listed.map((b) => b.id)).toEqual(written.slice(3).reverse().map((b) => b.id));
    // The pruned backups are gone from disk with their sidecars, not only from the list.
    expect(await readdir(path.join(root, PROJECT))).toHaveLength(2 * BACKUPS_KEPT);
    await expect(store.read(PROJECT, written[0]!.id)).rejects.toMatchObject({ key: 'errorBackupNotFound' });
    expect(Array.from(await store.read(PROJECT, written[12]!.id))).toEqual(Array.from(bytesOf(12)));
  });

  it('keeps projects apart and lists a project without backups as empty', async () => {
    const store = createBackupStore(root, undefined, minuteClock());
    await store.write({ projectId: PROJECT, title: 'A', bytes: bytesOf(1) });
    expect(await store.list(OTHER_PROJECT)).toEqual([]);
    expect((await store.list(PROJECT)).map((b) => b.title)).toEqual(['A']);
  });

  it('never loses the newest backup when two land in the same millisecond or the clock goes back', async () => {
    const times = [Date.UTC(2026, 0, 2), Date.UTC(2026, 0, 2), Date.UTC(2026, 0, 1)];
    const store = createBackupStore(root, undefined, () => new Date(times.shift()!));
    const results = await Promise.all(
      ['first', 'second', 'third'].map((title, i) => store.write({ projectId: PROJECT, title, bytes: bytesOf(i) })),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(3);
    expect((await store.list(PROJECT)).map((b) => b.title)).toEqual(['third', 'second', 'first']);
  });

  it('removes temporary files left by an interrupted write', async () => {
    const store = createBackupStore(root, undefined, minuteClock());
    await store.write({ projectId: PROJECT, title: 'A', bytes: bytesOf(1) });
    await writeFile(path.join(root, PROJECT, '.2026-11-23T13-05-00-000Z.qdpx.abc.tmp'), 'half');
    await store.write({ projectId: PROJECT, title: 'B', bytes: bytesOf(2) });
    expect((await readdir(path.join(root, PROJECT))).some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('lists a backup whose title sidecar is damaged, without its title', async () => {
    const store = createBackupStore(root, undefined, minuteClock());
    const info = await store.write({ projectId: PROJECT, title: 'A', bytes: bytesOf(1) });
    await writeFile(path.join(root, PROJECT, info.id.replace('.qdpx', '.json')), '{not json');
    expect(await store.list(PROJECT)).toEqual([{ ...info, title: '' }]);
  });

  it.each([
    ['../../etc/passwd'],
    ['..\\..\\secret.qdpx'],
    ['2026-11-23T13-00-00-000Z.qdpx/../../x'],
    ['2026-11-23T13-00-00-000Z.json'],
    ['/abs/2026-11-23T13-00-00-000Z.qdpx'],
    [''],
  ])('refuses the backup id %j', async (id) => {
    const store = createBackupStore(root);
    await expect(store.read(PROJECT, id)).rejects.toBeInstanceOf(UserError);
    await expect(store.read(PROJECT, id)).rejects.toMatchObject({ key: 'errorBadRequest' });
  });

  it.each([['..'], ['../x'], ['not-a-uuid'], [`${PROJECT}/..`], ['']])('refuses the project id %j', async (projectId) => {
    const store = createBackupStore(root);
    await expect(store.list(projectId)).rejects.toMatchObject({ key: 'errorBadRequest' });
    await expect(store.write({ projectId, title: 'x', bytes: bytesOf(1) })).rejects.toMatchObject({ key: 'errorBadRequest' });
    expect(await readdir(root)).toEqual([]);
  });

  it('reports a failed write as a backup error and leaves no file behind', async () => {
    // A file where the project folder should be makes mkdir fail, as a full or read-only disk would.
    await writeFile(path.join(root, PROJECT), 'in the way');
    const store = createBackupStore(root);
    await expect(store.write({ projectId: PROJECT, title: 'x', bytes: bytesOf(1) })).rejects.toMatchObject({
      key: 'errorBackupNotWritten',
    });
    expect(await readdir(root)).toEqual([PROJECT]);
  });
});
