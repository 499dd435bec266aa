/**
 * The matrices as plain tables for the spreadsheet: one table per matrix, every framework's
 * rows one under the other with the framework named in the first column, so a student can
 * filter, sort and finish the tables in Excel or LibreOffice Calc.
 */
import { emptyCell } from '../display/cells';
import { conceptuallyClusteredMatrix, roleOrderedMatrix } from '../display/clustered';
import { coOccurrenceMatrix } from '../display/co-occurrence';
import { frameworkRows } from '../display/code-rows';
import { projectTechniques, techniqueTable } from '../display/technique';
import { triangulationTable } from '../display/triangulation';
import type { DisplayMatrix, TechniqueCell, TriangulationCell } from '../display/types';
import { cellSummariesFromState, triangulationVerdictsFromState } from '../reduction/display-inputs';
import { bulleted, ownSegmentIds, pooledText, reductionText } from '../appendix/cell-text';
import { techniqueCellText } from '../appendix/technique-part';
import { citeSegment } from '../appendix/citation';
import { conclusionRows, conclusionsByCode, evidenceLineText } from '../appendix/conclusion-rows';
import type { AppendixContext } from '../appendix/context';
import { matrixGroups, mergeMatrices, rowNumbers, type MatrixGroup } from '../appendix/matrix-groups';
import { verdictText } from '../appendix/verdict-text';
import { childrenOf } from '../project/code-tree';

/** The sheets a workbook can hold, in the order they are written. */
export const MATRIX_SHEETS = ['reduction', 'conceptual', 'roleOrdered', 'checklist', 'coOccurrence', 'triangulation', 'techniqueTriangulation', 'conclusions'] as const;
export type MatrixSheet = (typeof MATRIX_SHEETS)[number];

/** A cell's value; null leaves the cell blank (a dimension heading's data cells). */
export type SheetValue = string | number | null;

export interface SheetTable {
  sheet: MatrixSheet;
  header: string[];
  rows: SheetValue[][];
  /** Width of each column in characters. */
  widths: number[];
  /** How many columns at the left name the row (kept in view when scrolling right). */
  labelColumns: number;
}

/** Every group's matrix stacked into one, with the group and number of each row. */
function stacked<M extends DisplayMatrix>(
  groups: MatrixGroup[],
  build: (rootCodeId: string) => M,
  empty: () => M['cells'][number][number],
): { matrix: M | null; group: string[]; number: string[] } {
  const perGroup = groups.map((group) => mergeMatrices(group.rootIds.map(build), empty));
  const group = perGroup.flatMap((matrix, g) => matrix.rows.map(() => groups[g]!.title));
  const number = perGroup.flatMap((matrix) => rowNumbers(matrix.rows));
  return { matrix: perGroup.length > 0 ? mergeMatrices(perGroup, empty) : null, group, number };
}

const TEXT = 42;
const COUNT = 9;

function codeByColumnSheet(
  ctx: AppendixContext,
  sheet: MatrixSheet,
  built: { matrix: DisplayMatrix | null; group: string[]; number: string[] },
  cell: (matrix: DisplayMatrix, row: number, column: number) => SheetValue,
  options: { width: number; empty: SheetValue; total?: boolean },
): SheetTable {
  const { matrix } = built;
  const columns = matrix?.columns ?? [];
  const header = [ctx.t('xlsx_framework'), ctx.t('col_no'), ctx.t('col_indicator'), ...columns.map((c) => c.label)];
  if (options.total) header.push(ctx.t('col_total'));
  const rows = (matrix?.rows ?? []).map((row, r) => {
    const parent = childrenOf(ctx.state, row.codeId).length > 0;
    const raw = columns.map((_, j) => cell(matrix!, r, j));
    // A dimension with nothing of its own to show is a heading: its cells stay blank. (Its
    // counts are never nothing when its indicators are coded: a dimension counts them too.)
    const heading = parent && raw.every((value) => value === '' || value === 0);
    const values = raw.map((value): SheetValue => (heading ? null : value === '' ? options.empty : value));
    const out: SheetValue[] = [built.group[r]!, built.number[r]!, row.label, ...values];
    if (options.total) out.push(matrix!.cells[r]!.reduce((sum, c) => sum + c.count, 0));
    return out;
  });
  return { sheet, header, rows, widths: [22, 7, 34, ...columns.map(() => options.width), ...(options.total ? [COUNT] : [])], labelColumns: 3 };
}

