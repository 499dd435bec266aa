/**
 * The student's triangulation verdicts (sama / berbeda / spesifik) and notes per indicator,
 * by source and by technique: one row per code. A row left with no verdict and no note is
 * removed, so the tables go back to showing their suggestions.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { TriangulationNote, TriangulationVerdict } from '../model/types';
import { requireCode } from '../project/require-row';
import type { Authorship } from './cell-summaries';

export const TRIANGULATION_VERDICTS: readonly TriangulationVerdict[] = ['sama', 'berbeda', 'spesifik'];

const rowsCache = new WeakMap<ProjectState['triangulationNotes'], Map<string, TriangulationNote[]>>();

/** Rows per code, most recently modified first (duplicates can come from merged files). */
function rowsByCode(state: ProjectState): Map<string, TriangulationNote[]> {
  let index = rowsCache.get(state.triangulationNotes);
  if (!index) {
    index = new Map();
    for (const row of Object.values(state.triangulationNotes)) {
      const rows = index.get(row.codeId);
      if (rows) rows.push(row);
      else index.set(row.codeId, [row]);
    }
    for (const rows of index.values()) rows.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.id.localeCompare(b.id));
    rowsCache.set(state.triangulationNotes, index);
  }
  return index;
}

/** The student's verdict and note on an indicator, or undefined when none was given. */
export function triangulationNoteOf(state: ProjectState, codeId: string): TriangulationNote | undefined {
  return rowsByCode(state).get(codeId)?.[0];
}

/** What one action changes on an indicator's row; fields left undefined stay as they are. */
interface NotePatch {
  verdict?: TriangulationVerdict | null;
  note?: string;
  techniqueVerdict?: TriangulationVerdict | null;
  techniqueNote?: string;
}

function change(state: ProjectState, codeId: string, patch: NotePatch, by: Authorship): Changeset {
  requireCode(state, codeId);
  const [kept, ...duplicates] = rowsByCode(state).get(codeId) ?? [];
  const verdict = patch.verdict !== undefined ? patch.verdict : (kept?.verdict ?? null);
  const note = patch.note !== undefined ? patch.note.trim() : (kept?.note ?? '');
  const techniqueVerdict = patch.techniqueVerdict !== undefined ? patch.techniqueVerdict : (kept?.techniqueVerdict ?? null);
  const techniqueNote = patch.techniqueNote !== undefined ? patch.techniqueNote.trim() : (kept?.techniqueNote ?? '');
  const deletes = duplicates.map((row) => row.id);
  if (verdict === null && note === '' && techniqueVerdict === null && techniqueNote === '') {
    return kept ? { delete: { triangulationNotes: [kept.id, ...deletes] } } : {};
  }
  if (
    kept &&
    kept.verdict === verdict &&
    kept.note === note &&
    (kept.techniqueVerdict ?? null) === techniqueVerdict &&
    (kept.techniqueNote ?? '') === techniqueNote &&
    deletes.length === 0
  ) {
    return {};
  }
  const row: TriangulationNote = {
    id: kept?.id ?? crypto.randomUUID(),
    projectId: state.project.id,
    codeId,
    verdict,
    note,
    // Only rows that carry a technique judgement get the fields: the others stay as before them.
    ...(techniqueVerdict !== null ? { techniqueVerdict } : {}),
    ...(techniqueNote !== '' ? { techniqueNote } : {}),
    coderId: by.coderId,
    modifiedAt: by.now ?? new Date().toISOString(),
  };
  const changeset: Changeset = { put: { triangulationNotes: [row] } };
  if (deletes.length) changeset.delete = { triangulationNotes: deletes };
  return changeset;
}

function checkVerdict(verdict: TriangulationVerdict | null): void {
  if (verdict !== null && !TRIANGULATION_VERDICTS.includes(verdict)) throw new Error(`Unknown triangulation verdict ${String(verdict)}`);
}

/**
 * Sets (or, with null, clears) the student's source-triangulation verdict on an indicator; the
 * note and the technique triangulation stay.
 * Refuses an unknown verdict and ('not-found') an unknown code.
 */
export function setTriangulationVerdict(
  state: ProjectState,
  codeId: string,
  verdict: TriangulationVerdict | null,
  by: Authorship,
): Changeset {
  checkVerdict(verdict);
  return change(state, codeId, { verdict }, by);
}

/** Sets the note on an indicator's triangulation (trimmed; empty clears it); the verdict stays. */
export function setTriangulationNote(state: ProjectState, codeId: string, note: string, by: Authorship): Changeset {
  return change(state, codeId, { note }, by);
}

/**
 * Sets (or, with null, clears) the student's verdict on an indicator's triangulation by
 * technique (interviews, observation notes, documents); the source triangulation stays.
 * Refuses an unknown verdict and ('not-found') an unknown code.
 */
export function setTechniqueVerdict(
  state: ProjectState,
  codeId: string,
  verdict: TriangulationVerdict | null,
  by: Authorship,
): Changeset {
  checkVerdict(verdict);
  return change(state, codeId, { techniqueVerdict: verdict }, by);
}

/** Sets the note on an indicator's technique triangulation (trimmed; empty clears it). */
export function setTechniqueNote(state: ProjectState, codeId: string, note: string, by: Authorship): Changeset {
  return change(state, codeId, { techniqueNote: note }, by);
}
