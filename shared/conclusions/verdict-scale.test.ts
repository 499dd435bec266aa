import { describe, expect, it } from 'vitest';
import { displayProject } from '../display/test-support';
import { applyChangeset, type ProjectState } from '../model/changeset';
import { doAndUndo } from './test-support';
import { addConclusion } from './conclusions';
import { editVerdictScale, scaleAsEdits, verdictUsage, type VerdictLevelEdit } from './verdict-scale';

const NOW = '2026-03-01T10:00:00.000Z';
const by = { coderId: 'c2', now: NOW };

/** A project with conclusions at Optimal, Cukup optimal, Belum optimal, undecided and an imported off-scale verdict. */
function project(): { state: ProjectState; ids: string[] } {
  let state = displayProject();
  const ids: string[] = [];
  for (const verdict of ['Optimal', 'Cukup optimal', 'Belum optimal', '']) {
    const { changeset, conclusionId } = addConclusion(state, { codeId: 'sosialisasi', verdict }, { coderId: null, now: '2026-01-01T00:00:00.000Z' });
    state = applyChangeset(state, changeset);
    ids.push(conclusionId);
  }
  const imported = { ...state.conclusions[ids[3]!]!, id: 'imported', verdict: 'Baik sekali' };
  state = { ...state, conclusions: { ...state.conclusions, imported } };
  return { state, ids: [...ids, 'imported'] };
}

const O = { name: 'Optimal', from: 'Optimal' };
const C = { name: 'Cukup optimal', from: 'Cukup optimal' };
const B = { name: 'Belum optimal', from: 'Belum optimal' };

describe('editing the verdict scale', () => {
  const cases: [string, VerdictLevelEdit[], string[], string[]][] = [
    // name, levels, scale after, verdicts after (the five conclusions in order)
    ['renames a level and its conclusions follow', [{ name: 'Sangat optimal', from: 'Optimal' }, C, B], ['Sangat optimal', 'Cukup optimal', 'Belum optimal'], ['Sangat optimal', 'Cukup optimal', 'Belum optimal', '', 'Baik sekali']],
    ['adds a level', [O, C, { name: ' Kurang optimal ', from: null }, B], ['Optimal', 'Cukup optimal', 'Kurang optimal', 'Belum optimal'], ['Optimal', 'Cukup optimal', 'Belum optimal', '', 'Baik sekali']],
    ['removes a level, its conclusions become undecided', [O, B], ['Optimal', 'Belum optimal'], ['Optimal', '', 'Belum optimal', '', 'Baik sekali']],
    ['reorders levels', [B, C, O], ['Belum optimal', 'Cukup optimal', 'Optimal'], ['Optimal', 'Cukup optimal', 'Belum optimal', '', 'Baik sekali']],
    ['swaps two names', [{ name: 'Cukup optimal', from: 'Optimal' }, { name: 'Optimal', from: 'Cukup optimal' }, B], ['Cukup optimal', 'Optimal', 'Belum optimal'], ['Cukup optimal', 'Optimal', 'Belum optimal', '', 'Baik sekali']],
    ['renames in case only', [{ name: 'OPTIMAL', from: 'Optimal' }, C, B], ['OPTIMAL', 'Cukup optimal', 'Belum optimal'], ['OPTIMAL', 'Cukup optimal', 'Belum optimal', '', 'Baik sekali']],
  ];
  it.each(cases)('%s', (_, levels, scale, verdicts) => {
    const { state, ids } = project();
    const after = doAndUndo(state, editVerdictScale(state, levels, by));
    expect(after.project.settings.verdictScale).toEqual(scale);
    expect(ids.map((id) => after.conclusions[id]!.verdict)).toEqual(verdicts);
    for (const id of ids) {
      const changed = after.conclusions[id]!.verdict !== state.conclusions[id]!.verdict;
      expect(after.conclusions[id]!.coderId).toBe(changed ? 'c2' : null);
    }
    expect(after.project.settings.informantGroups).toEqual(state.project.settings.informantGroups);
  });

  it.each<[string, VerdictLevelEdit[], string]>([
    ['an empty level', [O, { name: '  ', from: null }], 'empty-level'],
    ['two levels with one name', [O, { name: 'optimal', from: null }], 'duplicate-level'],
    ['no level at all', [], 'empty-scale'],
    ['an old level the scale lacks', [{ name: 'Baik', from: 'Baik' }], 'unknown-level'],
    ['one old level used twice', [O, { name: 'Optimal lagi', from: 'Optimal' }], 'unknown-level'],
  ])('refuses %s', (_, levels, code) => {
    const { state } = project();
    expect(() => editVerdictScale(state, levels, by)).toThrow(expect.objectContaining({ code }));
  });

  it('changes nothing when the scale is saved as it is', () => {
    const { state } = project();
    expect(editVerdictScale(state, scaleAsEdits(state), by)).toEqual({});
  });

  it('counts the conclusions at each level', () => {
    const { state } = project();
    expect(Object.fromEntries(verdictUsage(state))).toEqual({ Optimal: 1, 'Cukup optimal': 1, 'Belum optimal': 1, 'Baik sekali': 1 });
  });
});