function triangulationSheet(ctx: AppendixContext, groups: MatrixGroup[], summaries: Record<string, string>): SheetTable {
  const verdicts = triangulationVerdictsFromState(ctx.state);
  const empty = (): TriangulationCell => ({ ...emptyCell(), statements: [] });
  const perGroup = groups.map((group) =>
    mergeMatrices(group.rootIds.map((rootCodeId) => triangulationTable(ctx.state, { rootCodeId, locale: ctx.locale, verdicts, summaries })), empty),
  );
  const table = perGroup.length > 0 ? mergeMatrices(perGroup, empty) : null;
  const groupOf = perGroup.flatMap((t, g) => t.rows.map(() => groups[g]!.title));
  const columns = table?.columns ?? [];
  const header = [
    ctx.t('xlsx_framework'),
    ctx.t('col_no'),
    ctx.t('xlsx_dimension'),
    ctx.t('xlsx_indicator'),
    ...columns.map((c) => c.label),
    ctx.t('col_verdictNote'),
    ctx.t('xlsx_note'),
  ];
  const counter = new Map<string, number>();
  const rows = (table?.rows ?? []).map((row, r) => {
    const group = groupOf[r]!;
    counter.set(group, (counter.get(group) ?? 0) + 1);
    return [
      group,
      String(counter.get(group)),
      row.dimensionLabel,
      row.label,
      ...table!.cells[r]!.map((cell) => pooledText(ctx, row.codeId, cell, summaries) || ctx.t('noData')),
      verdictText(ctx, row).text,
      row.note,
    ];
  });
  return { sheet: 'triangulation', header, rows, widths: [22, 6, 22, 30, ...columns.map(() => TEXT), 16, TEXT], labelColumns: 4 };
}

/** Triangulation by technique: indicator × wawancara / observasi / dokumentasi, with the technique verdict and note. */
function techniqueSheet(ctx: AppendixContext, groups: MatrixGroup[]): SheetTable | null {
  // One technique cannot be triangulated: no sheet, as the appendix leaves the table out.
  if (projectTechniques(ctx.state).length < 2) return null;
  const verdicts = triangulationVerdictsFromState(ctx.state);
  const empty = (): TechniqueCell => ({ ...emptyCell(), statements: [] });
  const perGroup = groups.map((group) =>
    mergeMatrices(group.rootIds.map((rootCodeId) => techniqueTable(ctx.state, { rootCodeId, locale: ctx.locale, verdicts })), empty),
  );
  const table = perGroup.length > 0 ? mergeMatrices(perGroup, empty) : null;
  const groupOf = perGroup.flatMap((t, g) => t.rows.map(() => groups[g]!.title));
  const columns = table?.columns ?? [];
  const header = [ctx.t('xlsx_framework'), ctx.t('col_no'), ctx.t('xlsx_dimension'), ctx.t('xlsx_indicator'), ...columns.map((c) => c.label), ctx.t('col_techniqueVerdictNote'), ctx.t('xlsx_note')];
  const counter = new Map<string, number>();
  const rows = (table?.rows ?? []).map((row, r) => {
    const group = groupOf[r]!;
    counter.set(group, (counter.get(group) ?? 0) + 1);
    return [
      group,
      String(counter.get(group)),
      row.dimensionLabel,
      row.label,
      ...table!.cells[r]!.map((cell) => techniqueCellText(ctx, row.codeId, cell) || ctx.t('noData')),
      verdictText(ctx, row).text,
      row.note,
    ];
  });
  return { sheet: 'techniqueTriangulation', header, rows, widths: [22, 6, 22, 30, ...columns.map(() => TEXT), 16, TEXT], labelColumns: 4 };
}

function coOccurrenceSheet(ctx: AppendixContext, groups: MatrixGroup[]): SheetTable {
  const codes = groups.flatMap((group) => group.rootIds.flatMap((id) => frameworkRows(ctx.state, id, ctx.locale).map((row) => ({ row, group: group.title }))));
  if (codes.length === 0) return { sheet: 'coOccurrence', header: [ctx.t('xlsx_framework'), ctx.t('col_code')], rows: [], widths: [22, 34], labelColumns: 2 };
  const matrix = coOccurrenceMatrix(ctx.state, { codeIds: codes.map((c) => c.row.codeId), locale: ctx.locale });
  return {
    sheet: 'coOccurrence',
    header: [ctx.t('xlsx_framework'), ctx.t('col_code'), ...matrix.columns.map((c) => c.label)],
    rows: matrix.rows.map((row, r) => [codes[r]!.group, row.label, ...matrix.cells[r]!.map((cell) => cell.count)]),
    widths: [22, 34, ...matrix.columns.map(() => 12)],
    labelColumns: 2,
  };
}

