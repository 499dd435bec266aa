/**
 * Inter-coder agreement as an appendix part (optional): per code, percent agreement and
 * Cohen's kappa at character level, and the segment-level figures (Brennan & Prediger), each
 * table followed by the formulas it used, as a method chapter must show them. Compares the
 * project's owner with the coder who coded most besides them.
 */
import { agreementReport, coderChoices, formatCoefficient, formatPercent, kappaBand, type AgreementReport } from '../agreement';
import { translate } from '../i18n';
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import type { Block, Cell, Column } from './blocks';
import { caption, dataTable, note, sourceNote } from './blocks';
import type { AppendixContext } from './context';
import type { Orientation } from './format';

/** The two coders the appendix compares: the owner and the other coder with most segments; null when there is none. */
function coderPair(state: ProjectState, locale: Locale): [string | null, string | null] | null {
  const [owner, ...others] = coderChoices(state, locale);
  const second = others.filter((c) => c.segments > 0).sort((a, b) => b.segments - a.segments)[0];
  return owner && owner.segments > 0 && second ? [owner.id, second.id] : null;
}

/** Whether there is an agreement to report: two coders who both coded at least one same transcript. */
export function hasAgreementData(state: ProjectState): boolean {
  const pair = coderPair(state, 'id');
  if (!pair) return false;
  const coded = (coder: string | null): Set<string> =>
    new Set(Object.values(state.segments).flatMap((s) => ((s.coderId ?? null) === coder && state.documents[s.documentId] ? [s.documentId] : [])));
  const [a, b] = [coded(pair[0]), coded(pair[1])];
  return [...a].some((id) => b.has(id));
}

export function agreementPart(ctx: AppendixContext, orientation: Orientation = 'portrait'): Block[] {
  const pair = coderPair(ctx.state, ctx.locale);
  if (!pair) return [note(ctx.t('agreement_none'))];
  let report: AgreementReport;
  try {
    report = agreementReport(ctx.state, pair[0], pair[1], { locale: ctx.locale });
  } catch {
    // No transcript coded by both: nothing to compare yet.
    return [note(ctx.t('agreement_none'))];
  }
  return [
    note(ctx.t('agreement_intro', { a: report.coderA.name, b: report.coderB.name, count: report.documents.length })),
    ...characterTable(ctx, report, orientation),
    ...segmentTable(ctx, report, orientation),
  ];
}

const a = (ctx: AppendixContext, key: string, values?: Record<string, string | number>): string =>
  translate(ctx.locale, `agreement:${key}`, values);

function band(ctx: AppendixContext, kappa: number | null): string {
  return kappa === null ? ctx.t('emptyCell') : a(ctx, `band.${kappaBand(kappa)}`);
}

function formulas(lines: string[]): Block[] {
  return lines.map((line) => note(line));
}

function characterTable(ctx: AppendixContext, report: AgreementReport, orientation: Orientation): Block[] {
  const columns: Column[] = [
    { header: ctx.t('col_no'), weight: 0.6, align: 'center' },
    { header: a(ctx, 'colCode'), weight: 3.4 },
    { header: a(ctx, 'colPercent'), weight: 1.5, align: 'center' },
    { header: a(ctx, 'colKappa'), weight: 1.3, align: 'center' },
    { header: a(ctx, 'colBand'), weight: 1.5, align: 'center' },
  ];
  const rows: Cell[][] = report.character.codes.map((row, i) => [
    String(i + 1),
    report.codes[i]!.path,
    formatPercent(ctx.locale, row.figures.percentAgreement),
    formatCoefficient(ctx.locale, row.figures.kappa),
    band(ctx, row.figures.kappa),
  ]);
  const overall = report.character.overall;
  rows.push([
    { text: a(ctx, 'overall', { count: overall.codes }), bold: true, span: 2 },
    { text: formatPercent(ctx.locale, overall.percentAgreement), bold: true },
    { text: formatCoefficient(ctx.locale, overall.kappa), bold: true },
    { text: band(ctx, overall.kappa), bold: true },
  ]);
  return [
    caption(ctx, ctx.t('caption_agreementCharacter', { a: report.coderA.name, b: report.coderB.name })),
    dataTable(ctx, columns, rows, orientation),
    ...sourceNote(ctx),
    ...formulas(report.formulas.character),
    note(a(ctx, 'bandsNote')),
  ];
}

function segmentTable(ctx: AppendixContext, report: AgreementReport, orientation: Orientation): Block[] {
  const columns: Column[] = [
    { header: ctx.t('col_no'), weight: 0.6, align: 'center' },
    { header: a(ctx, 'colCode'), weight: 3 },
    { header: a(ctx, 'colMatched'), weight: 1.1, align: 'center' },
    { header: a(ctx, 'colOnlyA'), weight: 1.1, align: 'center' },
    { header: a(ctx, 'colOnlyB'), weight: 1.1, align: 'center' },
    { header: a(ctx, 'colPercent'), weight: 1.3, align: 'center' },
    { header: a(ctx, 'colKappaN'), weight: 1.2, align: 'center' },
  ];
  const rows: Cell[][] = report.segment.codes.map((row, i) => [
    String(i + 1),
    report.codes[i]!.path,
    String(row.counts.a),
    String(row.counts.b),
    String(row.counts.c),
    formatPercent(ctx.locale, row.figures.percentAgreement),
    formatCoefficient(ctx.locale, row.figures.kappa),
  ]);
  const overall = report.segment.overall;
  rows.push([
    { text: a(ctx, 'overall', { count: overall.codes }), bold: true, span: 5 },
    { text: formatPercent(ctx.locale, overall.percentAgreement), bold: true },
    { text: formatCoefficient(ctx.locale, overall.kappa), bold: true },
  ]);
  return [
    caption(ctx, ctx.t('caption_agreementSegment', { a: report.coderA.name, b: report.coderB.name, threshold: report.segment.threshold })),
    dataTable(ctx, columns, rows, orientation),
    ...sourceNote(ctx),
    ...formulas(report.formulas.segment),
  ];
}
