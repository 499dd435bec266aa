import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { PilahDatabase } from '../db/database';
import { ProjectRepository } from '../db/project-repository';
import { makeSnapshot } from '../testing/fixtures';
import { createAppStore } from './index';

/** Two tabs on one browser profile: two stores over the same IndexedDB database. */
let db: PilahDatabase;
let repo: ProjectRepository;
let writerTab: ReturnType<typeof createAppStore>;
let readerTab: ReturnType<typeof createAppStore>;

const rename = (label: string) => ({ put: { codes: [{ ...makeSnapshot('p1').codes[1]!, label: { id: label, en: label } }] } });
const storedLabel = async () => (await repo.loadProject('p1')).codes['p1-c2']?.label.id;

beforeEach(async () => {
  db = new PilahDatabase(`test-${crypto.randomUUID()}`);
  repo = new ProjectRepository(db);
  writerTab = createAppStore(() => repo);
  readerTab = createAppStore(() => repo);
  await writerTab.getState().addProject(makeSnapshot('p1'));
  await readerTab.getState().openProject('p1');
  readerTab.getState().setLocale('id');
});
afterEach(() => db.delete());

describe('a tab that has just opened a project', () => {
  it('holds an action taken while it asks for the lock, and runs it once it is the writer', async () => {
    const tab = writerTab.getState();
    tab.setWriterState({ readOnly: true, readOnlyReason: 'checking' });
    const pending = tab.perform('renameCode', () => rename('Langsung'));
    tab.setWriterState({ readOnly: false, readOnlyReason: null });
    expect(await pending).toBe(true);
    expect(await storedLabel()).toBe('Langsung');
  });

  it('refuses it, in words, when the answer is that another tab writes', async () => {
    const tab = writerTab.getState();
    tab.setWriterState({ readOnly: true, readOnlyReason: 'checking' });
    const pending = tab.perform('renameCode', () => rename('Ditolak'));
    tab.setWriterState({ readOnly: true, readOnlyReason: 'other-tab' });
    expect(await pending).toBe(false);
    expect(await storedLabel()).toBe('Empowering');
  });
});

describe('a read-only tab', () => {
  it('refuses every write with a sentence and leaves the stored project as it was', async () => {
    readerTab.getState().setWriterState({ readOnly: true, readOnlyReason: 'other-tab' });
    const before = readerTab.getState().current;
    await readerTab.getState().perform('renameCode', () => rename('Ditolak'));
    expect(await storedLabel()).toBe('Empowering');
    expect(readerTab.getState().current).toBe(before);
    expect(readerTab.getState().lastError).toBe(translate('id', 'writer:refused.otherTab'));
    expect(readerTab.getState().saveStatus).toBe('idle');
  });

  it('refuses undo too once another tab took over, so an old command cannot revert the other tab', async () => {
    const tab = readerTab.getState();
    await tab.perform('renameCode', () => rename('Dari tab ini'));
    expect(readerTab.getState().undoLabelKey).toBe('commands:renameCode');
    tab.setWriterState({ readOnly: true, readOnlyReason: 'taken-over' });
    await writerTab.getState().perform('renameCode', () => rename('Dari tab lain'));
    await tab.undo();
    expect(await storedLabel()).toBe('Dari tab lain');
    expect(readerTab.getState().lastError).toBe(translate('id', 'writer:refused.takenOver'));
  });
});

describe('following the writer', () => {
  it('tells listeners of each committed write with the stored time, and not of refused ones', async () => {
    const heard: [string, string][] = [];
    const stop = writerTab.getState().onWriteCommitted((id, at) => heard.push([id, at]));
    await writerTab.getState().perform('renameCode', () => rename('Pemberdayaan'));
    const stored = await repo.loadProject('p1');
    expect(heard).toEqual([['p1', stored.project.modifiedAt]]);

    writerTab.getState().setWriterState({ readOnly: true, readOnlyReason: 'taken-over' });
    await writerTab.getState().perform('renameCode', () => rename('Tidak'));
    stop();
    expect(heard).toHaveLength(1);
  });

  it('re-reads the project the other tab changed, keeping the screen and selection, with a fresh undo history', async () => {
    const reader = readerTab.getState();
    await reader.perform('editJournal', () => ({ project: { journal: 'catatan lama' } }));
    reader.setScreen('coding');
    reader.openDocument('p1-d1');
    reader.selectSegment('p1-s1');
    reader.selectCode('p1-c2');
    reader.setWriterState({ readOnly: true, readOnlyReason: 'taken-over' });

    await writerTab.getState().perform('renameCode', () => rename('Pemberdayaan'));
    await readerTab.getState().reloadCurrent();

    const after = readerTab.getState();
    expect(after.current?.codes['p1-c2']?.label.id).toBe('Pemberdayaan');
    expect(after.current?.project.journal).toBe('catatan lama');
    expect(after.screen).toBe('coding');
    expect(after.activeDocumentId).toBe('p1-d1');
    expect(after.selectedSegmentId).toBe('p1-s1');
    expect(after.selectedCodeId).toBe('p1-c2');
    expect(after.undoLabelKey).toBeNull();
  });

  it('lets go of a selection the other tab deleted', async () => {
    readerTab.getState().selectCode('p1-c2');
    await writerTab.getState().perform('deleteCode', () => ({ delete: { codes: ['p1-c2'] } }));
    await readerTab.getState().reloadCurrent();
    expect(readerTab.getState().current?.codes['p1-c2']).toBeUndefined();
    expect(readerTab.getState().selectedCodeId).toBeNull();
  });
});
