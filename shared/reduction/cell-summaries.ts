/**
 * The student's cell summaries (ringkasan): one per indicator × informant. Writing an empty
 * summary removes the row, so "no summary" has one representation and drafting can tell
 * which cells are still the student's to fill.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { CellSummary } from '../model/types';
import { requireCode, requireInformant } from '../project/require-row';

/** Who writes and when: every written row records both. */
export interface Authorship {
  /** The active coder; null = the project's owner. */
  coderId: string | null;
  /** ISO date-time of the change; defaults to now. */
  now?: string;
}

const cellKey = (codeId: string, informantId: string): string => `${codeId}|${informantId}`;

/** All rows per cell, the most recently modified first (duplicates can come from merged files). */
const rowsCache = new WeakMap<ProjectState['cellSummaries'], Map<string, CellSummary[]>>();

function rowsByCell(state: ProjectState): Map<string, CellSummary[]> {
  let index = rowsCache.get(state.cellSummaries);
  if (!index) {
    index = new Map();
    for (const row of Object.values(state.cellSummaries)) {
      const key = cellKey(row.codeId, row.informantId);
      const rows = index.get(key);
      if (rows) rows.push(row);
      else index.set(key, [row]);
    }
    for (const rows of index.values()) rows.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.id.localeCompare(b.id));
    rowsCache.set(state.cellSummaries, index);
  }
  return index;
}

/** The summary of a cell, or undefined when the student has written none. */
export function cellSummaryOf(state: ProjectState, codeId: string, informantId: string): CellSummary | undefined {
  return rowsByCell(state).get(cellKey(codeId, informantId))?.[0];
}

/** The text of a cell's summary, '' when there is none (or it holds only whitespace). */
export function cellSummaryText(state: ProjectState, codeId: string, informantId: string): string {
  return cellSummaryOf(state, codeId, informantId)?.text.trim() ?? '';
}

/**
 * Sets the summary of the cell `codeId` × `informantId` (text trimmed). Empty text deletes
 * the summary; the same text changes nothing (an empty changeset). Refuses ('not-found')
 * when the code or the informant no longer exists.
 */
export function setCellSummary(
  state: ProjectState,
  cell: { codeId: string; informantId: string },
  text: string,
  by: Authorship,
): Changeset {
  requireCode(state, cell.codeId);
  requireInformant(state, cell.informantId);
  const rows = rowsByCell(state).get(cellKey(cell.codeId, cell.informantId)) ?? [];
  return summaryChange(state, cell, rows, text.trim(), by);
}

/** The changeset that makes the cell hold `text` (already trimmed), keeping one row per cell. */
export function summaryChange(
  state: ProjectState,
  cell: { codeId: string; informantId: string },
  rows: readonly CellSummary[],
  text: string,
  by: Authorship,
): Changeset {
  const [kept, ...duplicates] = rows;
  const deletes = duplicates.map((row) => row.id);
  if (!text) {
    return kept ? { delete: { cellSummaries: [kept.id, ...deletes] } } : {};
  }
  if (kept && kept.text === text && deletes.length === 0) return {};
  const row: CellSummary = {
    id: kept?.id ?? crypto.randomUUID(),
    projectId: state.project.id,
    codeId: cell.codeId,
    informantId: cell.informantId,
    text,
    coderId: by.coderId,
    modifiedAt: by.now ?? new Date().toISOString(),
  };
  const changeset: Changeset = { put: { cellSummaries: [row] } };
  if (deletes.length) changeset.delete = { cellSummaries: deletes };
  return changeset;
}

/** Every row of a cell (most recent first), for drafting that keeps one row per cell. */
export function cellSummaryRows(state: ProjectState, codeId: string, informantId: string): readonly CellSummary[] {
  return rowsByCell(state).get(cellKey(codeId, informantId)) ?? [];
}
