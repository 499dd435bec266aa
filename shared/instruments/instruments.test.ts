import { describe, expect, it } from 'vitest';
import { action, commit } from '../actions';
import { FRAMEWORKS } from '../frameworks';
import type { ProjectState } from '../model/changeset';
import { snapshotFromState, stateFromSnapshot } from '../model/changeset';
import type { GuideItem } from '../model/types';
import { addCode, createProject, updateCode } from '../project';
import { childrenOf, codeLabel } from '../project/code-tree';
import { doAndUndo } from '../project/test-support';
import { importQdpx, writeQdpx } from '../refi';
import {
  addGuideItem,
  addGuideProbe,
  createGuide,
  deleteGuideItem,
  deleteGuideProbe,
  editGuideItemText,
  editGuideProbe,
  guideOutline,
  instrumentsOf,
  localized,
  moveGuideItem,
  moveGuideProbe,
  removeGuideFramework,
  setGuideAudience,
} from '.';
import { NOW, projectWithGuide, rootOf, run } from './test-support';

const leavesUnder = (state: ProjectState, id: string): string[] => {
  const children = childrenOf(state, id);
  return children.length === 0 ? [id] : children.flatMap((c) => leavesUnder(state, c.id));
};

const questionsOf = (state: ProjectState, codeId: string): GuideItem[] =>
  instrumentsOf(state).items.filter((i) => i.kind === 'interview' && i.codeId === codeId).sort((a, b) => a.order - b.order);

