/**
 * The student's triangulation verdict (sama / berbeda / spesifik) and note per indicator:
 * one row per code. A row left with neither verdict nor note is removed, so the table goes
 * back to showing its suggestion.
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

function change(
  state: ProjectState,
  codeId: string,
  patch: { verdict?: TriangulationVerdict | null; note?: string },
  by: Authorship,
): Changeset {
  requireCode(state, codeId);
  const [kept, ...duplicates] = rowsByCode(state).get(codeId) ?? [];
  const verdict = patch.verdict !== undefined ? patch.verdict : (kept?.verdict ?? null);
  const note = patch.note !== undefined ? patch.note.trim() : (kept?.note ?? '');
  const deletes = duplicates.map((row) => row.id);
  if (verdict === null && note === '') {
    return kept ? { delete: { triangulationNotes: [kept.id, ...deletes] } } : {};
  }
  if (kept && kept.verdict === verdict && kept.note === note && deletes.length === 0) return {};
  const row: TriangulationNote = {
    id: kept?.id ?? crypto.randomUUID(),
    projectId: state.project.id,
    codeId,
    verdict,
    note,
    coderId: by.coderId,
    modifiedAt: by.now ?? new Date().toISOString(),
  };
  const changeset: Changeset = { put: { triangulationNotes: [row] } };
  if (deletes.length) changeset.delete = { triangulationNotes: deletes };
  return changeset;
}

/**
 * Sets (or, with null, clears) the student's verdict on an indicator; the note stays.
 * Refuses an unknown verdict and ('not-found') an unknown code.
 */
export function setTriangulationVerdict(
  state: ProjectState,
  codeId: string,
  verdict: TriangulationVerdict | null,
  by: Authorship,
): Changeset {
  if (verdict !== null && !TRIANGULATION_VERDICTS.includes(verdict)) throw new Error(`Unknown triangulation verdict ${String(verdict)}`);
  return change(state, codeId, { verdict }, by);
}

/** Sets the note on an indicator's triangulation (trimmed; empty clears it); the verdict stays. */
export function setTriangulationNote(state: ProjectState, codeId: string, note: string, by: Authorship): Changeset {
  return change(state, codeId, { note }, by);
}
