/**
 * The formula texts printed beside every agreement table (plain Unicode, no markup), so a
 * reader of the appendix can check how each figure was computed.
 */
import { translate } from '../i18n';
import type { Locale } from '../model/types';
import type { FormulaTexts } from './types';

const lines = (locale: Locale, prefix: string, count: number, values?: Record<string, string | number>): string[] =>
  Array.from({ length: count }, (_, i) => translate(locale, `agreement:${prefix}${i + 1}`, values));

/** The formulas of the three methods, with the segment threshold t and category count k filled in. */
export function formulaTexts(locale: Locale, threshold: number, k: number): FormulaTexts {
  return {
    character: lines(locale, 'formula.character.', 5),
    segment: lines(locale, 'formula.segment.', 5, { t: threshold, k }),
    alpha: lines(locale, 'formula.alpha.', 4),
  };
}
