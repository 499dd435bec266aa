import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { getDatabase } from '../../db/database';
import { ProjectRepository } from '../../db/project-repository';
import { useAppStore } from '../../store';
import { makeSnapshot } from '../../testing/fixtures';
import { linkConclusionEvidence, saveConclusionText, saveVerdictScale, setConclusionVerdict, unlinkConclusionEvidence } from './conclusion-actions';

// A project of its own for every test (the app's database keeps them all).
let projectId = '';
let NEW = { codeId: '', conclusionId: null };
let segmentId = '';
let count = 0;

const conclusions = () => Object.values(useAppStore.getState().current!.conclusions);
const stored = async () => Object.values((await new ProjectRepository(getDatabase()).loadProject(projectId)).conclusions);

beforeEach(async () => {
  projectId = `p${++count}`;
  NEW = { codeId: `${projectId}-c1`, conclusionId: null };
  segmentId = `${projectId}-s1`;
  const store = useAppStore.getState();
  store.closeProject();
  store.setActiveCoder(null);
  await store.addProject(makeSnapshot(projectId));
});

describe('the actions of a conclusion card', () => {
  it('create the conclusion with the first edit, and a second quick edit goes to the same one', async () => {
    // Both start before the first has been written: the second must still find the new row.
    await Promise.all([saveConclusionText(NEW, 'Pelatihan rutin.'), linkConclusionEvidence(NEW, [segmentId])]);
    expect(conclusions()).toHaveLength(1);
    expect(conclusions()[0]).toMatchObject({ codeId: NEW.codeId, text: 'Pelatihan rutin.', evidenceSegmentIds: [segmentId] });
    expect(await stored()).toEqual(conclusions());
  });

  it('record the coder who is working', async () => {
    useAppStore.getState().setActiveCoder('coder-2');
    await setConclusionVerdict(NEW, 'Optimal');
    expect(conclusions()[0]).toMatchObject({ verdict: 'Optimal', coderId: 'coder-2' });
  });

  it('refuse a verdict off the scale with a sentence, changing nothing', async () => {
    await saveConclusionText(NEW, 'Teks');
    const before = useAppStore.getState().current;
    expect(await setConclusionVerdict({ codeId: NEW.codeId, conclusionId: conclusions()[0]!.id }, 'Luar biasa')).toBe(false);
    expect(useAppStore.getState().current).toBe(before);
    expect(useAppStore.getState().lastError).toBe(translate('id', 'conclusions:refused.verdict-not-in-scale'));
    expect(useAppStore.getState().undoLabelKey).toBe('commands:addConclusion');
  });

  it('rename a level of the scale with its conclusions in one undo step', async () => {
    await setConclusionVerdict(NEW, 'Cukup optimal');
    expect(await saveVerdictScale([{ name: 'Optimal', from: 'Optimal' }, { name: 'Cukup', from: 'Cukup optimal' }, { name: 'Belum optimal', from: 'Belum optimal' }])).toBe(true);
    expect(useAppStore.getState().current!.project.settings.verdictScale).toEqual(['Optimal', 'Cukup', 'Belum optimal']);
    expect(conclusions()[0]!.verdict).toBe('Cukup');
    await useAppStore.getState().undo();
    expect(useAppStore.getState().current!.project.settings.verdictScale).toEqual(['Optimal', 'Cukup optimal', 'Belum optimal']);
    expect(conclusions()[0]!.verdict).toBe('Cukup optimal');
    expect(await stored()).toEqual(conclusions());
  });

  it('are refused while a supervisor reviews the project', async () => {
    await saveConclusionText(NEW, 'Teks mahasiswa');
    const supervisor = { id: 'sup', projectId, name: 'Dr. Wulan', role: 'supervisor' as const, createdAt: '2026-11-01T08:00:00.000Z' };
    await useAppStore.getState().perform('addCoder', () => ({ put: { coders: [supervisor] } }));
    await useAppStore.getState().startReview('sup');
    const before = useAppStore.getState().current;
    expect(await saveConclusionText({ codeId: NEW.codeId, conclusionId: conclusions()[0]!.id }, 'Teks pembimbing')).toBe(false);
    expect(await linkConclusionEvidence(NEW, [segmentId])).toBe(false);
    expect(useAppStore.getState().current).toBe(before);
    expect(useAppStore.getState().lastError).toBeTruthy();
    expect(conclusions()[0]!.text).toBe('Teks mahasiswa');
  });

  it('unlink evidence, undoably', async () => {
    await linkConclusionEvidence(NEW, [segmentId]);
    await unlinkConclusionEvidence(conclusions()[0]!.id, segmentId);
    expect(conclusions()[0]!.evidenceSegmentIds).toEqual([]);
    await useAppStore.getState().undo();
    expect(conclusions()[0]!.evidenceSegmentIds).toEqual([segmentId]);
  });
});
