/**
 * The common shape of the appendix's wide matrices: No | Dimensi/Indikator | one column per
 * informant, group or source, the rows numbered 1, 1.1 … with a dimension that holds no data
 * of its own printed as a bold heading across the table. When there are more columns than
 * a page can hold, the matrix is cut into several tables over the same rows, each under its
 * own caption naming the columns it shows ("I1–I5").
 */
import { Paragraph } from 'docx';
import type { DisplayCell, DisplayMatrix, MatrixColumn } from '../display/types';
import { childrenOf } from '../project/code-tree';
import type { Block, Cell, Column } from './blocks';
import { caption, dataTable, note, sourceNote, STYLE } from './blocks';
import type { AppendixContext } from './context';
import type { Orientation } from './format';
import { cmToTwips, textWidthTwips } from './format';
import { chunks, matrixGroups, rowNumbers, type MatrixGroup } from './matrix-groups';

export interface MatrixTableSpec<C extends DisplayCell> {
  matrix: DisplayMatrix & { cells: C[][] };
  /** The caption without its number. */
  caption: string;
  /** How many data columns one table may hold in each orientation. */
  perTable: Record<Orientation, number>;
  /** Relative width of a data column beside the indicator column (weight 3.2). */
  columnWeight: number;
  /** A column's header; its label when not given. */
  header?(column: MatrixColumn): string;
  /** What cell [row][column] says; '' for no data. */
  cell(cell: C, row: number, column: number): Cell;
  /** Printed in an empty cell. */
  empty: Cell;
  /** Columns added at the right of the last table (totals, verdicts): header, weight, cell. */
  trailing?: { header: string; weight: number; cell(row: number): Cell }[];
  /** A line under each table before the source note (a legend). */
  legend?: string;
  align?: 'left' | 'center';
}

/**
 * A part's matrices, framework by framework (see `matrixGroups`), or a note that there is
 * nothing to show yet when no framework yields a table.
 */
export function perFramework(ctx: AppendixContext, tables: (group: MatrixGroup) => Block[]): Block[] {
  const blocks = matrixGroups(ctx.state, ctx.locale, ctx.t('caption_ownCodes')).flatMap(tables);
  return blocks.length > 0 ? blocks : [note(ctx.t('empty'))];
}

/** Roughly the width of a character of bold Times New Roman at `points`, in centimetres (wide letters included). */
const BOLD_CHAR_CM = 0.0195;
/** A cell's left and right padding (0.19 cm each in Word's default table style), with a margin for capitals, in centimetres. */
const CELL_PADDING_CM = 0.6;

/**
 * The columns with each narrow one widened until the longest word of its header fits whole —
 * a count column headed "Observation" or "Tanpa informan" would otherwise break mid-word
 * ("Observatio|n"). The others give up the width in proportion.
 */
function fitHeaders(ctx: AppendixContext, orientation: Orientation, columns: Column[]): Column[] {
  const widthCm = textWidthTwips(ctx.format, orientation) / cmToTwips(1);
  const needed = columns.map((column) => {
    const longest = Math.max(...column.header.split(/\s+/).map((word) => word.length));
    return longest * BOLD_CHAR_CM * ctx.format.tableFontSize + CELL_PADDING_CM;
  });
  let out = columns;
  for (let pass = 0; pass < 3; pass++) {
    const cmPerWeight = widthCm / out.reduce((sum, column) => sum + column.weight, 0);
    out = out.map((column, i) => (column.weight * cmPerWeight < needed[i]! ? { ...column, weight: needed[i]! / cmPerWeight } : column));
  }
  return out;
}

const isEmpty = (cell: Cell): boolean => (typeof cell === 'string' ? cell.trim() === '' : !cell.runs && !(cell.text ?? '').trim());

/** The matrix as one or more tables; none when it has no columns (no informants or sources yet). */
export function matrixTables<C extends DisplayCell>(ctx: AppendixContext, spec: MatrixTableSpec<C>, orientation: Orientation): Block[] {
  const { matrix } = spec;
  if (matrix.columns.length === 0) return [];
  const numbers = rowNumbers(matrix.rows);
  const parents = matrix.rows.map((row) => childrenOf(ctx.state, row.codeId).length > 0);
  const rendered = matrix.rows.map((_, r) => matrix.columns.map((__, j) => spec.cell(matrix.cells[r]![j]!, r, j)));
  const pieces = chunks(
    matrix.columns.map((_, j) => j),
    spec.perTable[orientation],
  );
  const blocks: Block[] = [];
  pieces.forEach((piece, p) => {
    const last = p === pieces.length - 1;
    const trailing = last ? (spec.trailing ?? []) : [];
    const columns: Column[] = fitHeaders(ctx, orientation, [
      { header: ctx.t('col_no'), weight: 0.9, align: 'center' },
      { header: ctx.t('col_indicator'), weight: 3.2 },
      ...piece.map((j) => ({ header: spec.header?.(matrix.columns[j]!) ?? matrix.columns[j]!.label, weight: spec.columnWeight, align: spec.align })),
      ...trailing.map((t) => ({ header: t.header, weight: t.weight, align: spec.align })),
    ]);
    const rows: Cell[][] = matrix.rows.map((row, r) => {
      const cells = piece.map((j) => rendered[r]![j]!);
      const extra = trailing.map((t) => t.cell(r));
      const label: Cell = { text: row.label, bold: parents[r], indentCm: row.depth * 0.3 };
      // A dimension with nothing of its own to print (in any of the tables it is cut into)
      // heads its indicators across the table.
      if (parents[r] && rendered[r]!.every(isEmpty) && extra.every(isEmpty)) {
        return [{ text: numbers[r]!, bold: true }, { text: row.label, bold: true, span: columns.length - 1 }];
      }
      return [numbers[r]!, label, ...[...cells, ...extra].map((cell) => (isEmpty(cell) ? spec.empty : cell))];
    });
    const name = (j: number): string => matrix.columns[j]!.label;
    const [from, to] = [piece[0], piece[piece.length - 1]];
    const title =
      pieces.length === 1 || from === undefined || to === undefined
        ? spec.caption
        : from === to
          ? ctx.t('caption_one', { caption: spec.caption, column: name(from) })
          : ctx.t('caption_range', { caption: spec.caption, from: name(from), to: name(to) });
    blocks.push(caption(ctx, title), dataTable(ctx, columns, rows, orientation));
    // A legend sits directly under its table, the source note under the legend.
    if (spec.legend) blocks.push(new Paragraph({ style: STYLE.sourceNote, text: spec.legend, spacing: { after: 0 } }));
    blocks.push(...sourceNote(ctx));
  });
  return blocks;
}
