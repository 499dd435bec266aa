import { describe, expect, it } from 'vitest';
import { displayProject } from '../display/test-support';
import type { ProjectState } from '../model/changeset';
import type { TriangulationNote } from '../model/types';
import { conclusionCards } from './cards';
import { triangulationStatuses } from './triangulation-status';

function note(id: string, codeId: string, verdict: TriangulationNote['verdict'], modifiedAt: string, text = ''): TriangulationNote {
  return { id, projectId: 'proj', codeId, verdict, note: text, coderId: null, modifiedAt };
}

const withNotes = (state: ProjectState, notes: TriangulationNote[]): ProjectState => ({
  ...state,
  triangulationNotes: Object.fromEntries(notes.map((n) => [n.id, n])),
});

describe('cards of the conclusions screen', () => {
  it('lists every framework, dimension and indicator depth-first in codebook order', () => {
    expect(conclusionCards(displayProject()).map((c) => `${'  '.repeat(c.depth)}${c.codeId}:${c.level}:${c.rootCodeId}`)).toEqual([
      'pemberdayaan:framework:pemberdayaan',
      '  enabling:dimension:pemberdayaan',
      '    sosialisasi:indicator:pemberdayaan',
      '    pelibatan:indicator:pemberdayaan',
      '  empowering:dimension:pemberdayaan',
      '    pelatihan:indicator:pemberdayaan',
      '  protecting:indicator:pemberdayaan',
      'tingkat:framework:tingkat',
      '  mikro:indicator:tingkat',
      '  meso:indicator:tingkat',
      '  makro:indicator:tingkat',
    ]);
  });
});

describe('triangulation status of a conclusion', () => {
  it('takes the latest note of an indicator when a merged file brought two', () => {
    const state = withNotes(displayProject(), [
      note('n1', 'sosialisasi', 'berbeda', '2026-01-01T00:00:00.000Z', 'lama'),
      note('n2', 'sosialisasi', 'sama', '2026-02-01T00:00:00.000Z', 'baru'),
    ]);
    expect(triangulationStatuses(state, 'id').get('sosialisasi')).toMatchObject({ verdict: 'sama', note: 'baru' });
  });

  const cases: [string, TriangulationNote[], string, unknown][] = [
    ['an indicator several sources speak to, undecided', [], 'sosialisasi', { kind: 'indicator', verdict: null, suggested: null, sources: ['ASN', 'Pelaku UMKM', 'Observasi'], note: '' }],
    ['the student decided', [note('n', 'sosialisasi', 'sama', 'x', 'semua sepakat')], 'sosialisasi', { kind: 'indicator', verdict: 'sama', suggested: null, sources: ['ASN', 'Pelaku UMKM', 'Observasi'], note: 'semua sepakat' }],
    // A suggestion is offered beside the verdict, never taken for one.
    ['one source only: specific is suggested, the indicator is not judged', [], 'pelibatan', { kind: 'indicator', verdict: null, suggested: 'spesifik', sources: ['ASN'], note: '' }],
    ['the student overrides the suggestion', [note('n', 'pelibatan', 'berbeda', 'x')], 'pelibatan', { kind: 'indicator', verdict: 'berbeda', suggested: 'spesifik', sources: ['ASN'], note: '' }],
    ['a dimension counts only what the student judged', [note('n', 'sosialisasi', 'sama', 'x')], 'enabling', { kind: 'group', counts: { sama: 1, berbeda: 0, spesifik: 0, open: 1 }, indicators: 2 }],
    ['a framework with nothing judged counts no verdict, suggestions or not (pelibatan and protecting have one source)', [], 'pemberdayaan', { kind: 'group', counts: { sama: 0, berbeda: 0, spesifik: 0, open: 4 }, indicators: 4 }],
    ['a framework counts the specific verdicts the student gave', [note('n', 'protecting', 'spesifik', 'x')], 'pemberdayaan', { kind: 'group', counts: { sama: 0, berbeda: 0, spesifik: 1, open: 3 }, indicators: 4 }],
  ];
  it.each(cases)('%s', (_, notes, codeId, expected) => {
    expect(triangulationStatuses(withNotes(displayProject(), notes), 'id').get(codeId)).toEqual(expected);
  });
});
