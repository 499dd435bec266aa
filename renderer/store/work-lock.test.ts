import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Changeset } from '../../shared/model/changeset';
import { translate } from '../../shared/i18n';
import { PilahDatabase } from '../db/database';
import { ProjectRepository } from '../db/project-repository';
import { makeSegment, makeSnapshot } from '../testing/fixtures';
import { createAppStore } from './index';

/** The store as a team-sync project opened by users of each role sees it (identity from the server's roles). */
let db: PilahDatabase;
let repo: ProjectRepository;
let store: ReturnType<typeof createAppStore>;

const coding = (id: string, coderId: string | null): Changeset => ({ put: { segments: [{ ...makeSegment('p1', id, 'p1-d1', 0, 10, ['p1-c2']), coderId }] } });
const stored = () => repo.loadProject('p1');
const coders = [
  { id: 'rudi', projectId: 'p1', name: 'Rudi', role: 'secondCoder' as const, createdAt: '2026-11-01T08:00:00.000Z' },
  { id: 'sari', projectId: 'p1', name: 'Sari', role: 'secondCoder' as const, createdAt: '2026-11-01T08:00:00.000Z' },
  { id: 'ani', projectId: 'p1', name: 'Dr. Ani', role: 'supervisor' as const, createdAt: '2026-11-01T08:00:00.000Z' },
];

beforeEach(async () => {
  db = new PilahDatabase(`test-${crypto.randomUUID()}`);
  repo = new ProjectRepository(db);
  store = createAppStore(() => repo);
  await store.getState().addProject(makeSnapshot('p1'));
  await store.getState().perform('addCoder', () => ({ put: { coders } }));
});
afterEach(() => db.delete());

describe('an observer of a connected project', () => {
  it('codes nothing: the action is refused in one sentence and nothing is stored; undo is refused too', async () => {
    await store.getState().perform('editJournal', () => ({ project: { journal: 'sebelum terhubung' } }));
    store.getState().setSyncIdentity({ role: 'observer', coderId: null });
    const before = store.getState().current;
    expect(await store.getState().perform('applyCode', () => coding('p1-s9', null))).toBe(false);
    expect(store.getState().lastError).toBe(translate('id', 'review:refused.read-only'));
    expect(store.getState().current).toBe(before);
    expect((await stored()).segments['p1-s9']).toBeUndefined();
    await store.getState().undo();
    expect((await stored()).project.journal).toBe('sebelum terhubung');
  });

  it('a user the roles do not name is read-only too; disconnecting lifts it', async () => {
    store.getState().setSyncIdentity({ role: null, coderId: null });
    expect(await store.getState().perform('addComment', () => ({ put: { comments: [] } }))).toBe(false);
    store.getState().setSyncIdentity(null);
    expect(await store.getState().perform('applyCode', () => coding('p1-s9', null))).toBe(true);
    expect((await stored()).segments['p1-s9']).toBeDefined();
  });
});

describe('a second coder or a supervisor connected to the server works only as themselves', () => {
  it('a second coder cannot switch to another coder or the owner, and their own coding is stored as theirs', async () => {
    store.getState().setSyncIdentity({ role: 'coder', coderId: 'rudi' });
    expect(store.getState().setActiveCoder('rudi')).toBe(true);
    expect(store.getState().setActiveCoder('sari')).toBe(false);
    expect(store.getState().lastError).toBe(translate('id', 'review:refused.locked-coder', { name: 'Rudi' }));
    expect(store.getState().setActiveCoder(null)).toBe(false);
    await store.getState().startReview('ani');
    expect(store.getState()).toMatchObject({ activeCoderId: 'rudi', reviewing: false });
    expect(await store.getState().perform('applyCode', (_s, by) => coding('p1-s9', by.coderId))).toBe(true);
    expect((await stored()).segments['p1-s9']?.coderId).toBe('rudi');
  });

  it("a second coder's change to anything but their own codings is refused in words and not stored, undo included", async () => {
    await store.getState().perform('applyCode', () => coding('p1-s8', null));
    store.getState().setSyncIdentity({ role: 'coder', coderId: 'rudi' });
    store.getState().setActiveCoder('rudi');
    expect(await store.getState().perform('editJournal', () => ({ project: { journal: 'oleh Rudi' } }))).toBe(false);
    expect(store.getState().lastError).toBe(translate('id', 'review:refused.codings-only'));
    expect(await store.getState().perform('deleteSegment', () => ({ delete: { segments: ['p1-s8'] } }))).toBe(false);
    // Undoing the student's coding, made on this machine before connecting, would delete it: refused too.
    await store.getState().undo();
    expect(store.getState().lastError).toBe(translate('id', 'review:refused.codings-only'));
    const held = await stored();
    expect(held.project.journal).not.toBe('oleh Rudi');
    expect(held.segments['p1-s8']).toBeDefined();
    // Their own coding, and its undo, go through.
    expect(await store.getState().perform('applyCode', (_s, by) => coding('p1-s9', by.coderId))).toBe(true);
    await store.getState().undo();
    expect((await stored()).segments['p1-s9']).toBeUndefined();
  });

  it('a supervisor cannot leave review mode nor change the reviewer until the project is disconnected', async () => {
    store.getState().setSyncIdentity({ role: 'supervisor', coderId: 'ani' });
    await store.getState().startReview('ani');
    await store.getState().endReview();
    expect(store.getState()).toMatchObject({ activeCoderId: 'ani', reviewing: true });
    expect(store.getState().lastError).toBe(translate('id', 'review:refused.locked-reviewer', { name: 'Dr. Ani' }));
    expect(store.getState().setActiveCoder('rudi')).toBe(false);
    store.getState().setSyncIdentity(null);
    await store.getState().endReview();
    expect(store.getState()).toMatchObject({ activeCoderId: null, reviewing: false });
  });

  it('the student keeps today’s freedom', () => {
    store.getState().setSyncIdentity({ role: 'student', coderId: null });
    expect(store.getState().setActiveCoder('sari')).toBe(true);
    expect(store.getState().setActiveCoder(null)).toBe(true);
  });
});
