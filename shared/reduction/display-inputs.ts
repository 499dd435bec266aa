/**
 * The stored reduction work as the displays take it: cell summaries keyed by
 * `summaryKey(codeId, informantId)` and triangulation verdicts by code. Computed once per
 * version of their table (tables are replaced, never mutated), so a display that follows
 * every edit does not rebuild them for edits elsewhere.
 */
import type { ProjectState } from '../model/changeset';
import { summaryKey, type CellSummaries, type TriangulationVerdictInput, type TriangulationVerdicts } from '../display/types';
import { cellSummaryOf } from './cell-summaries';
import { triangulationNoteOf } from './triangulation-notes';

const summariesCache = new WeakMap<ProjectState['cellSummaries'], CellSummaries>();
const verdictsCache = new WeakMap<ProjectState['triangulationNotes'], TriangulationVerdicts>();

/** The non-empty cell summaries of the project, for the displays' `summaries` option. */
export function cellSummariesFromState(state: ProjectState): CellSummaries {
  let out = summariesCache.get(state.cellSummaries);
  if (!out) {
    out = {};
    for (const row of Object.values(state.cellSummaries)) {
      const key = summaryKey(row.codeId, row.informantId);
      if (Object.hasOwn(out, key)) continue;
      // The most recent row of a cell wins when a merged file brought two.
      const text = cellSummaryOf(state, row.codeId, row.informantId)?.text.trim() ?? '';
      if (text) out[key] = text;
    }
    summariesCache.set(state.cellSummaries, out);
  }
  return out;
}

/** The student's triangulation verdicts and notes (by source and by technique) by code, for the triangulation tables' `verdicts`. */
export function triangulationVerdictsFromState(state: ProjectState): TriangulationVerdicts {
  let out = verdictsCache.get(state.triangulationNotes);
  if (!out) {
    out = {};
    for (const row of Object.values(state.triangulationNotes)) {
      if (Object.hasOwn(out, row.codeId)) continue;
      const kept = triangulationNoteOf(state, row.codeId)!;
      const input: TriangulationVerdictInput = { verdict: kept.verdict, note: kept.note };
      if (kept.techniqueVerdict) input.techniqueVerdict = kept.techniqueVerdict;
      if (kept.techniqueNote) input.techniqueNote = kept.techniqueNote;
      out[row.codeId] = input;
    }
    verdictsCache.set(state.triangulationNotes, out);
  }
  return out;
}
