import { describe, expect, it } from 'vitest';
import { applyChangeset, makeCommand, type Changeset, type ProjectState } from '../model/changeset';
import { conceptuallyClusteredMatrix, summaryKey, triangulationTable } from '../display';
import { segmentOn, withSegments, displayProject } from '../display/test-support';
import { DomainError } from '../project/errors';
import { mergeCodes } from '../project/codebook';
import {
  cellSummariesFromState,
  cellSummaryText,
  draftableCells,
  draftCellSummary,
  draftEmptyCellSummaries,
  draftFromStatements,
  setCellSummary,
  setTechniqueNote,
  setTechniqueVerdict,
  setTriangulationNote,
  setTriangulationVerdict,
  triangulationNoteOf,
  triangulationVerdictsFromState,
} from './index';

const NOW = '2026-02-03T04:05:06.000Z';
const LATER = '2026-02-04T00:00:00.000Z';
const student = { coderId: null, now: NOW };
const supervisor = { coderId: 'coder-dosen', now: LATER };

/** Applies a changeset as the store does, checking that its undo restores the reduction tables exactly. */
function perform(before: ProjectState, forward: Changeset): ProjectState {
  const command = makeCommand(before, 'commands:test', forward);
  const after = applyChangeset(before, command.forward);
  const undone = applyChangeset(after, command.backward);
  // Key order does not matter, only the rows.
  const sorted = (rows: Record<string, { id: string }>) => Object.values(rows).sort((a, b) => a.id.localeCompare(b.id));
  const tables = (s: ProjectState) => [sorted(s.cellSummaries), sorted(s.triangulationNotes)];
  expect(tables(undone)).toEqual(tables(before));
  return after;
}

const base = displayProject();
const cell = (codeId: string, informantId: string) => ({ codeId, informantId });

describe('cell summaries', () => {
  it('stores the student’s summary with its coder and time, and one undo takes it away', () => {
    const after = perform(base, setCellSummary(base, cell('sosialisasi', 'i1'), '  Undangan lewat camat  ', supervisor));
    const rows = Object.values(after.cellSummaries);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ codeId: 'sosialisasi', informantId: 'i1', text: 'Undangan lewat camat', coderId: 'coder-dosen', modifiedAt: LATER, projectId: 'proj' });
    expect(cellSummaryText(after, 'sosialisasi', 'i1')).toBe('Undangan lewat camat');
  });

  it('edits the same row, changes nothing for the same text, and deletes the row when emptied', () => {
    const first = perform(base, setCellSummary(base, cell('sosialisasi', 'i1'), 'Undangan', student));
    const id = Object.keys(first.cellSummaries)[0]!;
    const edited = perform(first, setCellSummary(first, cell('sosialisasi', 'i1'), 'Undangan tertulis', supervisor));
    expect(Object.keys(edited.cellSummaries)).toEqual([id]);
    expect(edited.cellSummaries[id]).toMatchObject({ text: 'Undangan tertulis', coderId: 'coder-dosen' });
    expect(setCellSummary(edited, cell('sosialisasi', 'i1'), ' Undangan tertulis ', student)).toEqual({});
    const emptied = perform(edited, setCellSummary(edited, cell('sosialisasi', 'i1'), '   ', student));
    expect(emptied.cellSummaries).toEqual({});
    expect(setCellSummary(base, cell('sosialisasi', 'i1'), '', student)).toEqual({});
  });

  it('keeps one row per cell when a merged file brought two: the latest is edited, the other removed', () => {
    const older = { id: 'a', projectId: 'proj', codeId: 'sosialisasi', informantId: 'i1', text: 'Lama', coderId: null, modifiedAt: NOW };
    const newer = { ...older, id: 'b', text: 'Baru', modifiedAt: LATER };
    const state = { ...base, cellSummaries: { a: older, b: newer } };
    expect(cellSummaryText(state, 'sosialisasi', 'i1')).toBe('Baru');
    expect(cellSummariesFromState(state)[summaryKey('sosialisasi', 'i1')]).toBe('Baru');
    const after = perform(state, setCellSummary(state, cell('sosialisasi', 'i1'), 'Gabungan', student));
    expect(Object.values(after.cellSummaries).map((row) => [row.id, row.text])).toEqual([['b', 'Gabungan']]);
  });

  it('refuses a cell whose code or informant no longer exists, changing nothing', () => {
    for (const target of [cell('hilang', 'i1'), cell('sosialisasi', 'hilang'), cell('constructor', 'i1')]) {
      let error: unknown;
      try {
        setCellSummary(base, target, 'Teks', student);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('not-found');
    }
  });
});

