import { describe, expect, it } from 'vitest';
import { displayProject } from '../display/test-support';
import { applyChangeset, type Changeset, type ProjectState } from '../model/changeset';
import { DomainError } from '../project/errors';
import { doAndUndo } from './test-support';
import { addConclusion, conclusionsOn, deleteConclusion, linkEvidence, unlinkEvidence, updateConclusion } from './conclusions';
import { ConclusionError } from './errors';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';
const owner = { coderId: null, now: NOW };
const supervisor = { coderId: 'coder-supervisor', now: LATER };

function withConclusion(input: Parameters<typeof addConclusion>[1] = { codeId: 'sosialisasi', text: 'Sosialisasi berjalan.', verdict: 'Optimal' }) {
  const state = displayProject();
  const { changeset, conclusionId } = addConclusion(state, input, owner);
  return { state: doAndUndo(state, changeset), conclusionId };
}

const only = (cs: Changeset) => cs.put!.conclusions![0]!;

describe('adding a conclusion', () => {
  it('records the code, text, verdict, evidence, coder and time', () => {
    const { state, conclusionId } = withConclusion({ codeId: 'enabling', text: 'Enabling cukup. ', verdict: 'Cukup optimal', evidenceSegmentIds: ['s1', 's4', 's1'] });
    expect(state.conclusions[conclusionId]).toMatchObject({
      codeId: 'enabling',
      text: 'Enabling cukup. ',
      verdict: 'Cukup optimal',
      evidenceSegmentIds: ['s1', 's4'],
      coderId: null,
      createdAt: NOW,
      modifiedAt: NOW,
      projectId: 'proj',
    });
  });

  it.each([
    ['a framework root', 'pemberdayaan'],
    ['a dimension', 'enabling'],
    ['an indicator', 'pelibatan'],
  ])('can conclude on %s', (_, codeId) => {
    const { state, conclusionId } = withConclusion({ codeId });
    expect(conclusionsOn(state, codeId).map((c) => c.id)).toEqual([conclusionId]);
    expect(state.conclusions[conclusionId]).toMatchObject({ text: '', verdict: '', evidenceSegmentIds: [] });
  });

  it.each<[string, Parameters<typeof addConclusion>[1], new (...args: never[]) => Error, string]>([
    ['an unknown code', { codeId: 'nope' }, DomainError, 'not-found'],
    ['a code id from Object.prototype', { codeId: 'constructor' }, DomainError, 'not-found'],
    ['a verdict off the scale', { codeId: 'enabling', verdict: 'Sangat optimal' }, ConclusionError, 'verdict-not-in-scale'],
    ['a verdict in other case', { codeId: 'enabling', verdict: 'optimal' }, ConclusionError, 'verdict-not-in-scale'],
    ['a deleted segment as evidence', { codeId: 'enabling', evidenceSegmentIds: ['gone'] }, DomainError, 'not-found'],
  ])('refuses %s', (_, input, type, code) => {
    const state = displayProject();
    expect(() => addConclusion(state, input, owner)).toThrow(type);
    try {
      addConclusion(state, input, owner);
    } catch (error) {
      expect((error as { code: string }).code).toBe(code);
    }
  });
});

describe('editing a conclusion', () => {
  const cases: [string, (s: ProjectState, id: string) => Changeset, Partial<Record<string, unknown>>][] = [
    ['text', (s, id) => updateConclusion(s, id, { text: 'Baru' }, supervisor), { text: 'Baru' }],
    ['verdict', (s, id) => updateConclusion(s, id, { verdict: 'Belum optimal' }, supervisor), { verdict: 'Belum optimal' }],
    ['verdict back to undecided', (s, id) => updateConclusion(s, id, { verdict: '' }, supervisor), { verdict: '' }],
    ['evidence linked', (s, id) => linkEvidence(s, id, ['s5', 's4'], supervisor), { evidenceSegmentIds: ['s5', 's4'] }],
  ];
  it.each(cases)('changes the %s and records who and when', (_, edit, expected) => {
    const { state, conclusionId } = withConclusion();
    const after = doAndUndo(state, edit(state, conclusionId));
    expect(after.conclusions[conclusionId]).toMatchObject({ ...expected, coderId: 'coder-supervisor', modifiedAt: LATER, createdAt: NOW });
  });

  it('links after what is linked, skipping segments linked before, and unlinks one', () => {
    const { state, conclusionId } = withConclusion({ codeId: 'sosialisasi', evidenceSegmentIds: ['s4'] });
    const linked = applyChangeset(state, linkEvidence(state, conclusionId, ['s1', 's4', 's5'], owner));
    expect(linked.conclusions[conclusionId]!.evidenceSegmentIds).toEqual(['s4', 's1', 's5']);
    const unlinked = doAndUndo(linked, unlinkEvidence(linked, conclusionId, 's1', supervisor));
    expect(unlinked.conclusions[conclusionId]!.evidenceSegmentIds).toEqual(['s4', 's5']);
  });

  it('unlinks evidence whose segment was deleted since', () => {
    const { state, conclusionId } = withConclusion({ codeId: 'sosialisasi', evidenceSegmentIds: ['s4'] });
    const { s4: _gone, ...segments } = state.segments;
    const without = { ...state, segments };
    expect(only(unlinkEvidence(without, conclusionId, 's4', owner)).evidenceSegmentIds).toEqual([]);
  });

  it.each<[string, (s: ProjectState, id: string) => Changeset]>([
    ['the same text', (s, id) => updateConclusion(s, id, { text: 'Sosialisasi berjalan.' }, owner)],
    ['no patch', (s, id) => updateConclusion(s, id, {}, owner)],
    ['evidence already linked', (s, id) => linkEvidence(s, id, [], owner)],
    ['a segment that is not evidence', (s, id) => unlinkEvidence(s, id, 's9', owner)],
  ])('changes nothing for %s', (_, edit) => {
    const { state, conclusionId } = withConclusion();
    expect(edit(state, conclusionId)).toEqual({});
  });

  it.each<[string, (s: ProjectState, id: string) => Changeset, string]>([
    ['a verdict off the scale', (s, id) => updateConclusion(s, id, { verdict: 'Baik' }, owner), 'verdict-not-in-scale'],
    ['an unknown segment', (s, id) => linkEvidence(s, id, ['s1', 'nope'], owner), 'not-found'],
    ['an unknown conclusion', (s) => updateConclusion(s, 'nope', { text: 'x' }, owner), 'not-found'],
    ['deleting an unknown conclusion', (s) => deleteConclusion(s, 'toString'), 'not-found'],
  ])('refuses %s', (_, edit, code) => {
    const { state, conclusionId } = withConclusion();
    expect(() => edit(state, conclusionId)).toThrow(expect.objectContaining({ code }));
  });

  it('deletes a conclusion and undo brings it back whole', () => {
    const { state, conclusionId } = withConclusion({ codeId: 'sosialisasi', text: 'x', evidenceSegmentIds: ['s1'] });
    const after = doAndUndo(state, deleteConclusion(state, conclusionId));
    expect(after.conclusions[conclusionId]).toBeUndefined();
    expect(conclusionsOn(after, 'sosialisasi')).toEqual([]);
  });
});
