import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BackupRepository, BACKUPS_KEPT } from './backup-repository';
import { PilahDatabase } from './database';

let db: PilahDatabase;
let backups: BackupRepository;
beforeEach(() => {
  db = new PilahDatabase(`test-${crypto.randomUUID()}`);
  backups = new BackupRepository(db);
});
afterEach(() => db.delete());

it('keeps the newest ten backups per project, newest first, and reads their bytes', async () => {
  for (let i = 0; i < 12; i++) {
    await backups.write({ projectId: 'p1', title: 'T', bytes: new Uint8Array([i]) }, `2026-11-23T14:${String(i).padStart(2, '0')}:00.000Z`);
  }
  await backups.write({ projectId: 'p2', title: 'U', bytes: new Uint8Array([99, 98]) }, '2026-11-23T15:00:00.000Z');
  const list = await backups.list('p1');
  expect(list).toHaveLength(BACKUPS_KEPT);
  expect(list[0]!.createdAt).toBe('2026-11-23T14:11:00.000Z');
  expect(list.at(-1)!.createdAt).toBe('2026-11-23T14:02:00.000Z');
  expect(Array.from(await backups.read('p1', list[0]!.id))).toEqual([11]);
  expect((await backups.list('p2'))[0]!.size).toBe(2);
  await expect(backups.read('p2', list[0]!.id)).rejects.toThrow();
});
