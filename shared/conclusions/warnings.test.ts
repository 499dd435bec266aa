import { describe, expect, it } from 'vitest';
import { displayProject, segmentOn, withSegments } from '../display/test-support';
import { applyChangeset, type ProjectState } from '../model/changeset';
import type { Conclusion } from '../model/types';
import { conclusionWarnings, countWarnings, type ConclusionWarning } from './warnings';

const T = '2026-01-01T00:00:00.000Z';

function conclusion(id: string, codeId: string, evidenceSegmentIds: string[], createdAt = T): Conclusion {
  return { id, projectId: 'proj', codeId, text: '', verdict: '', evidenceSegmentIds, coderId: null, createdAt, modifiedAt: createdAt };
}

const withConclusions = (state: ProjectState, rows: Conclusion[]): ProjectState => applyChangeset(state, { put: { conclusions: rows } });

/** What the hand-made project warns about before anything changes. */
const BASE: ConclusionWarning[] = [
  { kind: 'one-group', codeId: 'pelibatan', group: 'ASN', segmentIds: ['s2'] },
  { kind: 'one-group', codeId: 'protecting', group: 'Pelaku UMKM', segmentIds: ['s7'] },
  { kind: 'one-group', codeId: 'mikro', group: 'ASN', segmentIds: ['s3'] },
  { kind: 'one-group', codeId: 'meso', group: 'ASN', segmentIds: ['s1'] },
  { kind: 'one-group', codeId: 'makro', group: 'Pelaku UMKM', segmentIds: ['s6', 's11'] },
];

const cases: [string, (s: ProjectState) => ProjectState, ConclusionWarning[]][] = [
  ['the project as it is', (s) => s, BASE],
  [
    'conclusions without evidence, in codebook order, then oldest first',
    (s) =>
      withConclusions(s, [
        conclusion('c-enabling-late', 'enabling', [], '2026-02-01T00:00:00.000Z'),
        conclusion('c-root', 'pemberdayaan', []),
        conclusion('c-enabling', 'enabling', []),
        conclusion('c-ok', 'sosialisasi', ['s1']),
        conclusion('c-gone-code', 'deleted-code', []),
      ]),
    [
      { kind: 'no-evidence', conclusionId: 'c-root', codeId: 'pemberdayaan' },
      { kind: 'no-evidence', conclusionId: 'c-enabling', codeId: 'enabling' },
      { kind: 'no-evidence', conclusionId: 'c-enabling-late', codeId: 'enabling' },
      ...BASE,
    ],
  ],
  [
    'evidence that was deleted is no evidence',
    (s) => withSegments(withConclusions(s, [conclusion('c1', 'sosialisasi', ['s4'])]), [], ['s4']),
    // s4 was I2's only segment: I2 is now never quoted.
    [{ kind: 'no-evidence', conclusionId: 'c1', codeId: 'sosialisasi' }, ...BASE, { kind: 'informant-never-quoted', informantId: 'i2', documentIds: ['d2'] }],
  ],
  [
    'a second group lifts the one-group warning',
    (s) => withSegments(s, [segmentOn(s, 'x1', 'd3', 'Pelatihan kemasan', ['pelibatan'])]),
    BASE.slice(1),
  ],
  [
    'an informant without a group lifts it too (another source)',
    (s) => withSegments({ ...s, informants: { ...s.informants, i3: { ...s.informants.i3!, group: '' } } }, [segmentOn(s, 'x1', 'd3', 'Pelatihan kemasan', ['pelibatan'])]),
    // I3 (now without a group) speaks to makro beside I4 of Pelaku UMKM: two sources.
    [BASE[1]!, BASE[2]!, BASE[3]!],
  ],
  [
    'observation notes do not count as an informant group',
    (s) => withSegments(s, [segmentOn(s, 'x1', 'obs', 'Papan pengumuman', ['pelibatan'])]),
    BASE,
  ],
  [
    'no one-group warning when the interviewed informants share one group',
    (s) => ({ ...s, informants: Object.fromEntries(Object.entries(s.informants).map(([id, i]) => [id, { ...i, group: 'ASN' }])) }),
    [],
  ],
  [
    'an informant whose transcript has no segment, and one without any transcript',
    (s) => {
      const i5 = { ...s.informants.i1!, id: 'i5', label: 'I5', order: 9 };
      const next = withSegments(s, [], ['s1', 's10', 's2', 's3']);
      return { ...next, informants: { ...next.informants, i5 } };
    },
    [
      { kind: 'one-group', codeId: 'pelatihan', group: 'Pelaku UMKM', segmentIds: ['s6'] },
      { kind: 'one-group', codeId: 'protecting', group: 'Pelaku UMKM', segmentIds: ['s7'] },
      { kind: 'one-group', codeId: 'makro', group: 'Pelaku UMKM', segmentIds: ['s6', 's11'] },
      { kind: 'informant-never-quoted', informantId: 'i1', documentIds: ['d1'] },
      { kind: 'informant-never-quoted', informantId: 'i5', documentIds: [] },
      { kind: 'code-never-used', codeId: 'pelibatan' },
      { kind: 'code-never-used', codeId: 'mikro' },
      { kind: 'code-never-used', codeId: 'meso' },
    ],
  ],
  [
    'a code used only in a deleted document is never used; a dimension is no indicator',
    (s) => {
      const { d2: _gone, ...documents } = s.documents;
      return { ...s, documents, codes: { ...s.codes, enabling2: { ...s.codes.enabling!, id: 'enabling2', order: 9 } } };
    },
    [...BASE, { kind: 'informant-never-quoted', informantId: 'i2', documentIds: [] }, { kind: 'code-never-used', codeId: 'enabling2' }],
  ],
];

describe('conclusion warnings', () => {
  it.each(cases)('%s', (_, change, expected) => {
    expect(conclusionWarnings(change(displayProject()))).toEqual(expected);
  });

  it('counts each kind', () => {
    const state = withConclusions(displayProject(), [conclusion('c1', 'enabling', [])]);
    expect(countWarnings(conclusionWarnings(state))).toEqual({ 'no-evidence': 1, 'one-group': 5, 'informant-never-quoted': 0, 'code-never-used': 0, 'question-never-asked': 0 });
  });
});
