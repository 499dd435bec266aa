/**
 * Code × code displays: the co-occurrence matrix and two frameworks crossed (Woolcock ×
 * Mouzelis, Edward III × supporting/inhibiting factors).
 *
 * Where two codes meet — the counting rule of both displays:
 * - a segment carrying both codes counts 1;
 * - two different segments of the same document whose ranges overlap (share at least one
 *   character; touching ends do not overlap) count 1 per such pair when one carries the
 *   first code and the other the second. A pair counts once however many of its codes fall
 *   in the cell, and a segment carrying both codes that also overlaps another still counts
 *   1 for itself plus 1 for the pair.
 * - On the co-occurrence diagonal a code meets itself: the number of segments it counts
 *   (overlapping pairs are not added there).
 * - A code stands for itself and its sub-codes, as in every display (counting.ts): a segment
 *   carrying an indicator carries its dimension too.
 * So the co-occurrence matrix is symmetric. A cell's segments are every segment that took
 * part in a meeting, and its coverage is the share of all the project's text where both
 * codes apply (where the segment, or the overlap of the pair, lies).
 */
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { codeLabel } from '../project/code-tree';
import { byRanks, emptyCell, inReadingOrder, makeCell } from './cells';
import { frameworkRows } from './code-rows';
import { countedCodeIds } from './counting';
import { displayIndex, type DisplayIndex } from './display-index';
import type { DisplayCell, DisplayMatrix, MatrixColumn, MatrixRow } from './types';

/** Merged [start, end) ranges per document of the segments carrying any of a set of codes. */
type Coverage = Map<string, number[]>;

function coverageOf(index: DisplayIndex, codeIds: string[]): Coverage {
  const segments =
    codeIds.length === 1
      ? (index.segmentsByCode.get(codeIds[0]!) ?? [])
      : inReadingOrder(index, codeIds.flatMap((id) => index.segmentsByCode.get(id) ?? []));
  const out: Coverage = new Map();
  for (const segment of segments) {
    let ranges = out.get(segment.documentId);
    if (!ranges) out.set(segment.documentId, (ranges = []));
    const last = ranges.length - 1;
    if (last > 0 && segment.start <= ranges[last]!) ranges[last] = Math.max(ranges[last]!, segment.end);
    else ranges.push(segment.start, segment.end);
  }
  return out;
}

/** Length of the text covered by both (each merged and sorted, as coverageOf gives them). */
function sharedLength(a: Coverage, b: Coverage): number {
  let total = 0;
  for (const [documentId, x] of a) {
    const y = b.get(documentId);
    if (!y) continue;
    let i = 0;
    let j = 0;
    while (i < x.length && j < y.length) {
      const overlap = Math.min(x[i + 1]!, y[j + 1]!) - Math.max(x[i]!, y[j]!);
      if (overlap > 0) total += overlap;
      if (x[i + 1]! < y[j + 1]!) i += 2;
      else j += 2;
    }
  }
  return total;
}

