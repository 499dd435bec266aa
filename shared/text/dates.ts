/**
 * Interview dates as students write them ("Senin, 14 November 2023", "14/11/2023",
 * "16 Okt 2021") turned into ISO dates, so informants can be sorted and cited by date.
 */

const MONTHS: Record<string, number> = {};
const months: [number, string[]][] = [
  [1, ['januari', 'january', 'jan']],
  [2, ['februari', 'pebruari', 'february', 'feb', 'peb']],
  [3, ['maret', 'march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['mei', 'may']],
  [6, ['juni', 'june', 'jun']],
  [7, ['juli', 'july', 'jul']],
  [8, ['agustus', 'august', 'agu', 'agt', 'agst', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['oktober', 'october', 'okt', 'oct']],
  [11, ['november', 'nopember', 'nov', 'nop']],
  [12, ['desember', 'december', 'des', 'dec']],
];
for (const [number, names] of months) for (const name of names) MONTHS[name] = number;
const MONTH_NAME = String.raw`(\p{L}{3,9})\.?`;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthOf = (name: string): number => MONTHS[name.toLowerCase()] ?? 0;

const PATTERNS: [RegExp, (m: RegExpExecArray) => string | null][] = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  // Day first, as Indonesians write it: 14-11-2023, 14/11/2023, 14.11.2023.
  [/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
  [new RegExp(String.raw`(?<!\p{L})(\d{1,2})\s+${MONTH_NAME}\s+(\d{4})\b`, 'u'), (m) => iso(+m[3]!, monthOf(m[2]!), +m[1]!)],
  [new RegExp(String.raw`(?<!\p{L})${MONTH_NAME}\s+(\d{1,2}),?\s+(\d{4})\b`, 'u'), (m) => iso(+m[3]!, monthOf(m[1]!), +m[2]!)],
];

/**
 * The ISO date (YYYY-MM-DD) written somewhere in `s`, in Indonesian or English:
 * "Senin, 14 November 2023", "14-11-2023", "14/11/2023", "2023-11-14", "November 14, 2023".
 * Null when there is no valid date.
 */
export function parseIndonesianDate(s: string): string | null {
  for (const [pattern, toIso] of PATTERNS) {
    const m = pattern.exec(s);
    const date = m && toIso(m);
    if (date) return date;
  }
  return null;
}
