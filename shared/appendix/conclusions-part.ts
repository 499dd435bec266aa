/**
 * The conclusions (penarikan kesimpulan dan verifikasi), one table per framework: for the
 * framework, each dimension and each indicator the student concluded on, the conclusion,
 * its verdict on the project's scale, each piece of evidence with its words (or reduced
 * statement) and its citation in the chosen style, and the triangulation status.
 */
import type { Block, Cell } from './blocks';
import { caption, dataTable, note, sourceNote } from './blocks';
import { bulleted } from './cell-text';
import { conclusionRows, conclusionsByCode, evidenceLineText, type ConclusionRow } from './conclusion-rows';
import type { AppendixContext } from './context';
import type { Orientation } from './format';
import { matrixGroups } from './matrix-groups';

function cells(ctx: AppendixContext, row: ConclusionRow, width: number): Cell[] {
  const label: Cell = { text: row.label, bold: row.depth <= 0 };
  if (!row.conclusion) return [{ text: row.number, bold: true }, { ...label, span: width - 1 }];
  const italic = (key: string): Cell => ({ text: ctx.t(key), italics: true });
  return [
    row.number,
    label,
    row.conclusion.text.trim() || ctx.t('emptyCell'),
    row.verdict || italic('notJudged'),
    row.evidence.length > 0 ? bulleted(row.evidence.map(evidenceLineText)) : italic('noEvidence'),
    row.triangulation.length === 0 ? ctx.t('emptyCell') : { text: row.triangulation.join('\n'), italics: row.triangulationUndecided },
  ];
}

export function conclusionsPart(ctx: AppendixContext, orientation: Orientation = 'landscape'): Block[] {
  const byCode = conclusionsByCode(ctx);
  if (byCode.size === 0) return [note(ctx.t('empty'))];
  const columns = [
    { header: ctx.t('col_no'), weight: 0.8, align: 'center' as const },
    { header: ctx.t('col_focus'), weight: 2.5 },
    { header: ctx.t('col_conclusion'), weight: 4.6 },
    { header: ctx.t('col_verdict'), weight: 1.8 },
    // Evidence is quoted in full with its citation: the widest column.
    { header: ctx.t('col_evidence'), weight: 5.6 },
    { header: ctx.t('col_triangulation'), weight: 2.2 },
  ];
  const blocks: Block[] = [];
  for (const group of matrixGroups(ctx.state, ctx.locale, ctx.t('caption_ownCodes'))) {
    const rows = conclusionRows(ctx, group, byCode);
    if (rows.length === 0) continue;
    blocks.push(
      caption(ctx, ctx.t('caption_conclusions', { framework: group.title })),
      dataTable(ctx, columns, rows.map((row) => cells(ctx, row, columns.length)), orientation),
      ...sourceNote(ctx),
    );
  }
  return blocks;
}