describe('creating the guide from a framework', () => {
  it('asks at least one question, with a follow-up, about every indicator of the empowerment framework, in both languages', () => {
    const state = projectWithGuide('empowerment');
    const root = rootOf(state, 'empowerment');
    const leaves = leavesUnder(state, root);
    expect(leaves).toHaveLength(17);
    for (const leaf of leaves) {
      const questions = questionsOf(state, leaf);
      expect(questions.length, codeLabel(state.codes[leaf]!, 'id')).toBeGreaterThan(0);
      for (const q of questions) {
        expect(q.text.id).toMatch(/\?$/);
        expect(q.text.en).toMatch(/\?$/);
        expect(q.text.id).not.toBe(q.text.en);
        expect(q.probes.length).toBeGreaterThan(0);
        expect(q.probes.every((p) => p.text.id && p.text.en)).toBe(true);
      }
    }
    // The factors framework of the same project is not in the guide until the student adds it.
    expect(instrumentsOf(state).frameworkCodeIds).toEqual([root]);
  });

  it('lays the interview guide out as the framework is: Enabling, Empowering, Protecting, then the closing question', () => {
    const state = projectWithGuide('empowerment');
    const outline = guideOutline(state, 'interview');
    expect(outline.frameworks).toHaveLength(1);
    expect(outline.frameworks[0]!.sections.map((s) => codeLabel(s.dimension, 'id'))).toEqual(['Enabling', 'Empowering', 'Protecting']);
    expect(outline.frameworks[0]!.sections[0]!.groups.map((g) => codeLabel(g.code, 'id'))[0]).toBe('Sosialisasi program');
    expect(outline.general).toHaveLength(1);
    expect(localized(outline.general[0]!.text, 'id')).toContain('hal lain');
    // Numbered straight through, the closing question last.
    const numbers = [...outline.numbers.values()];
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(outline.numbers.get(outline.general[0]!.id)).toBe(numbers.length);
  });

  it('also fills the observation guide and the documentation checklist, each with where to look', () => {
    const state = projectWithGuide('edward3');
    for (const kind of ['observation', 'documentation'] as const) {
      const items = instrumentsOf(state).items.filter((i) => i.kind === kind);
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(items.every((i) => i.text.id && i.text.en && i.where.id && i.where.en && i.probes.length === 0)).toBe(true);
    }
    const sop = Object.values(state.codes).find((c) => c.label.id === 'SOP')!;
    expect(instrumentsOf(state).items.filter((i) => i.codeId === sop.id).map((i) => i.kind).sort()).toEqual(['documentation', 'interview', 'observation']);
  });

  it.each(FRAMEWORKS.map((f) => f.id))('ships a written default, not a generic one, for every indicator of %s', (framework) => {
    const state = projectWithGuide(framework);
    const leaves = leavesUnder(state, rootOf(state, framework));
    for (const leaf of leaves) {
      const questions = questionsOf(state, leaf);
      expect(questions.length).toBeGreaterThan(0);
      expect(questions.every((q) => q.origin.startsWith(`${framework}/`))).toBe(true);
    }
  });

  it('can be undone exactly, and running it again changes nothing', () => {
    const before = stateFromSnapshot(createProject({ title: 'Uji', frameworks: ['empowerment'] }, NOW));
    const after = doAndUndo(before, createGuide(before, rootOf(before, 'empowerment')));
    expect(createGuide(after, rootOf(after, 'empowerment'))).toEqual({});
  });

  it('never overwrites the student’s edits, and fills only indicators that have no items', () => {
    let state = projectWithGuide('empowerment');
    const training = Object.values(state.codes).find((c) => c.label.id === 'Pelatihan')!;
    const [question] = questionsOf(state, training.id);
    state = run(state, 'editGuideItem', (s) => editGuideItemText(s, question!.id, 'id', 'Pelatihan apa yang paling dibutuhkan pelaku usaha?'));
    // The student's own indicator, added after the guide was made.
    const enabling = Object.values(state.codes).find((c) => c.label.id === 'Enabling')!;
    state = run(state, 'addCode', (s) => addCode(s, { parentId: enabling.id, label: 'Kemitraan' }).changeset);
    state = run(state, 'createGuide', (s) => createGuide(s, rootOf(s, 'empowerment')));
    expect(questionsOf(state, training.id).map((q) => q.text.id)).toEqual(['Pelatihan apa yang paling dibutuhkan pelaku usaha?']);
    const own = Object.values(state.codes).find((c) => c.label.id === 'Kemitraan')!;
    expect(questionsOf(state, own.id).map((q) => q.text.id)).toEqual(['Bagaimana pendapat Bapak/Ibu tentang kemitraan dalam program ini?']);
  });

  it('asks a plain question about an indicator renamed beyond recognition', () => {
    let state = stateFromSnapshot(createProject({ title: 'Uji', frameworks: ['edward3'] }, NOW));
    const staff = Object.values(state.codes).find((c) => c.label.id === 'Staf')!;
    state = run(state, 'renameCode', (s) => updateCode(s, staff.id, { label: 'Kecukupan pendamping' }, 'id'));
    state = run(state, 'renameCode', (s) => updateCode(s, staff.id, { label: 'Enough mentors' }, 'en'));
    state = run(state, 'createGuide', (s) => createGuide(s, rootOf(s, 'edward3')));
    const [question] = questionsOf(state, staff.id);
    expect(question!.text).toEqual({
      id: 'Bagaimana pendapat Bapak/Ibu tentang kecukupan pendamping dalam program ini?',
      en: 'What is your view of enough mentors in the programme?',
    });
  });

  it('takes a framework out again, with its items', () => {
    let state = projectWithGuide('empowerment');
    state = run(state, 'createGuide', (s) => createGuide(s, rootOf(s, 'factors')));
    const factors = rootOf(state, 'factors');
    expect(guideOutline(state, 'interview').frameworks).toHaveLength(2);
    state = run(state, 'removeGuideFramework', (s) => removeGuideFramework(s, factors));
    expect(guideOutline(state, 'interview').frameworks.map((f) => f.root.id)).toEqual([rootOf(state, 'empowerment')]);
    expect(instrumentsOf(state).items.some((i) => i.codeId && leavesUnder(state, factors).includes(i.codeId))).toBe(false);
  });
});

