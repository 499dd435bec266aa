/**
 * Code × informant displays: the conceptually clustered matrix (indicator × informant),
 * the role-ordered matrix (indicator × informant group or category) and the checklist
 * matrix behind the heat map.
 */
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { codeByColumn } from './code-by-column';
import { frameworkRows } from './code-rows';
import { groupLayout, informantLayout, type GroupBy } from './columns';
import { displayIndex } from './display-index';
import type { CellSummaries, ChecklistMatrix, DisplayMatrix } from './types';

export interface ClusteredOptions {
  /** The framework (or dimension) whose codes become the rows. */
  rootCodeId: string;
  locale?: Locale;
  /** The student's cell summaries, keyed `${codeId}|${column key}` (see summaryKey). */
  summaries?: CellSummaries;
}

/**
 * Rows = the framework's codes (dimension → indicator, depth-first, in codebook order);
 * columns = every informant in order, "No informant" for interviews attached to nobody,
 * then "Observasi" and "Dokumen" — each shown when it has segments in these rows. Each cell: the segments the row's code counts (its own and its sub-codes', see
 * counting.ts) in the column's documents, their quotes, reduced statements, count and
 * coverage of the column's text.
 */
export function conceptuallyClusteredMatrix(state: ProjectState, opts: ClusteredOptions): DisplayMatrix {
  const locale = opts.locale ?? 'id';
  const index = displayIndex(state);
  const rows = frameworkRows(state, opts.rootCodeId, locale);
  const { columns, cells } = codeByColumn(state, index, rows, informantLayout(index, locale), { summaries: opts.summaries });
  return { kind: 'conceptual', rows, columns, cells };
}

export interface RoleOrderedOptions extends ClusteredOptions {
  /** Informant groups (ASN, pelaku UMKM …) or categories (kunci, utama, pendukung). */
  by: GroupBy;
}

/**
 * Rows as in the conceptually clustered matrix; columns = the informant groups (or
 * categories) of the project settings in their order — shown even when empty, since an
 * empty column is itself a finding — then any other value informants carry, then
 * "No group"/"No category" when informants without one (or documents of no informant)
 * have data. Coverage is of the pooled text of the column's documents.
 */
export function roleOrderedMatrix(state: ProjectState, opts: RoleOrderedOptions): DisplayMatrix {
  const locale = opts.locale ?? 'id';
  const index = displayIndex(state);
  const rows = frameworkRows(state, opts.rootCodeId, locale);
  const { columns, cells } = codeByColumn(state, index, rows, groupLayout(state, index, opts.by, locale), { summaries: opts.summaries });
  return { kind: 'role-ordered', rows, columns, cells };
}

/**
 * The conceptually clustered matrix read as a checklist: counts and coverage per
 * code × informant, with the largest of each for the heat map's scale (see heatLevel).
 */
export function checklistMatrix(state: ProjectState, opts: ClusteredOptions): ChecklistMatrix {
  return asChecklist(conceptuallyClusteredMatrix(state, opts));
}

/** A conceptually clustered matrix with the maxima of its counts and coverage. */
export function asChecklist(matrix: DisplayMatrix): ChecklistMatrix {
  let maxCount = 0;
  let maxCoverage = 0;
  for (const row of matrix.cells) {
    for (const cell of row) {
      maxCount = Math.max(maxCount, cell.count);
      maxCoverage = Math.max(maxCoverage, cell.coverage);
    }
  }
  return { ...matrix, kind: 'checklist', maxCount, maxCoverage };
}

/**
 * The step of a five-step colour scale: 0 for no data, otherwise 1–4 by quarters of `max`,
 * so that any presence at all is visibly coloured.
 */
export function heatLevel(value: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(4, Math.max(1, Math.ceil((value / max) * 4))) as 1 | 2 | 3 | 4;
}

/**
 * The values a step of the heat scale stands for, as heatLevel assigns them: step 0 is
 * exactly 0; step k (1–4) holds the values above `above` up to and including `upTo`.
 */
export function heatRange(level: 1 | 2 | 3 | 4, max: number): { above: number; upTo: number } {
  return { above: (max * (level - 1)) / 4, upTo: (max * level) / 4 };
}