describe('drafts from reduced statements', () => {
  it('lists each reduced statement once, in reading order, with the informant and the lines it was said on', () => {
    // s1 (line 2) has a statement, s10 has none; a second segment with s1's statement on line 4 adds its line.
    const state = withSegments(base, [
      segmentOn(base, 's12', 'd1', 'Kelompok diajak', ['sosialisasi'], 'Sosialisasi lewat surat camat'),
      segmentOn(base, 's13', 'd1', 'Siapa yang ikut', ['sosialisasi'], 'Perencanaan melibatkan kelompok'),
    ]);
    expect(draftFromStatements(state, 'sosialisasi', 'i1', 'id')).toBe(
      'Sosialisasi lewat surat camat (I1, baris 2, 4)\nPerencanaan melibatkan kelompok (I1, baris 3)',
    );
    expect(draftFromStatements(state, 'sosialisasi', 'i1', 'en')).toBe(
      'Sosialisasi lewat surat camat (I1, line 2, 4)\nPerencanaan melibatkan kelompok (I1, line 3)',
    );
    // Pelibatan × I1 has a segment but no reduced statement; Pelibatan × I2 has no data.
    expect(draftFromStatements(state, 'pelibatan', 'i1', 'id')).toBe('');
    expect(draftFromStatements(state, 'pelibatan', 'i2', 'id')).toBe('');
  });

  it('drafts an empty cell, and never a cell the student has written in', () => {
    const drafted = perform(base, draftCellSummary(base, cell('pelatihan', 'i3'), { ...supervisor, locale: 'id' }));
    expect(Object.values(drafted.cellSummaries)).toEqual([
      expect.objectContaining({ codeId: 'pelatihan', informantId: 'i3', text: 'Pelatihan kemasan membantu (I3, baris 3)', coderId: 'coder-dosen', modifiedAt: LATER }),
    ]);
    const written = perform(base, setCellSummary(base, cell('pelatihan', 'i3'), 'Tulisan saya', student));
    expect(draftCellSummary(written, cell('pelatihan', 'i3'), { ...student, locale: 'id' })).toEqual({});
    expect(draftCellSummary(base, cell('pelibatan', 'i1'), { ...student, locale: 'id' })).toEqual({});
  });

  it('drafts every empty cell of a framework in one action, leaving written summaries and cells without statements alone', () => {
    const written = perform(base, setCellSummary(base, cell('sosialisasi', 'i1'), 'Tulisan saya', student));
    expect(draftableCells(written, 'pemberdayaan')).toEqual([
      cell('enabling', 'i4'),
      cell('sosialisasi', 'i2'),
      cell('pelatihan', 'i1'),
      cell('pelatihan', 'i3'),
      cell('protecting', 'i4'),
    ]);
    const after = perform(written, draftEmptyCellSummaries(written, 'pemberdayaan', { ...supervisor, locale: 'id' }));
    const summaries = cellSummariesFromState(after);
    expect(summaries).toEqual({
      [summaryKey('sosialisasi', 'i1')]: 'Tulisan saya',
      [summaryKey('enabling', 'i4')]: 'Dinas memotivasi (I4, baris 2)',
      [summaryKey('sosialisasi', 'i2')]: 'Sosialisasi lewat WhatsApp (I2, baris 2)',
      [summaryKey('pelatihan', 'i1')]: 'Pelatihan didahului musyawarah (I1, baris 4)',
      [summaryKey('pelatihan', 'i3')]: 'Pelatihan kemasan membantu (I3, baris 3)',
      [summaryKey('protecting', 'i4')]: 'Tidak ada perlindungan harga (I4, baris 3)',
    });
    expect(Object.values(after.cellSummaries).filter((row) => row.coderId === 'coder-dosen')).toHaveLength(5);
    // Nothing is left to draft: a second run changes nothing.
    expect(draftEmptyCellSummaries(after, 'pemberdayaan', { ...student, locale: 'id' })).toEqual({});
    // A dimension drafts only its own codes.
    expect(draftableCells(written, 'empowering')).toEqual([cell('pelatihan', 'i1'), cell('pelatihan', 'i3')]);
  });

  it('refuses to draft under a code that no longer exists', () => {
    expect(() => draftEmptyCellSummaries(base, 'hilang', { ...student, locale: 'id' })).toThrow(DomainError);
    expect(draftableCells(base, 'hilang')).toEqual([]);
  });

  it('shows the stored summaries in the displays', () => {
    const after = perform(base, setCellSummary(base, cell('sosialisasi', 'i2'), 'Lewat WhatsApp', student));
    const matrix = conceptuallyClusteredMatrix(after, { rootCodeId: 'pemberdayaan', summaries: cellSummariesFromState(after) });
    const r = matrix.rows.findIndex((row) => row.codeId === 'sosialisasi');
    const c = matrix.columns.findIndex((column) => column.key === 'i2');
    expect(matrix.cells[r]![c]!.summary).toBe('Lewat WhatsApp');
    expect(cellSummariesFromState(after)).toBe(cellSummariesFromState(after));
  });
});

