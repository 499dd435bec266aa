import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionKind } from '../../shared/actions';
import type { Changeset, ProjectState } from '../../shared/model/changeset';
import { translate } from '../../shared/i18n';
import { applyCodes, DomainError } from '../../shared/project';
import { PilahDatabase } from '../db/database';
import { ProjectRepository } from '../db/project-repository';
import { makeSegment, makeSnapshot } from '../testing/fixtures';
import { HISTORY_LIMIT } from './history';
import { createAppStore } from './index';
import type { ProjectStorage } from './storage';

let db: PilahDatabase;
let repo: ProjectRepository;
let store: ReturnType<typeof createAppStore>;

const codeSegment = (id: string, start: number, end: number): Changeset => ({
  put: { segments: [makeSegment('p1', id, 'p1-d1', start, end, ['p1-c2'])] },
});

/** Runs an action whose changeset is fixed or built from the state the queue reaches. */
const perform = (s: typeof store, kind: ActionKind, change: Changeset | ((state: ProjectState) => Changeset)) =>
  s.getState().perform(kind, typeof change === 'function' ? change : () => change);

/** What is stored, in the shape the store keeps in memory. */
const stored = () => repo.loadProject('p1');
const withoutModified = (s: ProjectState) => ({ ...s, project: { ...s.project, modifiedAt: '' } });

beforeEach(async () => {
  db = new PilahDatabase(`test-${crypto.randomUUID()}`);
  repo = new ProjectRepository(db);
  store = createAppStore(() => repo);
  await store.getState().addProject(makeSnapshot('p1'));
});
afterEach(() => db.delete());

