/**
 * Keeps the analysis (cell summaries, triangulation notes, conclusions) consistent with the
 * coding when codes, informants or segments are deleted: summaries and notes of a deleted
 * code or informant go with it, and a deleted segment stops being a conclusion's evidence.
 * Applied to every action's changeset before it is stored, so undo restores all of it at once.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { CellSummary, Conclusion, TriangulationNote } from '../model/types';

type AnalysisTable = 'cellSummaries' | 'triangulationNotes' | 'conclusions';

/** The changeset extended with what its deletions imply for the analysis tables. */
export function followReferences(state: ProjectState, cs: Changeset, now: string = new Date().toISOString()): Changeset {
  const deletedCodes = new Set(cs.delete?.codes ?? []);
  const deletedInformants = new Set(cs.delete?.informants ?? []);
  const deletedSegments = new Set(cs.delete?.segments ?? []);
  if (deletedCodes.size === 0 && deletedInformants.size === 0 && deletedSegments.size === 0) return cs;

  const next: Changeset = { ...cs, put: { ...cs.put }, delete: { ...cs.delete } };
  const drop = (table: AnalysisTable, isGone: (row: CellSummary | TriangulationNote | Conclusion) => boolean): void => {
    const rows = current(state, cs, table);
    const gone = rows.filter(isGone).map((row) => row.id);
    if (gone.length === 0) return;
    const goneIds = new Set(gone);
    next.delete![table] = [...(next.delete![table] ?? []), ...gone];
    const puts = next.put![table] as { id: string }[] | undefined;
    if (puts) (next.put as Record<string, unknown>)[table] = puts.filter((row) => !goneIds.has(row.id));
  };
  drop('cellSummaries', (row) => deletedCodes.has(row.codeId) || deletedInformants.has((row as CellSummary).informantId));
  drop('triangulationNotes', (row) => deletedCodes.has(row.codeId));
  drop('conclusions', (row) => deletedCodes.has(row.codeId));

  if (deletedSegments.size) {
    const gone = new Set(next.delete!.conclusions ?? []);
    const edited: Conclusion[] = [];
    for (const conclusion of current(state, cs, 'conclusions') as Conclusion[]) {
      if (gone.has(conclusion.id) || !conclusion.evidenceSegmentIds.some((id) => deletedSegments.has(id))) continue;
      edited.push({ ...conclusion, evidenceSegmentIds: conclusion.evidenceSegmentIds.filter((id) => !deletedSegments.has(id)), modifiedAt: now });
    }
    if (edited.length) {
      const editedIds = new Set(edited.map((c) => c.id));
      next.put!.conclusions = [...(next.put!.conclusions ?? []).filter((c) => !editedIds.has(c.id)), ...edited];
    }
  }
  return next;
}

/** A table's rows as they will be after the changeset's own puts. */
function current(state: ProjectState, cs: Changeset, table: AnalysisTable): (CellSummary | TriangulationNote | Conclusion)[] {
  const rows = new Map<string, CellSummary | TriangulationNote | Conclusion>(Object.entries(state[table]));
  for (const row of cs.put?.[table] ?? []) rows.set(row.id, row);
  return [...rows.values()];
}
