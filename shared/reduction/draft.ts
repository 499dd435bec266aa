/**
 * Drafting a cell's summary from its reduced statements (pernyataan reduksi), so the
 * student starts from their own condensation instead of a blank cell. A draft only ever
 * fills an empty cell: what the student wrote is never replaced.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { CellSummary, Locale, Segment } from '../model/types';
import { translate } from '../i18n';
import { frameworkRows } from '../display/code-rows';
import { informantLabel } from '../display/columns';
import { displayIndex } from '../display/display-index';
import { lineStartsOf } from '../project/line-cache';
import { requireCode, requireInformant } from '../project/require-row';
import { lineOfOffset } from '../text/lines';
import { cellSummaryRows, summaryChange, type Authorship } from './cell-summaries';

/** The segments of one informant's documents coded with `codeId`, in reading order. */
export function cellSegmentsOf(state: ProjectState, codeId: string, informantId: string): Segment[] {
  const index = displayIndex(state);
  return (index.segmentsByCode.get(codeId) ?? []).filter(
    (segment) => index.informantOfDocument.get(segment.documentId)?.id === informantId,
  );
}

/**
 * The draft of a cell: each distinct reduced statement once, in reading order, one per
 * line, followed by where the informant said it — "(I1, baris 12, 40)". '' when no segment
 * of the cell has a reduced statement (then there is nothing to draft).
 */
export function draftFromStatements(state: ProjectState, codeId: string, informantId: string, locale: Locale): string {
  const informant = state.informants[informantId];
  if (!informant) return '';
  const lines = new Map<string, number[]>();
  for (const segment of cellSegmentsOf(state, codeId, informantId)) {
    const statement = segment.reduced.trim();
    if (!statement) continue;
    const document = state.documents[segment.documentId]!;
    const line = lineOfOffset(lineStartsOf(document), segment.start);
    const seen = lines.get(statement);
    if (!seen) lines.set(statement, [line]);
    else if (!seen.includes(line)) seen.push(line);
  }
  const label = informantLabel(informant);
  return [...lines]
    .map(([statement, at]) => translate(locale, 'reduction:draftLine', { statement, informant: label, lines: at.join(', ') }))
    .join('\n');
}

/** Whether a cell's summary is still empty: only then may a draft fill it. */
function isEmpty(rows: readonly CellSummary[]): boolean {
  return !rows[0] || rows[0].text.trim() === '';
}

/**
 * Fills one cell with its draft when the cell has no summary yet; a cell the student has
 * written in, or one without reduced statements, is left as it is (an empty changeset).
 */
export function draftCellSummary(
  state: ProjectState,
  cell: { codeId: string; informantId: string },
  by: Authorship & { locale: Locale },
): Changeset {
  requireCode(state, cell.codeId);
  requireInformant(state, cell.informantId);
  const rows = cellSummaryRows(state, cell.codeId, cell.informantId);
  if (!isEmpty(rows)) return {};
  const draft = draftFromStatements(state, cell.codeId, cell.informantId, by.locale);
  return draft ? summaryChange(state, cell, rows, draft, by) : {};
}

/**
 * Drafts every empty cell of a framework or dimension (its codes × every informant) in one
 * action; cells with a summary are never touched. Refuses ('not-found') an unknown root.
 */
export function draftEmptyCellSummaries(state: ProjectState, rootCodeId: string, by: Authorship & { locale: Locale }): Changeset {
  requireCode(state, rootCodeId);
  const now = by.now ?? new Date().toISOString();
  const puts: CellSummary[] = [];
  const deletes: string[] = [];
  for (const cell of draftableCells(state, rootCodeId)) {
    const draft = draftFromStatements(state, cell.codeId, cell.informantId, by.locale);
    const change = summaryChange(state, cell, cellSummaryRows(state, cell.codeId, cell.informantId), draft, { ...by, now });
    puts.push(...(change.put?.cellSummaries ?? []));
    deletes.push(...(change.delete?.cellSummaries ?? []));
  }
  const changeset: Changeset = {};
  if (puts.length) changeset.put = { cellSummaries: puts };
  if (deletes.length) changeset.delete = { cellSummaries: deletes };
  return changeset;
}

/**
 * The cells of a framework or dimension a draft would fill: no summary yet and at least
 * one reduced statement. The screen counts them for its "draft all empty cells" action.
 */
export function draftableCells(state: ProjectState, rootCodeId: string): { codeId: string; informantId: string }[] {
  if (!state.codes[rootCodeId]) return [];
  const index = displayIndex(state);
  const out: { codeId: string; informantId: string }[] = [];
  for (const row of frameworkRows(state, rootCodeId, 'id')) {
    const withStatements = new Set<string>();
    for (const segment of index.segmentsByCode.get(row.codeId) ?? []) {
      const informant = index.informantOfDocument.get(segment.documentId);
      if (informant && segment.reduced.trim()) withStatements.add(informant.id);
    }
    for (const informant of index.informants) {
      if (withStatements.has(informant.id) && isEmpty(cellSummaryRows(state, row.codeId, informant.id))) {
        out.push({ codeId: row.codeId, informantId: informant.id });
      }
    }
  }
  return out;
}
