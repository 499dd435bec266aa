/**
 * What the appendix and the spreadsheet print for a triangulation row: the student's verdict,
 * or — until the student judges the row — "belum dinilai", or the computed suggestion marked
 * as one when the student chose so ("Belum dinilai (saran: spesifik)"). A suggestion is never
 * printed or counted as a verdict.
 */
import type { TriangulationRow } from '../display/types';
import type { AppendixContext } from './context';

export interface VerdictText {
  text: string;
  /** True for the student's own verdict (printed bold); false for not judged or a suggestion (italic). */
  judged: boolean;
}

export function verdictText(ctx: AppendixContext, row: Pick<TriangulationRow, 'verdict' | 'suggested'>): VerdictText {
  if (row.verdict) return { text: ctx.t(`verdict_${row.verdict}`), judged: true };
  if (ctx.format.unjudgedVerdicts === 'suggestion' && row.suggested) {
    return { text: ctx.t('verdictSuggested', { verdict: ctx.t(`verdict_${row.suggested}`).toLowerCase() }), judged: false };
  }
  return { text: ctx.t('verdictUndecided'), judged: false };
}
