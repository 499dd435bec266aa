/**
 * The data display matrices of one appendix part, per framework: the conceptual matrix as
 * a checklist (coded segments per indicator × informant, with row totals, so a reader sees
 * at a glance who spoke to what) and the role-ordered matrix (indicator × informant group,
 * each informant's summary or statements under their label).
 */
import { conceptuallyClusteredMatrix, roleOrderedMatrix } from '../display/clustered';
import { emptyCell } from '../display/cells';
import { cellSummariesFromState } from '../reduction/display-inputs';
import type { Block } from './blocks';
import { pooledText } from './cell-text';
import type { AppendixContext } from './context';
import type { Orientation } from './format';
import { mergeMatrices } from './matrix-groups';
import { matrixTables, perFramework } from './matrix-table';
import { noDataCell } from './reduction-matrix';

export function displayMatrices(ctx: AppendixContext, orientation: Orientation = 'landscape'): Block[] {
  const summaries = cellSummariesFromState(ctx.state);
  const dash = ctx.t('emptyCell');
  return perFramework(ctx, (group) => {
    const options = { locale: ctx.locale, summaries };
    const conceptual = mergeMatrices(
      group.rootIds.map((rootCodeId) => conceptuallyClusteredMatrix(ctx.state, { ...options, rootCodeId })),
      emptyCell,
    );
    const byGroup = mergeMatrices(
      group.rootIds.map((rootCodeId) => roleOrderedMatrix(ctx.state, { ...options, rootCodeId, by: 'group' })),
      emptyCell,
    );
    const totals = conceptual.cells.map((row) => row.reduce((sum, cell) => sum + cell.count, 0));
    return [
      ...matrixTables(
        ctx,
        {
          matrix: conceptual,
          caption: ctx.t('caption_conceptual', { framework: group.title }),
            perTable: { landscape: 12, portrait: 6 },
          columnWeight: 1.3,
          align: 'center',
          cell: (cell) => (cell.count > 0 ? String(cell.count) : ''),
          empty: dash,
          trailing: [{ header: ctx.t('col_total'), weight: 1.4, cell: (r) => (totals[r] ? { text: String(totals[r]), bold: true } : '') }],
          legend: ctx.t('countsNote'),
        },
        orientation,
      ),
      ...matrixTables(
        ctx,
        {
          matrix: byGroup,
          caption: ctx.t('caption_roleOrdered', { framework: group.title }),
            perTable: { landscape: 4, portrait: 2 },
          columnWeight: 4.5,
          cell: (cell, r) => pooledText(ctx, byGroup.rows[r]!.codeId, cell, summaries),
          empty: noDataCell(ctx),
        },
        orientation,
      ),
    ];
  });
}
