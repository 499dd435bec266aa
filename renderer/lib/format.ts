import type { Locale } from '../../shared/model/types';

const tag = (locale: Locale) => (locale === 'id' ? 'id-ID' : 'en-GB');

/** One formatter per language and style: making an Intl formatter costs far more than using it, and the header formats on every save. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormat = (locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(tag(locale), options)));
  return format;
};

/** "14.02" in Indonesian, "14:02" in English. */
export function formatTime(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "23 Nov 2026 14.02". */
export function formatDateTime(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "23 November 2026", for titles such as "(dipulihkan 23 November 2026 14.05)". */
export function formatLongDateTime(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

export function formatBytes(size: number, locale: Locale): string {
  const number = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 });
  if (size < 1024) return `${number.format(size)} B`;
  if (size < 1024 * 1024) return `${number.format(size / 1024)} KB`;
  return `${number.format(size / (1024 * 1024))} MB`;
}

/** Words in a transcript, as a word processor counts them. */
export function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}

/** A file name that works on Windows, macOS and Linux. */
export function safeFileName(title: string): string {
  const printable = Array.from(title, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const cleaned = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.slice(0, 120) || 'pilah';
}
