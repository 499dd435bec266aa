/**
 * The data reduction matrix (matriks reduksi data), the wide layout of the pedoman:
 * indicators under their dimensions × informants, each cell the student's summary, or the
 * reduced statements of its segments where no summary is written, or "Tidak ada data".
 */
import { conceptuallyClusteredMatrix } from '../display/clustered';
import { emptyCell } from '../display/cells';
import type { MatrixColumn } from '../display/types';
import { cellSummariesFromState } from '../reduction/display-inputs';
import type { Block, Cell } from './blocks';
import { reductionText } from './cell-text';
import type { AppendixContext } from './context';
import type { Orientation } from './format';
import { mergeMatrices } from './matrix-groups';
import { matrixTables, perFramework } from './matrix-table';

/** "I1" over the informant's position, so a reader need not turn back to the informant table. */
export function informantHeader(ctx: AppendixContext, column: MatrixColumn): string {
  const informant = ctx.state.informants[column.key];
  const position = informant?.position.trim();
  return position ? `${column.label}\n${position}` : column.label;
}

export function noDataCell(ctx: AppendixContext): Cell {
  return { text: ctx.t('noData'), italics: true };
}

export function reductionMatrix(ctx: AppendixContext, orientation: Orientation = 'landscape'): Block[] {
  const summaries = cellSummariesFromState(ctx.state);
  return perFramework(ctx, (group) => {
    const matrix = mergeMatrices(
      group.rootIds.map((rootCodeId) => conceptuallyClusteredMatrix(ctx.state, { rootCodeId, locale: ctx.locale, summaries })),
      emptyCell,
    );
    return matrixTables(
      ctx,
      {
        matrix,
        caption: ctx.t('caption_reduction', { framework: group.title }),
        perTable: { landscape: 5, portrait: 3 },
        columnWeight: 3.6,
        header: (column) => informantHeader(ctx, column),
        cell: (cell, r) => reductionText(ctx, matrix.rows[r]!.codeId, cell),
        empty: noDataCell(ctx),
      },
      orientation,
    );
  });
}
