import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChangeset, type Changeset } from '../../shared/model/changeset';
import type { Segment } from '../../shared/model/types';
import { makeSegment, makeSnapshot } from '../testing/fixtures';
import { PilahDatabase } from './database';
import { ProjectNotFoundError, ProjectRepository } from './project-repository';

let db: PilahDatabase;
let repo: ProjectRepository;

beforeEach(async () => {
  db = new PilahDatabase(`test-${crypto.randomUUID()}`);
  repo = new ProjectRepository(db, () => new Date('2026-11-23T14:02:00.000Z'));
  await repo.saveSnapshot(makeSnapshot('p1'));
});
afterEach(async () => {
  await db.delete();
});

describe('ProjectRepository', () => {
  it('saves a snapshot and loads the same project back', async () => {
    const state = await repo.loadProject('p1');
    const snapshot = makeSnapshot('p1');
    expect(state.project).toEqual(snapshot.project);
    expect(Object.keys(state.codes).sort()).toEqual(['p1-c1', 'p1-c2']);
    expect(state.documents['p1-d1']?.text).toBe(snapshot.documents[0]!.text);
    expect(state.segments['p1-s1']).toEqual(snapshot.segments[0]);
  });

  it('stores nothing of a project whose opening was cancelled while it was being written', async () => {
    const controller = new AbortController();
    const snapshot = makeSnapshot('p2');
    // Cancelled between two tables: the codes are written, the segments never are.
    const abort = () => {
      controller.abort();
    };
    db.codes.hook('creating', abort);
    await expect(repo.saveSnapshot(snapshot, controller.signal)).rejects.toThrow(/abort/i);
    db.codes.hook('creating').unsubscribe(abort);
    expect((await repo.listProjects()).map((p) => p.id)).toEqual(['p1']);
    expect(await db.codes.where('projectId').equals('p2').count()).toBe(0);
    await expect(repo.loadProject('p2')).rejects.toBeInstanceOf(ProjectNotFoundError);
  });

  it('lists projects newest first with their counts', async () => {
    const second = makeSnapshot('p2');
    second.project.modifiedAt = '2026-11-20T00:00:00.000Z';
    second.segments = [];
    await repo.saveSnapshot(second);
    const list = await repo.listProjects();
    expect(list.map((p) => [p.id, p.documents, p.segments])).toEqual([
      ['p2', 1, 0],
      ['p1', 1, 1],
    ]);
  });

  it('writes a changeset, bumps modifiedAt, and a reload gives the same state as in memory', async () => {
    const before = await repo.loadProject('p1');
    const cs: Changeset = {
      project: { journal: 'Catatan hari pertama' },
      put: { segments: [makeSegment('p1', 'p1-s2', 'p1-d1', 0, 10, ['p1-c1', 'p1-c2'])] },
      delete: { codes: [] , segments: ['p1-s1'] },
    };
    const modifiedAt = await repo.applyChangeset('p1', cs);
    expect(modifiedAt).toBe('2026-11-23T14:02:00.000Z');
    const expected = applyChangeset(before, cs);
    expected.project = { ...expected.project, modifiedAt };
    expect(await repo.loadProject('p1')).toEqual(expected);
  });

  it('writes nothing at all when one put of the changeset fails', async () => {
    const broken = { ...makeSegment('p1', 'x', 'p1-d1', 0, 5, []), id: undefined } as unknown as Segment;
    const cs: Changeset = {
      project: { title: 'Judul baru' },
      put: { segments: [makeSegment('p1', 'p1-s3', 'p1-d1', 0, 5, ['p1-c2']), broken] },
      delete: { codes: ['p1-c2'] },
    };
    await expect(repo.applyChangeset('p1', cs)).rejects.toThrow();
    const after = await repo.loadProject('p1');
    expect(after.project.title).toBe(makeSnapshot('p1').project.title);
    expect(after.project.modifiedAt).toBe(makeSnapshot('p1').project.modifiedAt);
    expect(after.segments['p1-s3']).toBeUndefined();
    expect(after.codes['p1-c2']).toBeDefined();
  });

  it('refuses rows that belong to another project', async () => {
    const cs: Changeset = { put: { segments: [makeSegment('other', 'o1', 'p1-d1', 0, 5, [])] } };
    await expect(repo.applyChangeset('p1', cs)).rejects.toThrow(/another|not p1/);
    expect((await repo.loadProject('p1')).segments['o1']).toBeUndefined();
  });

  it('finds segments by code through the multi-entry index', async () => {
    await repo.applyChangeset('p1', {
      put: { segments: [makeSegment('p1', 'p1-s2', 'p1-d1', 0, 10, ['p1-c1', 'p1-c2'])] },
    });
    const withC2 = await db.segments.where('codeIds').equals('p1-c2').primaryKeys();
    const withC1 = await db.segments.where('codeIds').equals('p1-c1').primaryKeys();
    expect(withC2).toEqual(['p1-s2']);
    expect(withC1.sort()).toEqual(['p1-s1', 'p1-s2']);
  });

  it('refuses a changeset for a project that does not exist', async () => {
    await expect(repo.applyChangeset('nope', { project: { title: 'x' } })).rejects.toBeInstanceOf(ProjectNotFoundError);
  });

  it('deletes a project with all its rows and leaves the others alone', async () => {
    await repo.saveSnapshot(makeSnapshot('p2'));
    await repo.deleteProject('p1');
    expect((await repo.listProjects()).map((p) => p.id)).toEqual(['p2']);
    expect(await db.segments.where('projectId').equals('p1').count()).toBe(0);
    expect(await db.documents.count()).toBe(1);
    await expect(repo.loadProject('p1')).rejects.toBeInstanceOf(ProjectNotFoundError);
  });

  it('refuses to save a snapshot over an existing project', async () => {
    await expect(repo.saveSnapshot(makeSnapshot('p1'))).rejects.toThrow();
  });
});
