/**
 * How agreement figures are written for people: percent with one decimal, coefficients with
 * three, in the locale's number style (Indonesian writes 0,750). The screen, the command
 * line's table and the appendix write them alike, so the same figure reads the same.
 */
import type { Locale } from '../model/types';

const formats = new Map<string, Intl.NumberFormat>();

function format(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f;
}

/** 83.3333 → "83,3" (id) / "83.3" (en); null → "–". */
export function formatPercent(locale: Locale, value: number | null): string {
  return value === null ? '–' : format(locale, 1).format(value);
}

/** 0.61234 → "0,612" (id) / "0.612" (en); null → "–". Negative zero is written as 0. */
export function formatCoefficient(locale: Locale, value: number | null): string {
  return value === null ? '–' : format(locale, 3).format(value === 0 ? 0 : value).replace(/^-(0[.,]000)$/, '$1');
}
