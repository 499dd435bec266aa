/**
 * The conclusions (penarikan kesimpulan dan verifikasi), per framework: for the framework,
 * each dimension and each indicator the student concluded on, the conclusion, its verdict
 * on the project's scale, the evidence cited in the chosen citation style, and the
 * triangulation status — the indicator's verdict, or a tally over a dimension's indicators.
 */
import { triangulationTable } from '../display/triangulation';
import type { TriangulationRow } from '../display/types';
import { DEFAULT_VERDICT_SCALE } from '../model/defaults';
import type { Code, Conclusion } from '../model/types';
import { codeLabel, descendantIds } from '../project/code-tree';
import { frameworkRows } from '../display/code-rows';
import { triangulationVerdictsOf } from './analysis-inputs';
import type { Block, Cell } from './blocks';
import { caption, dataTable, note, sourceNote } from './blocks';
import { citeSegment } from './citation';
import type { AppendixContext } from './context';
import type { Orientation } from './format';
import { matrixGroups, rowNumbers } from './matrix-groups';
import { verdictLabel } from './triangulation-part';

/** The verdict as written, in English when it is one of the default scale's words. */
function verdictText(ctx: AppendixContext, verdict: string): string {
  const at = DEFAULT_VERDICT_SCALE.indexOf(verdict.trim());
  if (at >= 0) return ctx.t('defaultVerdicts').split(',')[at] ?? verdict;
  return verdict.trim();
}

/** The citations of the evidence, in the order linked, each once. */
function evidenceCell(ctx: AppendixContext, conclusion: Conclusion): Cell {
  const citations: string[] = [];
  for (const id of conclusion.evidenceSegmentIds) {
    const segment = ctx.state.segments[id];
    const document = segment && ctx.state.documents[segment.documentId];
    if (!segment || !document) continue;
    const informant = document.informantId ? (ctx.state.informants[document.informantId] ?? null) : null;
    const citation = citeSegment(ctx, { segment, document, informant });
    if (!citations.includes(citation)) citations.push(citation);
  }
  return citations.length > 0 ? citations.join('\n') : { text: ctx.t('noEvidence'), italics: true };
}

/** An indicator's triangulation verdict, or the tally of its indicators' verdicts for a dimension or framework. */
function triangulationCell(ctx: AppendixContext, code: Code, rows: Map<string, TriangulationRow>): Cell {
  const own = rows.get(code.id);
  const verdicts = own ? [own.verdict] : descendantIds(ctx.state, code.id).flatMap((id) => (rows.has(id) ? [rows.get(id)!.verdict] : []));
  if (verdicts.length === 0) return ctx.t('emptyCell');
  if (own) return own.verdict ? verdictLabel(ctx, own.verdict) : { text: ctx.t('verdictUndecided'), italics: true };
  const tally = (['sama', 'berbeda', 'spesifik', null] as const).flatMap((verdict) => {
    const count = verdicts.filter((v) => v === verdict).length;
    const name = verdict ? verdictLabel(ctx, verdict) : ctx.t('verdictUndecided');
    return count > 0 ? [ctx.t('triangulationSummary', { verdict: name, count })] : [];
  });
  return tally.join('\n');
}

export function conclusionsPart(ctx: AppendixContext, orientation: Orientation = 'landscape'): Block[] {
  const byCode = new Map<string, Conclusion[]>();
  for (const conclusion of Object.values(ctx.state.conclusions).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))) {
    if (!ctx.state.codes[conclusion.codeId]) continue;
    byCode.set(conclusion.codeId, [...(byCode.get(conclusion.codeId) ?? []), conclusion]);
  }
  if (byCode.size === 0) return [note(ctx.t('empty'))];
  const verdicts = triangulationVerdictsOf(ctx.state);
  const columns = [
    { header: ctx.t('col_no'), weight: 0.8, align: 'center' as const },
    { header: ctx.t('col_focus'), weight: 2.6 },
    { header: ctx.t('col_conclusion'), weight: 5.6 },
    { header: ctx.t('col_verdict'), weight: 1.8 },
    { header: ctx.t('col_evidence'), weight: 4.2 },
    { header: ctx.t('col_triangulation'), weight: 2.2 },
  ];
  const blocks: Block[] = [];
  for (const group of matrixGroups(ctx.state, ctx.locale, ctx.t('caption_ownCodes'))) {
    const triangulation = new Map<string, TriangulationRow>();
    for (const rootCodeId of group.rootIds) {
      for (const row of triangulationTable(ctx.state, { rootCodeId, locale: ctx.locale, verdicts }).rows) triangulation.set(row.codeId, row);
    }
    // The framework itself first (unnumbered), then its codes numbered as in the codebook.
    const listed = group.rootId
      ? [{ codeId: group.rootId, depth: -1 }, ...frameworkRows(ctx.state, group.rootId, ctx.locale)]
      : group.rootIds.flatMap((id) => frameworkRows(ctx.state, id, ctx.locale));
    const numbers = rowNumbers(listed.filter((row) => row.depth >= 0));
    const numberOf = new Map(listed.filter((row) => row.depth >= 0).map((row, i) => [row.codeId, numbers[i]!]));
    const rows: Cell[][] = [];
    for (const { codeId, depth } of listed) {
      const code = ctx.state.codes[codeId]!;
      const concluded = byCode.get(codeId) ?? [];
      const below = descendantIds(ctx.state, codeId).some((id) => byCode.has(id));
      const label: Cell = { text: codeLabel(code, ctx.locale), bold: depth <= 0 };
      if (concluded.length === 0) {
        // A dimension heads the conclusions of its indicators even when it has none of its own.
        if (depth === 0 && below) rows.push([{ text: numberOf.get(codeId) ?? '', bold: true }, { ...label, span: columns.length - 1 }]);
        continue;
      }
      for (const conclusion of concluded) {
        rows.push([
          numberOf.get(codeId) ?? '',
          label,
          conclusion.text.trim() || { text: ctx.t('emptyCell') },
          conclusion.verdict.trim() ? verdictText(ctx, conclusion.verdict) : { text: ctx.t('notJudged'), italics: true },
          evidenceCell(ctx, conclusion),
          triangulationCell(ctx, code, triangulation),
        ]);
      }
    }
    if (rows.length === 0) continue;
    blocks.push(
      caption(ctx, ctx.t('caption_conclusions', { framework: group.title })),
      dataTable(ctx, columns, rows, orientation),
      ...sourceNote(ctx, group.source),
    );
  }
  return blocks;
}
