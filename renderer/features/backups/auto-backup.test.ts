import { beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/ipc-contract';
import { stateFromSnapshot, type ProjectState } from '../../../shared/model/changeset';
import { makeSnapshot } from '../../testing/fixtures';
import { createAutoBackup, type AutoBackup } from './auto-backup';

let written: { projectId: string; journal: string }[];
let newest: string | null;
let shown: (string | null)[];
let errors: unknown[];
let auto: AutoBackup;
let failNext: boolean;

const state = (modifiedAt: string, journal = ''): ProjectState => {
  const s = stateFromSnapshot(makeSnapshot('p1'));
  return { ...s, project: { ...s.project, modifiedAt, journal } };
};

beforeEach(() => {
  written = [];
  newest = null;
  shown = [];
  errors = [];
  failNext = false;
  let minute = 0;
  auto = createAutoBackup({
    async write(s): Promise<BackupInfo> {
      if (failNext) throw new Error('disk full');
      written.push({ projectId: s.project.id, journal: s.project.journal });
      const createdAt = `2026-11-23T14:${String(++minute).padStart(2, '0')}:00.000Z`;
      return { id: String(minute), projectId: s.project.id, title: s.project.title, createdAt, size: 10 };
    },
    newestBackupAt: async () => newest,
    onBackupTime: (_id, iso) => shown.push(iso),
    onError: (err) => errors.push(err),
  });
});

describe('automatic backups', () => {
  it('backs up a project on opening when it has no backup yet', async () => {
    await auto.opened(state('2026-11-23T10:00:00.000Z'), 0);
    expect(written).toHaveLength(1);
    expect(shown).toEqual(['2026-11-23T14:01:00.000Z']);
  });

  it('does not back up on opening when the newest backup is more recent than the last change', async () => {
    newest = '2026-11-23T12:00:00.000Z';
    await auto.opened(state('2026-11-23T10:00:00.000Z'), 0);
    expect(written).toHaveLength(0);
    expect(shown).toEqual(['2026-11-23T12:00:00.000Z']);
  });

  it('backs up on opening when the project changed after its newest backup', async () => {
    newest = '2026-11-23T09:00:00.000Z';
    await auto.opened(state('2026-11-23T10:00:00.000Z'), 0);
    expect(written).toHaveLength(1);
  });

  it('on the interval and on closing, backs up only what changed since the last backup', async () => {
    newest = '2026-11-23T12:00:00.000Z';
    await auto.opened(state('2026-11-23T10:00:00.000Z'), 0);
    await auto.interval(state('2026-11-23T10:00:00.000Z'), 0);
    expect(written).toHaveLength(0);
    await auto.interval(state('2026-11-23T13:00:00.000Z', 'satu'), 1);
    await auto.interval(state('2026-11-23T13:00:00.000Z', 'satu'), 1);
    expect(written.map((w) => w.journal)).toEqual(['satu']);
    await auto.closing(state('2026-11-23T13:01:00.000Z', 'dua'), 2);
    await auto.closing(state('2026-11-23T13:01:00.000Z', 'dua'), 2);
    expect(written.map((w) => w.journal)).toEqual(['satu', 'dua']);
  });

  it('reports a failed backup and tries again at the next moment', async () => {
    newest = '2026-11-23T12:00:00.000Z';
    await auto.opened(state('2026-11-23T10:00:00.000Z'), 0);
    failNext = true;
    await auto.interval(state('2026-11-23T13:00:00.000Z', 'satu'), 1);
    expect(errors).toHaveLength(1);
    failNext = false;
    await auto.interval(state('2026-11-23T13:00:00.000Z', 'satu'), 1);
    expect(written.map((w) => w.journal)).toEqual(['satu']);
  });
});