function codeByCode(
  state: ProjectState,
  index: DisplayIndex,
  rowCodes: string[][],
  columnCodes: string[][],
  opts: { diagonalIsSegments: boolean },
): DisplayCell[][] {
  const width = columnCodes.length;
  const { ordered } = index;
  // Which rows and columns each relevant segment touches, by its reading-order rank.
  const rowHits: (number[] | undefined)[] = new Array(ordered.length);
  const columnHits: (number[] | undefined)[] = new Array(ordered.length);
  const mark = (hits: (number[] | undefined)[], sets: string[][]): void => {
    sets.forEach((codeIds, i) => {
      for (const codeId of codeIds) {
        for (const segment of index.segmentsByCode.get(codeId) ?? []) {
          const rank = index.rank.get(segment.id)!;
          const list = hits[rank];
          if (!list) hits[rank] = [i];
          else if (!list.includes(i)) list.push(i);
        }
      }
    });
  };
  mark(rowHits, rowCodes);
  mark(columnHits, columnCodes);

  const counts = new Int32Array(rowCodes.length * width);
  const members: (number[] | undefined)[] = new Array(rowCodes.length * width);
  const meet = (cell: number, a: number, b: number): void => {
    counts[cell]!++;
    const list = members[cell];
    if (list) list.push(a, b);
    else members[cell] = [a, b];
  };

  // One segment carrying both codes; and pairs of different overlapping segments, found by
  // a sweep over each document in reading order (ranks run document by document).
  const pairCells: number[] = [];
  const active: number[] = [];
  let documentId = '';
  const none: number[] = [];
  for (let rank = 0; rank < ordered.length; rank++) {
    const rows = rowHits[rank];
    const columns = columnHits[rank];
    if (!rows && !columns) continue;
    const segment = ordered[rank]!;
    if (rows && columns) for (const r of rows) for (const c of columns) meet(r * width + c, rank, rank);

    if (segment.documentId !== documentId) {
      documentId = segment.documentId;
      active.length = 0;
    }
    let kept = 0;
    for (const other of active) if (ordered[other]!.end > segment.start) active[kept++] = other;
    active.length = kept;
    if (segment.end <= segment.start) continue;
    for (const other of active) {
      pairCells.length = 0;
      for (const r of rows ?? none) for (const c of columnHits[other] ?? none) if (!pairCells.includes(r * width + c)) pairCells.push(r * width + c);
      for (const r of rowHits[other] ?? none) for (const c of columns ?? none) if (!pairCells.includes(r * width + c)) pairCells.push(r * width + c);
      for (const cell of pairCells) {
        if (opts.diagonalIsSegments && Math.floor(cell / width) === cell % width) continue;
        meet(cell, other, rank);
      }
    }
    active.push(rank);
  }

  // Where both codes apply = the text covered by a row code and by a column code.
  const rowCoverage = rowCodes.map((codeIds) => coverageOf(index, codeIds));
  const columnCoverage = columnCodes.map((codeIds) => coverageOf(index, codeIds));
  const total = index.totalTextLength;
  return rowCodes.map((_, r) =>
    columnCodes.map((__, c) => {
      const cellIndex = r * width + c;
      const ranks = members[cellIndex];
      if (!ranks) return emptyCell();
      const coverage = total > 0 ? Math.min(1, sharedLength(rowCoverage[r]!, columnCoverage[c]!) / total) : 0;
      return makeCell(state, byRanks(index, ranks), total, { count: counts[cellIndex]!, coverage });
    }),
  );
}

export interface CoOccurrenceOptions {
  /** The codes to compare, in the order the student chose (unknown and repeated ids are skipped). */
  codeIds: string[];
  locale?: Locale;
}

/** Code × code: where the codes meet, by the counting rule at the top of this file. */
export function coOccurrenceMatrix(state: ProjectState, opts: CoOccurrenceOptions): DisplayMatrix {
  const locale = opts.locale ?? 'id';
  const index = displayIndex(state);
  const codes = [...new Set(opts.codeIds)].flatMap((id) => (state.codes[id] ? [state.codes[id]] : []));
  const rows: MatrixRow[] = codes.map((code) => ({ codeId: code.id, depth: 0, label: codeLabel(code, locale) }));
  const columns: MatrixColumn[] = rows.map((row) => ({ key: row.codeId, label: row.label, informantIds: [], codeId: row.codeId, depth: 0 }));
  // A code meets another through its own segments and its sub-codes' (counting.ts).
  const sets = rows.map((row) => countedCodeIds(state, row.codeId));
  const cells = codeByCode(state, index, sets, sets, { diagonalIsSegments: true });
  return { kind: 'co-occurrence', rows, columns, cells };
}

export interface CrossedOptions {
  /** The framework whose codes become the rows (e.g. Woolcock). */
  rowRootCodeId: string;
  /** The framework whose codes become the columns (e.g. Mouzelis). */
  columnRootCodeId: string;
  locale?: Locale;
}

/**
 * Two frameworks crossed: rows = the codes under one root, columns = the codes under the
 * other (each depth-first, in codebook order); a cell holds where a row code (or one of
 * its sub-codes) meets a column code (or one of its sub-codes): in one segment, or in
 * overlapping segments of one document, by the counting rule at the top of this file.
 */
export function crossedMatrix(state: ProjectState, opts: CrossedOptions): DisplayMatrix {
  const locale = opts.locale ?? 'id';
  const index = displayIndex(state);
  const rows = frameworkRows(state, opts.rowRootCodeId, locale);
  const columnRows = frameworkRows(state, opts.columnRootCodeId, locale);
  const columns: MatrixColumn[] = columnRows.map((row) => ({
    key: row.codeId,
    label: row.label,
    informantIds: [],
    codeId: row.codeId,
    depth: row.depth,
  }));
  const cells = codeByCode(
    state,
    index,
    rows.map((row) => countedCodeIds(state, row.codeId)),
    columnRows.map((row) => countedCodeIds(state, row.codeId)),
    { diagonalIsSegments: false },
  );
  return { kind: 'crossed', rows, columns, cells };
}
