/**
 * The source triangulation table (Sugiyono): indicators under their dimensions × informant
 * groups, then observation notes and documents when the project has them, each cell what
 * that source says, and the verdict — sama / berbeda / spesifik — with the student's note.
 */
import { TextRun } from 'docx';
import { emptyCell } from '../display/cells';
import { triangulationTable } from '../display/triangulation';
import type { TriangulationCell, TriangulationRow, TriangulationTable, TriangulationVerdict } from '../display/types';
import { cellSummariesFromState, triangulationVerdictsFromState } from '../reduction/display-inputs';
import type { Block, Cell } from './blocks';
import { pooledText } from './cell-text';
import type { AppendixContext } from './context';
import type { Orientation } from './format';
import { mergeMatrices } from './matrix-groups';
import { matrixTables, perFramework } from './matrix-table';
import { noDataCell } from './reduction-matrix';
import { verdictText } from './verdict-text';

/** "Sama", "Berbeda", "Spesifik" (Consistent, Different, Specific). */
export function verdictLabel(ctx: AppendixContext, verdict: TriangulationVerdict): string {
  return ctx.t(`verdict_${verdict}`);
}

/** The table's indicator rows with a heading row for each dimension put in above its indicators. */
function withDimensionRows(table: TriangulationTable): TriangulationTable {
  const rows: TriangulationRow[] = [];
  const cells: TriangulationCell[][] = [];
  let dimension: string | null = null;
  table.rows.forEach((row, r) => {
    if (row.dimensionId && row.dimensionId !== dimension) {
      rows.push({ ...row, codeId: row.dimensionId, label: row.dimensionLabel, depth: 0, verdict: null, suggested: null, note: '' });
      cells.push(table.columns.map(() => ({ ...emptyCell(), statements: [] })));
    }
    dimension = row.dimensionId;
    rows.push({ ...row, depth: row.dimensionId ? 1 : 0 });
    cells.push(table.cells[r]!);
  });
  return { ...table, rows, cells };
}

/** The verdict column: the student's verdict (or "Belum dinilai"), then the note. Shared with the technique table. */
export function verdictCell(ctx: AppendixContext, row: Pick<TriangulationRow, 'verdict' | 'suggested' | 'note'>, isHeading: boolean): Cell {
  if (isHeading) return '';
  const shown = verdictText(ctx, row);
  const runs = [new TextRun({ text: shown.text, bold: shown.judged, italics: !shown.judged })];
  if (row.note.trim()) runs.push(new TextRun({ text: row.note.trim(), break: 1 }));
  return { runs };
}

export function triangulationPart(ctx: AppendixContext, orientation: Orientation = 'landscape'): Block[] {
  const summaries = cellSummariesFromState(ctx.state);
  const verdicts = triangulationVerdictsFromState(ctx.state);
  return perFramework(ctx, (group) => {
    const table = withDimensionRows(
      mergeMatrices(
        group.rootIds.map((rootCodeId) => triangulationTable(ctx.state, { rootCodeId, locale: ctx.locale, verdicts, summaries })),
        (): TriangulationCell => ({ ...emptyCell(), statements: [] }),
      ),
    );
    // The dimension rows put in above: their code is their own dimension.
    const headings = new Set(table.rows.flatMap((row, r) => (row.codeId === row.dimensionId ? [r] : [])));
    return matrixTables(
      ctx,
      {
        matrix: table,
        caption: ctx.t('caption_triangulation', { framework: group.title }),
        perTable: { landscape: 4, portrait: 2 },
        columnWeight: 4,
        cell: (cell, r) => pooledText(ctx, table.rows[r]!.codeId, cell, summaries),
        empty: noDataCell(ctx),
        trailing: [{ header: ctx.t('col_verdictNote'), weight: 3.4, cell: (r) => verdictCell(ctx, table.rows[r]!, headings.has(r)) }],
      },
      orientation,
    );
  });
}
