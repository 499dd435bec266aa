/**
 * What every part of the appendix needs while it is written: the project, the format, the
 * language of the labels, the running table number and the year.
 */
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { translate } from '../i18n';
import type { AppendixFormat } from './format';

export interface AppendixContext {
  state: ProjectState;
  format: AppendixFormat;
  locale: Locale;
  /** The year the appendix is dated (source notes). */
  year: number;
  /** A label of the `appendix` namespace in the appendix's language. */
  t(key: string, values?: Record<string, string | number>): string;
  /** The next table number, "4.1", "4.2" … (chapter from the format). */
  nextTableNumber(): string;
}

export function createContext(state: ProjectState, format: AppendixFormat, locale: Locale, now: Date): AppendixContext {
  let next = format.firstTableNumber;
  return {
    state,
    format,
    locale,
    year: format.sourceYear ?? now.getFullYear(),
    t: (key, values) => translate(locale, `appendix:${key}`, values),
    nextTableNumber: () => {
      const number = next++;
      return format.chapter ? `${format.chapter}.${number}` : String(number);
    },
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date as a thesis writes it: "14 November 2023", or with the weekday, "Selasa, 14 November
 * 2023". A date the student typed in another form is kept as written.
 */
export function formatDate(ctx: AppendixContext, value: string, withWeekday = false): string {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return value.trim();
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const monthName = ctx.t('months').split(',')[month - 1];
  if (!monthName || day < 1 || day > 31) return value.trim();
  const date = `${day} ${monthName} ${year}`;
  if (!withWeekday) return date;
  const weekday = ctx.t('weekdays').split(',')[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return weekday ? `${weekday}, ${date}` : date;
}