describe('editing the guide', () => {
  const socialisation = (state: ProjectState) => Object.values(state.codes).find((c) => c.label.id === 'Sosialisasi program')!;

  it('rewrites a default question in one language, and the other language follows the new wording until translated', () => {
    let state = projectWithGuide();
    const [question] = questionsOf(state, socialisation(state).id);
    state = run(state, 'editGuideItem', (s) => editGuideItemText(s, question!.id, 'id', 'Dari mana Bapak/Ibu mengetahui program ini?'));
    const edited = questionsOf(state, socialisation(state).id)[0]!;
    expect(edited.text).toEqual({ id: 'Dari mana Bapak/Ibu mengetahui program ini?', en: '' });
    expect(localized(edited.text, 'en')).toBe('Dari mana Bapak/Ibu mengetahui program ini?');
    // Now the student translates it: the Indonesian stays.
    state = run(state, 'editGuideItem', (s) => editGuideItemText(s, edited.id, 'en', 'Where did you hear about the programme?'));
    expect(questionsOf(state, socialisation(state).id)[0]!.text).toEqual({
      id: 'Dari mana Bapak/Ibu mengetahui program ini?',
      en: 'Where did you hear about the programme?',
    });
  });

  it('adds, reorders and deletes questions and follow-ups, each undoable', () => {
    let state = projectWithGuide();
    const code = socialisation(state).id;
    const added = addGuideItem(state, 'interview', code, { id: 'Siapa yang menyampaikan sosialisasi?', en: '' });
    state = doAndUndo(state, added.changeset);
    expect(questionsOf(state, code).map((q) => q.id).at(-1)).toBe(added.itemId);
    state = doAndUndo(state, moveGuideItem(state, added.itemId, -1));
    expect(questionsOf(state, code)[0]!.id).toBe(added.itemId);
    expect(moveGuideItem(state, added.itemId, -1)).toEqual({});

    const probe = addGuideProbe(state, added.itemId);
    state = doAndUndo(state, probe.changeset);
    state = doAndUndo(state, editGuideProbe(state, added.itemId, probe.probeId, 'id', 'Apakah melalui kepala desa?'));
    const first = questionsOf(state, code)[1]!;
    const firstProbe = first.probes[0]!;
    state = doAndUndo(state, moveGuideProbe(state, first.id, first.probes[1]!.id, -1));
    expect(questionsOf(state, code)[1]!.probes[1]!.id).toBe(firstProbe.id);
    state = doAndUndo(state, deleteGuideProbe(state, first.id, firstProbe.id));
    expect(questionsOf(state, code)[1]!.probes.map((p) => p.id)).not.toContain(firstProbe.id);
    expect(questionsOf(state, code)[0]!.probes.map((p) => p.text.id)).toEqual(['Apakah melalui kepala desa?']);

    state = doAndUndo(state, setGuideAudience(state, added.itemId, ['Informan kunci', ' '], ['ASN']));
    expect(questionsOf(state, code)[0]).toMatchObject({ categories: ['Informan kunci'], groups: ['ASN'] });
    state = doAndUndo(state, deleteGuideItem(state, added.itemId));
    expect(questionsOf(state, code).map((q) => q.id)).not.toContain(added.itemId);
  });

  it('refuses an item that no longer exists, and refuses every edit to a reviewing supervisor', () => {
    const state = projectWithGuide();
    expect(() => editGuideItemText(state, 'gone', 'id', 'x')).toThrow(/not-found|sudah tidak ada|no longer/i);
    const [question] = questionsOf(state, socialisation(state).id);
    const supervisor = { coderId: 'sup', reviewing: true };
    expect(() => commit(state, action('editGuideItem', (s) => editGuideItemText(s, question!.id, 'id', 'x')), supervisor, NOW)).toThrow();
    expect(() => commit(state, action('createGuide', (s) => createGuide(s, rootOf(s, 'factors'))), supervisor, NOW)).toThrow();
  });
});

describe('the guide travels with the project file', () => {
  it('comes back from a .qdpx exactly as it was written', async () => {
    let state = projectWithGuide('edward3');
    const [question] = instrumentsOf(state).items.filter((i) => i.kind === 'interview');
    state = run(state, 'setGuideAudience', (s) => setGuideAudience(s, question!.id, ['Informan kunci'], []));
    const read = await importQdpx(writeQdpx(snapshotFromState(state)));
    expect(read.snapshot.project.instruments).toEqual(state.project.instruments);
  });

  it('a project file written before the instruments opens with no guide', async () => {
    const state = stateFromSnapshot(createProject({ title: 'Lama', frameworks: ['edward3'] }, NOW));
    const read = await importQdpx(writeQdpx(snapshotFromState(state)));
    expect(read.snapshot.project.instruments).toBeUndefined();
    expect(guideOutline(stateFromSnapshot(read.snapshot), 'interview').frameworks).toEqual([]);
  });
});
