/**
 * What merging one code into another does to the analysis: the source's cell summaries,
 * triangulation notes and conclusions move to the target; where the target already has its
 * own, the source's text is appended to it, so nothing the student wrote is lost.
 */
import type { ProjectState } from '../model/changeset';
import type { CellSummary, Conclusion, TriangulationNote } from '../model/types';

export interface MovedAnalysis {
  cellSummaries?: CellSummary[];
  triangulationNotes?: TriangulationNote[];
  conclusions?: Conclusion[];
  /** Source rows folded into a target row, to delete. */
  deleted: { cellSummaries: string[]; triangulationNotes: string[] };
}

/** The puts and deletes that carry `sourceId`'s analysis over to `targetId`. */
export function moveAnalysis(state: ProjectState, sourceId: string, targetId: string, now: string): MovedAnalysis {
  const moved: MovedAnalysis = { deleted: { cellSummaries: [], triangulationNotes: [] } };

  const targetSummaries = new Map<string, CellSummary>();
  for (const s of Object.values(state.cellSummaries)) if (s.codeId === targetId) targetSummaries.set(s.informantId, s);
  const summaries: CellSummary[] = [];
  for (const s of Object.values(state.cellSummaries)) {
    if (s.codeId !== sourceId) continue;
    const existing = targetSummaries.get(s.informantId);
    if (existing) {
      summaries.push({ ...existing, text: joinTexts(existing.text, s.text), modifiedAt: now });
      moved.deleted.cellSummaries.push(s.id);
    } else {
      summaries.push({ ...s, codeId: targetId, modifiedAt: now });
    }
  }
  if (summaries.length) moved.cellSummaries = summaries;

  const targetNote = Object.values(state.triangulationNotes).find((n) => n.codeId === targetId);
  const notes: TriangulationNote[] = [];
  for (const n of Object.values(state.triangulationNotes)) {
    if (n.codeId !== sourceId) continue;
    if (targetNote) {
      const techniqueNote = joinTexts(targetNote.techniqueNote ?? '', n.techniqueNote ?? '');
      notes.push({ ...targetNote, note: joinTexts(targetNote.note, n.note), ...(techniqueNote ? { techniqueNote } : {}), modifiedAt: now });
      moved.deleted.triangulationNotes.push(n.id);
    } else {
      notes.push({ ...n, codeId: targetId, modifiedAt: now });
    }
  }
  if (notes.length) moved.triangulationNotes = notes;

  const conclusions = Object.values(state.conclusions)
    .filter((c) => c.codeId === sourceId)
    .map((c) => ({ ...c, codeId: targetId, modifiedAt: now }));
  if (conclusions.length) moved.conclusions = conclusions;
  return moved;
}

function joinTexts(a: string, b: string): string {
  const first = a.trim();
  const second = b.trim();
  if (!second || first.includes(second)) return a;
  return first ? `${first}\n\n${second}` : second;
}
