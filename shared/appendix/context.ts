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
  /** The year (or years, "2023–2024") of the data, for source notes: see `dataYear`. */
  year: string;
  /** A label of the `appendix` namespace in the appendix's language. */
  t(key: string, values?: Record<string, string | number>): string;
  /** Tells the numbering that lampiran `number` starts (tables numbered per lampiran start again at 1). */
  startPart(number: number): void;
  /** The next table number: "L3.1", "L3.2" … per lampiran, or "4.1", "4.2" … by chapter (see TableNumbering). */
  nextTableNumber(): string;
  /** The number of the lampiran being written (1 = the first); absent in contexts made by hand. */
  currentPart?(): number;
  /**
   * The document's Normal style is the table text (see `appendixStyles`), so table cells' text
   * paragraphs need no style of their own; absent or false, they name PilahTableText.
   */
  tableTextIsNormal?: boolean;
}

/** "A" … "Z", "AA", "AB" …: the letter of lampiran `number` (1 = A). */
function letters(number: number): string {
  let out = '';
  for (let n = number; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** How lampiran `number` is named in titles and table numbers: "3", or "C" when lettered. */
export function partLabel(format: Pick<AppendixFormat, 'appendixNumbering'>, number: number): string {
  return format.appendixNumbering === 'letter' ? letters(number) : String(number);
}

const YEAR = /\b(19|20)\d{2}\b/g;

/**
 * The year the data were collected, as a source note gives it: the years of the informants'
 * interview dates ("2023", or "2023–2024" when the fieldwork ran over a new year), else the
 * year the project was started, else the year `now`. The format's fixed year wins over all.
 */
export function dataYear(state: ProjectState, format: Pick<AppendixFormat, 'sourceYear'>, now: Date): string {
  if (format.sourceYear !== null) return String(format.sourceYear);
  const years = Object.values(state.informants).flatMap((informant) => [...informant.interviewDate.matchAll(YEAR)].map((m) => Number(m[0])));
  if (years.length > 0) {
    const [from, to] = [Math.min(...years), Math.max(...years)];
    return from === to ? String(from) : `${from}–${to}`;
  }
  const started = Number(/^\d{4}/.exec(state.project.createdAt ?? '')?.[0]);
  return String(Number.isFinite(started) && started > 1900 ? started : now.getFullYear());
}

export function createContext(state: ProjectState, format: AppendixFormat, locale: Locale, now: Date): AppendixContext {
  const t = (key: string, values?: Record<string, string | number>): string => translate(locale, `appendix:${key}`, values);
  let chapterNext = format.firstTableNumber;
  let part = 1;
  let partNext = 1;
  return {
    state,
    format,
    locale,
    year: dataYear(state, format, now),
    t,
    currentPart: () => part,
    startPart: (number) => {
      part = number;
      partNext = 1;
    },
    nextTableNumber: () => {
      if (format.tableNumbering === 'appendix') {
        const label = partLabel(format, part);
        const number = partNext++;
        // A letter never collides with a chapter's number; an arabic lampiran number may, so it can take a prefix.
        return format.appendixTablePrefix && format.appendixNumbering === 'arabic' ? t('tableNumberInPart', { part: label, number }) : `${label}.${number}`;
      }
      const number = chapterNext++;
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