function conclusionsSheet(ctx: AppendixContext, groups: MatrixGroup[]): SheetTable {
  const byCode = conclusionsByCode(ctx);
  const rows = groups.flatMap((group) =>
    conclusionRows(ctx, group, byCode).flatMap((row) =>
      row.conclusion
        ? [[
            group.title,
            row.number,
            row.label,
            row.conclusion.text,
            row.verdict || ctx.t('notJudged'),
            bulleted(row.evidence.map(evidenceLineText)) || ctx.t('noEvidence'),
            row.triangulation.join('\n'),
          ]]
        : [],
    ),
  );
  return {
    sheet: 'conclusions',
    header: [ctx.t('xlsx_framework'), ctx.t('col_no'), ctx.t('col_focus'), ctx.t('col_conclusion'), ctx.t('col_verdict'), ctx.t('col_evidence'), ctx.t('col_triangulation')],
    rows,
    widths: [22, 7, 28, 60, 16, 50, 20],
    labelColumns: 3,
  };
}

/** The tables of the chosen sheets, in MATRIX_SHEETS order (the technique sheet only when the project has two techniques or more). */
export function matrixSheets(ctx: AppendixContext, sheets: readonly MatrixSheet[]): SheetTable[] {
  const groups = matrixGroups(ctx.state, ctx.locale, ctx.t('caption_ownCodes'));
  const summaries = cellSummariesFromState(ctx.state);
  const options = { locale: ctx.locale, summaries };
  const conceptual = (): ReturnType<typeof stacked<DisplayMatrix>> =>
    stacked(groups, (rootCodeId) => conceptuallyClusteredMatrix(ctx.state, { ...options, rootCodeId }), emptyCell);
  const quoted = (segmentIds: readonly string[]): string => {
    const lines: string[] = [];
    for (const id of segmentIds) {
      const segment = ctx.state.segments[id];
      const document = segment && ctx.state.documents[segment.documentId];
      if (!segment || !document) continue;
      const informant = document.informantId ? (ctx.state.informants[document.informantId] ?? null) : null;
      lines.push(`“${document.text.slice(segment.start, segment.end).trim()}” ${citeSegment(ctx, { segment, document, informant }, 'line')}`);
    }
    return bulleted(lines);
  };
  const build: Record<MatrixSheet, () => SheetTable | null> = {
    reduction: () =>
      codeByColumnSheet(ctx, 'reduction', conceptual(), (m, r, j) => reductionText(ctx, m.rows[r]!.codeId, m.cells[r]![j]!), { width: TEXT, empty: ctx.t('noData') }),
    conceptual: () =>
      codeByColumnSheet(ctx, 'conceptual', conceptual(), (m, r, j) => quoted(ownSegmentIds(ctx, m.rows[r]!.codeId, m.cells[r]![j]!)), { width: TEXT, empty: ctx.t('noData') }),
    roleOrdered: () =>
      codeByColumnSheet(
        ctx,
        'roleOrdered',
        stacked(groups, (rootCodeId) => roleOrderedMatrix(ctx.state, { ...options, rootCodeId, by: 'group' }), emptyCell),
        (m, r, j) => pooledText(ctx, m.rows[r]!.codeId, m.cells[r]![j]!, summaries),
        { width: TEXT, empty: ctx.t('noData') },
      ),
    checklist: () => codeByColumnSheet(ctx, 'checklist', conceptual(), (m, r, j) => m.cells[r]![j]!.count, { width: COUNT, empty: 0, total: true }),
    coOccurrence: () => coOccurrenceSheet(ctx, groups),
    triangulation: () => triangulationSheet(ctx, groups, summaries),
    techniqueTriangulation: () => techniqueSheet(ctx, groups),
    conclusions: () => conclusionsSheet(ctx, groups),
  };
  return MATRIX_SHEETS.filter((sheet) => sheets.includes(sheet)).flatMap((sheet) => build[sheet]() ?? []);
}
