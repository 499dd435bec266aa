/**
 * How the analysis matrices of the appendix and the spreadsheet are grouped: one per
 * framework (framework → dimension → indicator), and one for the student's own top-level
 * codes together, whose single-row matrices are merged into one.
 */
import type { DisplayMatrix } from '../display/types';
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { childrenOf, codeLabel } from '../project/code-tree';

export interface MatrixGroup {
  /** What captions call it: the framework's name, or "the researcher's own codes". */
  title: string;
  /** The framework's code; null for the group of the student's own top-level codes. */
  rootId: string | null;
  /** The top-level codes whose rows the group's matrices hold. */
  rootIds: string[];
  /** The theory the framework comes from ("Fahrudin (2012)"), for the source note. */
  source: string;
}

/** The groups in codebook order; the student's own codes come last. */
export function matrixGroups(state: ProjectState, locale: Locale, ownCodesTitle: string): MatrixGroup[] {
  const groups: MatrixGroup[] = [];
  const loose: string[] = [];
  for (const root of childrenOf(state, null)) {
    if (childrenOf(state, root.id).length === 0) loose.push(root.id);
    else groups.push({ title: codeLabel(root, locale), rootId: root.id, rootIds: [root.id], source: root.source.trim() });
  }
  if (loose.length > 0) groups.push({ title: ownCodesTitle, rootId: null, rootIds: loose, source: '' });
  return groups;
}

/**
 * One matrix from the matrices of several roots: rows one after another, columns the union
 * by key, each new column placed after the column that precedes it where it was found (so
 * "No group" stays before "Observation" even when only a later root has it). A cell a
 * matrix lacks is `empty()`.
 */
export function mergeMatrices<M extends DisplayMatrix>(matrices: M[], empty: () => M['cells'][number][number]): M {
  const [first] = matrices;
  if (!first) throw new RangeError('mergeMatrices: no matrix');
  if (matrices.length === 1) return first;
  const columns: M['columns'] = [];
  const position = (key: string): number => columns.findIndex((column) => column.key === key);
  for (const matrix of matrices) {
    matrix.columns.forEach((column, j) => {
      if (position(column.key) >= 0) return;
      const before = j === 0 ? -1 : position(matrix.columns[j - 1]!.key);
      columns.splice(before + 1, 0, column);
    });
  }
  const rows: M['rows'][number][] = [];
  const cells: M['cells'][number][number][][] = [];
  for (const matrix of matrices) {
    const at = new Map(matrix.columns.map((column, j) => [column.key, j]));
    matrix.rows.forEach((row, r) => {
      rows.push(row);
      cells.push(columns.map((column) => {
        const j = at.get(column.key);
        return j === undefined ? empty() : matrix.cells[r]![j]!;
      }));
    });
  }
  return { ...first, columns, rows, cells };
}

/** "1", "1.1", "1.2", "2" …: the numbers of rows given with their depth (0 = dimension). */
export function rowNumbers(rows: readonly { depth: number }[]): string[] {
  const counters: number[] = [];
  return rows.map(({ depth }) => {
    counters.length = depth + 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    for (let d = 0; d < depth; d++) counters[d] ??= 1;
    return counters.join('.');
  });
}

/**
 * The list cut into as few pieces of at most `size` as possible, of lengths differing by at
 * most one (six informants on five-column pages: 3 + 3, not 5 + 1). At least one piece.
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const count = Math.max(1, Math.ceil(items.length / Math.max(1, size)));
  const out: T[][] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const length = Math.floor(items.length / count) + (i < items.length % count ? 1 : 0);
    out.push(items.slice(from, from + length));
    from += length;
  }
  return out;
}
