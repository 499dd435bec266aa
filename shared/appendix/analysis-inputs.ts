/**
 * The student's stored analysis (cell summaries, triangulation notes) in the shape the
 * displays take as input, so the appendix and the spreadsheet print exactly what the
 * reduction and conclusion screens show.
 */
import type { CellSummaries, TriangulationVerdicts } from '../display/types';
import { summaryKey } from '../display/types';
import type { ProjectState } from '../model/changeset';

/** Every non-empty cell summary, keyed `${codeId}|${informantId}` as the displays expect. */
export function cellSummariesOf(state: ProjectState): CellSummaries {
  const out: CellSummaries = {};
  for (const summary of Object.values(state.cellSummaries)) {
    if (summary.text.trim()) out[summaryKey(summary.codeId, summary.informantId)] = summary.text.trim();
  }
  return out;
}

/** The student's verdict and note per indicator code id. */
export function triangulationVerdictsOf(state: ProjectState): TriangulationVerdicts {
  const out: TriangulationVerdicts = {};
  for (const note of Object.values(state.triangulationNotes)) {
    out[note.codeId] = { verdict: note.verdict, note: note.note.trim() };
  }
  return out;
}