describe('triangulation verdicts and notes', () => {
  it('records the verdict and the note on one row per indicator, each undoable, with coder and time', () => {
    const judged = perform(base, setTriangulationVerdict(base, 'sosialisasi', 'berbeda', student));
    const noted = perform(judged, setTriangulationNote(judged, 'sosialisasi', ' ASN: surat; pelaku: WhatsApp ', supervisor));
    expect(Object.values(noted.triangulationNotes)).toEqual([
      expect.objectContaining({ codeId: 'sosialisasi', verdict: 'berbeda', note: 'ASN: surat; pelaku: WhatsApp', coderId: 'coder-dosen', modifiedAt: LATER }),
    ]);
    expect(triangulationVerdictsFromState(noted)).toEqual({ sosialisasi: { verdict: 'berbeda', note: 'ASN: surat; pelaku: WhatsApp' } });
    const table = triangulationTable(noted, { rootCodeId: 'pemberdayaan', verdicts: triangulationVerdictsFromState(noted) });
    expect(table.rows.find((row) => row.codeId === 'sosialisasi')).toMatchObject({ verdict: 'berbeda', note: 'ASN: surat; pelaku: WhatsApp' });
  });

  it('clearing the verdict keeps the note; clearing both removes the row so the suggestion shows again', () => {
    let state = perform(base, setTriangulationVerdict(base, 'protecting', 'sama', student));
    state = perform(state, setTriangulationNote(state, 'protecting', 'Hanya pelaku UMKM', student));
    state = perform(state, setTriangulationVerdict(state, 'protecting', null, student));
    expect(triangulationNoteOf(state, 'protecting')).toMatchObject({ verdict: null, note: 'Hanya pelaku UMKM' });
    expect(setTriangulationNote(state, 'protecting', 'Hanya pelaku UMKM', student)).toEqual({});
    state = perform(state, setTriangulationNote(state, 'protecting', '', student));
    expect(state.triangulationNotes).toEqual({});
    const table = triangulationTable(state, { rootCodeId: 'pemberdayaan', verdicts: triangulationVerdictsFromState(state) });
    expect(table.rows.find((row) => row.codeId === 'protecting')).toMatchObject({ verdict: null, suggested: 'spesifik' });
  });

  it('refuses an unknown verdict or code', () => {
    expect(() => setTriangulationVerdict(base, 'sosialisasi', 'mungkin' as never, student)).toThrow();
    expect(() => setTriangulationNote(base, 'hilang', 'x', student)).toThrow(DomainError);
  });
});

describe('technique triangulation verdicts and notes', () => {
  it('sit on the indicator’s row beside the source verdict; each is one undoable step that leaves the other alone', () => {
    let state = perform(base, setTriangulationVerdict(base, 'sosialisasi', 'sama', student));
    state = perform(state, setTechniqueVerdict(state, 'sosialisasi', 'berbeda', supervisor));
    state = perform(state, setTechniqueNote(state, 'sosialisasi', '  Observasi: papan pengumuman ', supervisor));
    expect(Object.values(state.triangulationNotes)).toEqual([
      expect.objectContaining({ codeId: 'sosialisasi', verdict: 'sama', note: '', techniqueVerdict: 'berbeda', techniqueNote: 'Observasi: papan pengumuman', coderId: 'coder-dosen' }),
    ]);
    expect(triangulationVerdictsFromState(state)).toEqual({
      sosialisasi: { verdict: 'sama', note: '', techniqueVerdict: 'berbeda', techniqueNote: 'Observasi: papan pengumuman' },
    });
    // Clearing the source verdict keeps the technique judgement; the same value again changes nothing.
    state = perform(state, setTriangulationVerdict(state, 'sosialisasi', null, student));
    expect(triangulationNoteOf(state, 'sosialisasi')).toMatchObject({ verdict: null, techniqueVerdict: 'berbeda' });
    expect(setTechniqueVerdict(state, 'sosialisasi', 'berbeda', student)).toEqual({});
    // Clearing everything removes the row.
    state = perform(state, setTechniqueVerdict(state, 'sosialisasi', null, student));
    state = perform(state, setTechniqueNote(state, 'sosialisasi', ' ', student));
    expect(state.triangulationNotes).toEqual({});
  });

  it('merging two indicators keeps both technique notes on the target, and the target’s verdict', () => {
    let state = perform(base, setTechniqueVerdict(base, 'pelibatan', 'sama', student));
    state = perform(state, setTechniqueNote(state, 'pelibatan', 'Observasi: musyawarah desa', student));
    state = perform(state, setTechniqueNote(state, 'sosialisasi', 'Dokumen: surat camat', student));
    state = perform(state, mergeCodes(state, 'sosialisasi', 'pelibatan', LATER));
    expect(triangulationNoteOf(state, 'pelibatan')).toMatchObject({ techniqueVerdict: 'sama', techniqueNote: 'Observasi: musyawarah desa\n\nDokumen: surat camat' });
  });

  it('a row without a technique judgement is stored as before (no technique fields)', () => {
    const state = perform(base, setTriangulationVerdict(base, 'pelatihan', 'spesifik', student));
    const row = Object.values(state.triangulationNotes)[0]!;
    expect('techniqueVerdict' in row || 'techniqueNote' in row).toBe(false);
  });

  it('refuses an unknown verdict or code', () => {
    expect(() => setTechniqueVerdict(base, 'sosialisasi', 'mungkin' as never, student)).toThrow();
    expect(() => setTechniqueNote(base, 'hilang', 'x', student)).toThrow(DomainError);
  });
});
