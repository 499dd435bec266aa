/**
 * The number keys 1–9 while coding: they apply the children of the active framework code
 * (project.settings.activeFrameworkCodeId), in codebook order.
 */
import type { Code } from '../../../shared/model/types';

/** The codes on keys 1–9: the first nine children in codebook order. */
export function pinnedCodes(children: readonly Code[]): Code[] {
  return [...children].sort((a, b) => a.order - b.order).slice(0, 9);
}

/** The digit (1–9) a pinned code sits on, by code id. */
export function pinnedNumbers(children: readonly Code[]): Map<string, number> {
  return new Map(pinnedCodes(children).map((code, i) => [code.id, i + 1]));
}

/** The 1–9 digit a key press means, or null (0 and everything else are not pins). */
export function digitOfKey(key: string): number | null {
  return /^[1-9]$/.test(key) ? Number(key) : null;
}