describe('useAppStore', () => {
  it('reopens the last project when it is still stored, and quietly does nothing when it was deleted meanwhile', async () => {
    const fresh = createAppStore(() => repo);
    expect(await fresh.getState().reopenProject('p1')).toBe(true);
    expect(fresh.getState().current?.project.id).toBe('p1');
    const other = createAppStore(() => repo);
    expect(await other.getState().reopenProject('gone')).toBe(false);
    expect(other.getState()).toMatchObject({ current: null, lastError: null });
  });

  it('shows a project stored from a file as it was stored, without reading it back first', async () => {
    let reads = 0;
    const counting: ProjectStorage = { listProjects: () => repo.listProjects(), saveSnapshot: (s, signal) => repo.saveSnapshot(s, signal), applyChangeset: (id, cs) => repo.applyChangeset(id, cs), deleteProject: (id) => repo.deleteProject(id), loadProject: (id) => (reads++, repo.loadProject(id)) };
    const fresh = createAppStore(() => counting);
    await fresh.getState().addProject(makeSnapshot('p2'));
    expect(fresh.getState().current).toEqual(await repo.loadProject('p2'));
    expect(reads).toBe(0);
  });

  it('a cancelled opening stores and shows nothing and reports no error', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(store.getState().addProject(makeSnapshot('p2'), controller.signal)).rejects.toThrow(/abort/i);
    expect(store.getState().current?.project.id).toBe('p1');
    expect(store.getState().lastError).toBeNull();
    expect((await repo.listProjects()).map((p) => p.id)).toEqual(['p1']);
  });

  it('opens a new project on the data screen with an empty history', () => {
    const s = store.getState();
    expect(s.current?.project.id).toBe('p1');
    expect(s.screen).toBe('data');
    expect(s.undoLabelKey).toBeNull();
  });

  it('perform → undo → redo round-trips both the state and the database', async () => {
    const original = store.getState().current!;
    await perform(store, 'applyCode', codeSegment('p1-s2', 0, 10));
    await perform(store, 'editJournal', { project: { journal: 'Hari 1' } });
    const done = store.getState().current!;
    expect(done.segments['p1-s2']?.codeIds).toEqual(['p1-c2']);
    expect(done.project.journal).toBe('Hari 1');
    expect(await stored()).toEqual(done);
    expect(store.getState().undoLabelKey).toBe('commands:editJournal');

    await store.getState().undo();
    await store.getState().undo();
    const undone = store.getState().current!;
    expect(undone.segments['p1-s2']).toBeUndefined();
    expect(withoutModified(undone)).toEqual(withoutModified(original));
    expect(await stored()).toEqual(undone);
    expect(store.getState().undoLabelKey).toBeNull();
    expect(store.getState().redoLabelKey).toBe('commands:applyCode');

    await store.getState().redo();
    await store.getState().redo();
    expect(withoutModified(store.getState().current!)).toEqual(withoutModified(done));
    expect(await stored()).toEqual(store.getState().current);
    expect(store.getState().redoLabelKey).toBeNull();
  });

  it('computes a changeset from the state at the moment it runs, in order', async () => {
    const appendJournal = (line: string) => (s: ProjectState): Changeset => ({ project: { journal: s.project.journal + line } });
    await Promise.all([
      perform(store, 'editJournal', appendJournal('a')),
      perform(store, 'editJournal', appendJournal('b')),
    ]);
    expect(store.getState().current!.project.journal).toBe('ab');
    expect((await stored()).project.journal).toBe('ab');
  });

  it('ignores an empty changeset: nothing to undo, nothing written', async () => {
    const revision = store.getState().revision;
    await perform(store, 'applyCode', { put: { segments: [] } });
    expect(store.getState().undoLabelKey).toBeNull();
    expect(store.getState().revision).toBe(revision);
  });

  it('a new action clears redo', async () => {
    await perform(store, 'applyCode', codeSegment('p1-s2', 0, 10));
    await store.getState().undo();
    await perform(store, 'applyCode', codeSegment('p1-s3', 5, 12));
    expect(store.getState().redoLabelKey).toBeNull();
    await store.getState().redo();
    expect(store.getState().current!.segments['p1-s2']).toBeUndefined();
  });

  it('when the write fails: an error is shown, the state is unchanged and nothing is recorded', async () => {
    const failing: ProjectStorage = { listProjects: () => repo.listProjects(), loadProject: (id) => repo.loadProject(id), saveSnapshot: (s) => repo.saveSnapshot(s), deleteProject: (id) => repo.deleteProject(id), applyChangeset: () => Promise.reject(new Error('disk full')) };
    const broken = createAppStore(() => failing);
    await broken.getState().openProject('p1');
    const before = broken.getState().current;
    await perform(broken, 'applyCode', codeSegment('p1-s2', 0, 10));
    expect(broken.getState().current).toBe(before);
    expect(broken.getState().undoLabelKey).toBeNull();
    expect(broken.getState().saveStatus).toBe('error');
    expect(broken.getState().lastError).toContain('disk full');
    expect((await stored()).segments['p1-s2']).toBeUndefined();
  });

  it('what follows an action on screen (selecting the new segment) happens only once it is stored', async () => {
    const failing: ProjectStorage = { listProjects: () => repo.listProjects(), loadProject: (id) => repo.loadProject(id), saveSnapshot: (s) => repo.saveSnapshot(s), deleteProject: (id) => repo.deleteProject(id), applyChangeset: () => Promise.reject(new Error('disk full')) };
    const broken = createAppStore(() => failing);
    await broken.getState().openProject('p1');
    let shownAfterFailure = false;
    expect(await broken.getState().perform('applyCode', () => codeSegment('p1-s2', 0, 10), () => (shownAfterFailure = true))).toBe(false);
    expect(shownAfterFailure).toBe(false);
    let shownWith: unknown = null;
    expect(await store.getState().perform('applyCode', () => codeSegment('p1-s2', 0, 10), () => (shownWith = store.getState().current!.segments['p1-s2']))).toBe(true);
    expect(shownWith).toBeTruthy();
    expect((await stored()).segments['p1-s2']).toBeDefined();
  });

  it("a full disk reads as a sentence in the student's language, never the browser's error, and nothing is stored", async () => {
    const quota = Object.assign(new Error('QuotaExceededError: Encountered full disk quota'), { name: 'AbortError', inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
    const full: ProjectStorage = { listProjects: () => repo.listProjects(), loadProject: (id) => repo.loadProject(id), saveSnapshot: (s) => repo.saveSnapshot(s), deleteProject: (id) => repo.deleteProject(id), applyChangeset: () => Promise.reject(quota) };
    const broken = createAppStore(() => full);
    await broken.getState().openProject('p1');
    const before = broken.getState().current;
    expect(await perform(broken, 'applyCode', codeSegment('p1-s2', 0, 10))).toBe(false);
    expect(broken.getState().lastError).toBe(translate('id', 'errors:storageFull'));
    expect(broken.getState().lastError).not.toMatch(/quota|DOMException|AbortError/i);
    expect(broken.getState().current).toBe(before);
    expect(broken.getState().undoLabelKey).toBeNull();
    expect((await stored()).segments['p1-s2']).toBeUndefined();
  });

  it('a refused action (domain rule) shows why and changes nothing', async () => {
    const before = store.getState().current;
    await perform(store, 'updateProject', () => {
      throw new DomainError('empty-label', 'title');
    });
    expect(store.getState().current).toBe(before);
    expect(store.getState().undoLabelKey).toBeNull();
    expect(store.getState().lastError).toBe('Nama atau judul tidak boleh kosong.');
  });

  it('keeps at most the last 500 actions undoable', async () => {
    for (let i = 0; i < HISTORY_LIMIT + 3; i++) {
      await perform(store, 'editJournal', { project: { journal: `v${i}` } });
    }
    for (let i = 0; i < HISTORY_LIMIT + 3; i++) await store.getState().undo();
    // The three oldest edits can no longer be undone.
    expect(store.getState().current!.project.journal).toBe('v2');
  }, 60_000);

  it('records the save time and counts writes for the backup', async () => {
    await perform(store, 'applyCode', codeSegment('p1-s2', 0, 10));
    expect(store.getState().saveStatus).toBe('saved');
    expect(store.getState().lastSavedAt).toBe(store.getState().current!.project.modifiedAt);
    expect(store.getState().revision).toBe(1);
  });

  it('lists, closes and deletes projects', async () => {
    await store.getState().addProject(makeSnapshot('p2'));
    store.getState().closeProject();
    await store.getState().refreshProjects();
    expect(store.getState().current).toBeNull();
    expect(store.getState().projects.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    await store.getState().deleteProject('p2');
    expect(store.getState().projects.map((p) => p.id)).toEqual(['p1']);
  });

  it('reveals a segment in the coding workspace', () => {
    store.getState().revealSegment('p1-s1');
    const s = store.getState();
    expect([s.screen, s.activeDocumentId, s.selectedSegmentId, s.revealOffset?.offset]).toEqual(['coding', 'p1-d1', 'p1-s1', 32]);
  });
});

describe('two quick actions', () => {
  it('both land when fired without waiting: two codes on one selection make one segment with both', async () => {
    const code = (codeId: string) =>
      store.getState().perform('applyCode', (state, by) => applyCodes(state, { documentId: 'p1-d1', start: 0, end: 10, codeIds: [codeId], coderId: by.coderId }, by.now).changeset);
    await Promise.all([code('p1-c1'), code('p1-c2')]);
    const onRange = Object.values((await stored()).segments).filter((seg) => seg.start === 0 && seg.end === 10);
    expect(onRange).toHaveLength(1);
    expect(onRange[0]!.codeIds.sort()).toEqual(['p1-c1', 'p1-c2']);
    expect(store.getState().current!.segments[onRange[0]!.id]!.codeIds.sort()).toEqual(['p1-c1', 'p1-c2']);
  });
});

describe('review mode', () => {
  const supervisor = { id: 'sup', projectId: 'p1', name: 'Dr. Ani', role: 'supervisor' as const, createdAt: '2026-11-01T08:00:00.000Z' };

  it('holds through undo: Ctrl+Z cannot undo adding the supervisor, nor anything the student did before', async () => {
    await perform(store, 'editJournal', { project: { journal: 'catatan mahasiswa' } });
    await perform(store, 'addCoder', { put: { coders: [supervisor] } });
    await store.getState().startReview('sup');
    expect(store.getState().undoLabelKey).toBeNull();
    await store.getState().undo();
    await store.getState().undo();
    expect(store.getState().reviewing).toBe(true);
    expect((await stored()).coders['sup']).toBeDefined();
    expect((await stored()).project.journal).toBe('catatan mahasiswa');
    // Still refused after the undo attempts: deleting a code.
    await perform(store, 'deleteCode', { delete: { codes: ['p1-c1'] } });
    expect(store.getState().lastError).toMatch(/pembimbing|supervisor/i);
    expect((await stored()).codes['p1-c1']).toBeDefined();
  });

  it('is not left by switching to another coder; only endReview leaves it, and undo does not cross back', async () => {
    await perform(store, 'addCoder', { put: { coders: [supervisor] } });
    await store.getState().startReview('sup');
    expect(store.getState().setActiveCoder(null)).toBe(false);
    expect(store.getState().activeCoderId).toBe('sup');
    expect(store.getState().reviewing).toBe(true);
    expect(store.getState().lastError).toBeTruthy();
    await perform(store, 'addComment', { put: { comments: [{ id: 'k0', projectId: 'p1', target: { kind: 'project' as const }, parentId: null, authorId: 'sup', text: 'Bagus.', createdAt: '2026-11-02T08:00:00.000Z', resolvedAt: null, resolvedBy: null }] } });
    expect(store.getState().undoLabelKey).toBe('commands:addComment');
    await store.getState().endReview();
    expect(store.getState().reviewing).toBe(false);
    expect(store.getState().activeCoderId).toBeNull();
    expect(store.getState().undoLabelKey).toBeNull();
    await perform(store, 'applyCode', codeSegment('p1-s7', 0, 10));
    expect((await stored()).segments['p1-s7']).toBeDefined();
  });


  it('lets a supervisor comment but refuses their coding, leaving project and database unchanged', async () => {
    const supervisor = { id: 'sup', projectId: 'p1', name: 'Dr. Ani', role: 'supervisor' as const, createdAt: '2026-11-01T08:00:00.000Z' };
    await perform(store, 'addCoder', { put: { coders: [supervisor] } });
    await store.getState().startReview('sup');
    const before = store.getState().current!;

    await perform(store, 'applyCode', codeSegment('p1-s9', 0, 10));
    expect(store.getState().lastError).toMatch(/pembimbing|supervisor/i);
    expect(store.getState().current).toBe(before);
    expect((await stored()).segments['p1-s9']).toBeUndefined();

    store.getState().clearError();
    const comment = {
      id: 'k1',
      projectId: 'p1',
      target: { kind: 'segment' as const, segmentId: 'p1-s1' },
      parentId: null,
      authorId: 'sup',
      text: 'Perlu triangulasi.',
      createdAt: '2026-11-02T08:00:00.000Z',
      resolvedAt: null,
      resolvedBy: null,
    };
    await perform(store, 'addComment', { put: { comments: [comment] } });
    expect(store.getState().lastError).toBeNull();
    expect((await stored()).comments['k1']?.text).toBe('Perlu triangulasi.');
  });
});

describe('authorship', () => {
  it('stamps a memo written on any screen with the active coder and the time; other fields leave the stamp alone', async () => {
    const coder = { id: 'k2', projectId: 'p1', name: 'Rina', role: 'secondCoder' as const, createdAt: '2026-11-01T08:00:00.000Z' };
    await perform(store, 'addCoder', { put: { coders: [coder] } });
    store.getState().setActiveCoder('k2');
    const informant = store.getState().current!.informants['p1-i1']!;
    await perform(store, 'updateInformant', { put: { informants: [{ ...informant, memo: 'Ramah, paham program.' }] } });
    const stamped = (await stored()).informants['p1-i1']!;
    expect(stamped.memoBy).toBe('k2');
    expect(stamped.memoAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    store.getState().setActiveCoder(null);
    await perform(store, 'updateInformant', { put: { informants: [{ ...stamped, position: 'Ketua' }] } });
    expect((await stored()).informants['p1-i1']!.memoBy).toBe('k2');
  });
});

describe('team sync hooks', () => {
  it('tells the sync every stored changeset (action, undo, redo) and never what arrived from the server', async () => {
    const told: { projectId: string; forward: Changeset }[] = [];
    const stop = store.getState().onChangesetStored((projectId, _before, forward) => told.push({ projectId, forward }));
    await perform(store, 'applyCode', codeSegment('p1-s2', 0, 10));
    await store.getState().undo();
    await store.getState().redo();
    expect(told.map((t) => t.projectId)).toEqual(['p1', 'p1', 'p1']);
    expect(told[0]!.forward.put?.segments?.map((s) => s.id)).toEqual(['p1-s2']);
    expect(told[1]!.forward.delete?.segments).toEqual(['p1-s2']);

    // A coding from another machine: stored and shown, not undoable, not echoed back.
    const ok = await store.getState().applyRemote('p1', () => codeSegment('p1-s9', 20, 30));
    expect(ok).toBe(true);
    expect(told).toHaveLength(3);
    expect(store.getState().current!.segments['p1-s9']).toBeDefined();
    expect((await stored()).segments['p1-s9']).toBeDefined();
    expect(store.getState().undoLabelKey).toBe('commands:applyCode');
    await store.getState().undo();
    expect((await stored()).segments['p1-s9']).toBeDefined();
    expect((await stored()).segments['p1-s2']).toBeUndefined();
    stop();
    await perform(store, 'applyCode', codeSegment('p1-s3', 5, 12));
    expect(told).toHaveLength(4);
  });

  it('ignores what arrives for a project that is no longer open', async () => {
    store.getState().closeProject();
    expect(await store.getState().applyRemote('p1', () => codeSegment('p1-s9', 20, 30))).toBe(false);
    expect((await stored()).segments['p1-s9']).toBeUndefined();
  });
});
