/**
 * The engine of the code × informant displays: for each row's codes, the segments already
 * indexed by code are dropped into the column their document feeds, so building a matrix
 * reads each relevant segment once per row instead of scanning the project per cell.
 */
import type { ProjectState } from '../model/changeset';
import type { Segment } from '../model/types';
import { inReadingOrder, makeCell } from './cells';
import { countedCodeIds } from './counting';
import { informantLabel, type ColumnLayout } from './columns';
import type { DisplayIndex } from './display-index';
import { summaryKey, type CellSummaries, type DisplayCell, type MatrixColumn, type MatrixRow } from './types';

export function codeByColumn<C extends MatrixColumn, Cell extends DisplayCell = DisplayCell>(
  state: ProjectState,
  index: DisplayIndex,
  rows: MatrixRow[],
  layout: ColumnLayout<C>,
  opts: {
    summaries?: CellSummaries | undefined;
    /** Adds what a particular display shows beside the common cell. */
    finish?: (cell: DisplayCell, segments: Segment[]) => Cell;
  },
): { columns: C[]; cells: Cell[][] } {
  const width = layout.columns.length;
  const textLength = new Array<number>(width).fill(0);
  for (const document of index.documents) {
    const column = layout.columnOfDocument.get(document.id);
    if (column !== undefined) textLength[column]! += document.text.length;
  }

  // Each row holds the segments its code counts (see counting.ts): its own and its descendants'.
  const counted = rows.map((row) => countedCodeIds(state, row.codeId));
  const collected: Segment[][][] = rows.map((row, r) => {
    const perColumn: Segment[][] = Array.from({ length: width }, () => []);
    for (const codeId of counted[r]!) {
      for (const segment of index.segmentsByCode.get(codeId) ?? []) {
        const column = layout.columnOfDocument.get(segment.documentId);
        if (column !== undefined) perColumn[column]!.push(segment);
      }
    }
    return perColumn;
  });

  const labels = new Map(index.informants.map((informant) => [informant.id, informantLabel(informant)]));
  const keep = layout.columns.map((_, c) => !layout.dropWhenEmpty.has(c) || collected.some((perColumn) => perColumn[c]!.length > 0));
  const columns = layout.columns.filter((_, c) => keep[c]);
  const cells = rows.map((row, r) =>
    layout.columns.flatMap((column, c) => {
      if (!keep[c]) return [];
      // Segments of several codes: each once, in reading order.
      const segments = counted[r]!.length > 1 ? inReadingOrder(index, collected[r]![c]!) : collected[r]![c]!;
      const summary = opts.summaries && summaryOf(opts.summaries, row.codeId, column, labels);
      const cell = makeCell(state, segments, textLength[c]!, { summary });
      return [opts.finish ? opts.finish(cell, segments) : (cell as Cell)];
    }),
  );
  return { columns, cells };
}

/**
 * A cell's summary: the one stored under its column key, or for a column pooling several
 * informants (a group or category) the summaries of its informants, one per line after
 * their label ("I1: …"), since the student writes summaries per informant.
 */
function summaryOf(summaries: CellSummaries, codeId: string, column: MatrixColumn, labels: Map<string, string>): string | undefined {
  const own = summaries[summaryKey(codeId, column.key)];
  if (own !== undefined || (column.informantIds.length === 1 && column.informantIds[0] === column.key)) return own;
  const lines: string[] = [];
  for (const informantId of column.informantIds) {
    const text = summaries[summaryKey(codeId, informantId)]?.trim();
    if (text) lines.push(`${labels.get(informantId) ?? informantId}: ${text}`);
  }
  return lines.length ? lines.join('\n') : undefined;
}
