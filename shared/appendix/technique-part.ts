/**
 * The technique triangulation table (triangulasi teknik): indicators under their dimensions ×
 * wawancara / observasi / dokumentasi, each cell the statements (or words) of that technique's
 * segments with their citations, and the student's technique verdict with its note. Beside
 * the source triangulation table, in the same format; left out of a project with one technique.
 */
import { emptyCell } from '../display/cells';
import { techniqueTable } from '../display/technique';
import type { TechniqueCell, TechniqueRow, TechniqueTable } from '../display/types';
import { triangulationVerdictsFromState } from '../reduction/display-inputs';
import type { Block } from './blocks';
import { bulleted, ownSegmentIds } from './cell-text';
import { citeSegment } from './citation';
import type { AppendixContext } from './context';
import type { Orientation } from './format';
import { mergeMatrices } from './matrix-groups';
import { matrixTables, perFramework } from './matrix-table';
import { noDataCell } from './reduction-matrix';
import { verdictCell } from './triangulation-part';

const blankCell = (): TechniqueCell => ({ ...emptyCell(), statements: [] });

/** The indicator rows with a heading row for each dimension put in above its indicators. */
function withDimensionRows(table: TechniqueTable): TechniqueTable {
  const rows: TechniqueRow[] = [];
  const cells: TechniqueCell[][] = [];
  let dimension: string | null = null;
  table.rows.forEach((row, r) => {
    if (row.dimensionId && row.dimensionId !== dimension) {
      rows.push({ ...row, codeId: row.dimensionId, label: row.dimensionLabel, depth: 0, verdict: null, suggested: null, note: '' });
      cells.push(table.columns.map(blankCell));
    }
    dimension = row.dimensionId;
    rows.push({ ...row, depth: row.dimensionId ? 1 : 0 });
    cells.push(table.cells[r]!);
  });
  return { ...table, rows, cells };
}

/** Each segment of the row's own code: its reduced statement (or its words in quotation marks) and its citation. */
export function techniqueCellText(ctx: AppendixContext, codeId: string, cell: TechniqueCell): string {
  const lines: string[] = [];
  for (const id of ownSegmentIds(ctx, codeId, cell)) {
    const segment = ctx.state.segments[id];
    const document = segment && ctx.state.documents[segment.documentId];
    if (!segment || !document) continue;
    const informant = document.informantId ? (ctx.state.informants[document.informantId] ?? null) : null;
    const words = segment.reduced.trim() || `“${document.text.slice(segment.start, segment.end).trim() || document.title}”`;
    lines.push(`${words} ${citeSegment(ctx, { segment, document, informant })}`);
  }
  return bulleted(lines);
}

export function techniquePart(ctx: AppendixContext, orientation: Orientation = 'landscape'): Block[] {
  const verdicts = triangulationVerdictsFromState(ctx.state);
  return perFramework(ctx, (group) => {
    const table = withDimensionRows(
      mergeMatrices(
        group.rootIds.map((rootCodeId) => techniqueTable(ctx.state, { rootCodeId, locale: ctx.locale, verdicts })),
        blankCell,
      ),
    );
    const headings = new Set(table.rows.flatMap((row, r) => (row.codeId === row.dimensionId ? [r] : [])));
    return matrixTables(
      ctx,
      {
        matrix: table,
        caption: ctx.t('caption_technique', { framework: group.title }),
        perTable: { landscape: 3, portrait: 2 },
        columnWeight: 4,
        cell: (cell, r) => techniqueCellText(ctx, table.rows[r]!.codeId, cell),
        empty: noDataCell(ctx),
        trailing: [{ header: ctx.t('col_techniqueVerdictNote'), weight: 3.4, cell: (r) => verdictCell(ctx, table.rows[r]!, headings.has(r)) }],
      },
      orientation,
    );
  });
}
