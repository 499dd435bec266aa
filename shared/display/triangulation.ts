/**
 * The triangulation table (source and technique triangulation): indicators × informant
 * groups, plus observation notes and documents as sources of their own, with a verdict
 * per row — sama (consistent), berbeda (differs), spesifik (one source only).
 */
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { codeLabel } from '../project/code-tree';
import { codeByColumn } from './code-by-column';
import { frameworkRows, leafRows } from './code-rows';
import { groupLayout, type ColumnLayout, type GroupBy } from './columns';
import { displayIndex } from './display-index';
import {
  COLUMN_KEYS,
  type CellSummaries,
  type TriangulationCell,
  type TriangulationColumn,
  type TriangulationRow,
  type TriangulationTable,
  type TriangulationVerdict,
  type TriangulationVerdicts,
} from './types';

export interface TriangulationOptions {
  rootCodeId: string;
  locale?: Locale;
  /** Sources are informant groups (default) or informant categories (kunci / utama / pendukung). */
  by?: GroupBy;
  /** The student's verdicts and notes by indicator code id; they override the suggestion. */
  verdicts?: TriangulationVerdicts;
  /** Cell summaries keyed `${codeId}|${column key}`. */
  summaries?: CellSummaries;
}

/**
 * Rows = the framework's indicators (codes without sub-codes, depth-first) with their
 * dimension. Columns = the informant groups (or categories) in settings order, then other
 * groups found, then "No group" when it has data — each fed by interview transcripts only —
 * then "Observasi" and "Dokumen" when the project has observation notes or documents,
 * whoever they are attached to (triangulation by technique). Each cell lists the reduced
 * statement of each of its segments, or the quote of a segment that has none.
 *
 * The suggested verdict is `spesifik` when exactly one source column has data, otherwise
 * null: whether several sources say the same (sama) or differ (berbeda) is the student's
 * judgement, which `verdicts` carries. A row's `verdict` is the student's alone.
 */
export function triangulationTable(state: ProjectState, opts: TriangulationOptions): TriangulationTable {
  const locale = opts.locale ?? 'id';
  const by = opts.by ?? 'group';
  const index = displayIndex(state);
  const all = frameworkRows(state, opts.rootCodeId, locale);
  const indicators = leafRows(state, all);

  // Groups (or categories), then observation notes and documents, shown whenever the project has them.
  const people = groupLayout(state, index, by, locale, true);
  const layout: ColumnLayout<TriangulationColumn> = {
    columns: people.columns.map((column) => ({
      ...column,
      source: column.key === COLUMN_KEYS.observation ? 'observation' : column.key === COLUMN_KEYS.document ? 'document' : by,
    })),
    columnOfDocument: people.columnOfDocument,
    dropWhenEmpty: people.dropWhenEmpty,
  };

  const { columns, cells: tableCells } = codeByColumn(state, index, indicators, layout, {
    summaries: opts.summaries,
    finish: (cell, segments): TriangulationCell => ({
      ...cell,
      statements: segments.map((segment, i) => segment.reduced.trim() || cell.quotes[i]!),
    }),
  });

  const rows: TriangulationRow[] = indicators.map((row, r) => {
    const dimension = row.depth === 0 ? null : dimensionOf(state, row.codeId, opts.rootCodeId);
    const sourcesWithData = tableCells[r]!.filter((cell) => cell.count > 0).length;
    const suggested: TriangulationVerdict | null = sourcesWithData === 1 ? 'spesifik' : null;
    const given = opts.verdicts?.[row.codeId];
    return {
      ...row,
      dimensionId: dimension?.id ?? null,
      dimensionLabel: dimension ? codeLabel(dimension, locale) : '',
      sourcesWithData,
      suggested,
      verdict: given?.verdict ?? null,
      note: given?.note ?? '',
    };
  });

  return { kind: 'triangulation', rows, columns, cells: tableCells };
}

/** The ancestor of `codeId` directly below the root: its dimension. */
export function dimensionOf(state: ProjectState, codeId: string, rootCodeId: string) {
  let code = state.codes[codeId];
  const seen = new Set<string>();
  while (code && code.parentId && code.parentId !== rootCodeId && !seen.has(code.id)) {
    seen.add(code.id);
    code = state.codes[code.parentId];
  }
  return code && code.id !== codeId ? code : null;
}
