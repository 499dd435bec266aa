/**
 * The fixed sentences of the Bab IV draft as an editable template table. Each sentence has
 * a default in Indonesian and English (the `chapter` strings); the student may replace any of
 * them per language, and the project keeps the replacements (`ProjectSettings.chapterTemplates`,
 * carried in the project file's extras). Placeholders are written `{indikator}`, `{jumlah}` …;
 * a template may use only its sentence's own placeholders, so a typo cannot print "{indkator}"
 * into a thesis: it is refused with a sentence naming what is allowed.
 */
import { namespaces, translate } from '../i18n';
import type { Locale } from '../model/types';

/** The student's replacements, per language and sentence key; absent keys use the default. */
export type ChapterTemplates = Partial<Record<Locale, Record<string, string>>>;

/** The names the student sees in placeholders, for the names the builder fills. */
const PLACEHOLDER_NAMES: Record<string, Record<Locale, string>> = {
  indicator: { id: 'indikator', en: 'indicator' },
  informant: { id: 'informan', en: 'informant' },
  summary: { id: 'ringkasan', en: 'summary' },
  verdict: { id: 'penilaian', en: 'verdict' },
  source: { id: 'sumber', en: 'source' },
  note: { id: 'catatan', en: 'note' },
  label: { id: 'unsur', en: 'item' },
  number: { id: 'nomor', en: 'number' },
  title: { id: 'judul', en: 'title' },
  framework: { id: 'kerangka', en: 'framework' },
  group: { id: 'kelompok', en: 'group' },
  count: { id: 'jumlah', en: 'count' },
};

const shown = (name: string, locale: Locale): string => PLACEHOLDER_NAMES[name]?.[locale] ?? name;

/** Every sentence of the draft that is a template, in the order of the strings file. */
export const CHAPTER_TEMPLATE_KEYS: readonly string[] = Object.keys(namespaces.chapter.id);

const builtIn = (locale: Locale, key: string): string => (namespaces.chapter[locale] as Record<string, string>)[key] ?? key;

/** The names the builder fills in a sentence (from its default). */
const filledNames = (locale: Locale, key: string): string[] => [...builtIn(locale, key).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

/** The default of a sentence as the student edits it: "Penilaian indikator {indikator}: {penilaian}." */
export function defaultTemplate(locale: Locale, key: string): string {
  return builtIn(locale, key).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => `{${shown(name, locale)}}`);
}

/** The placeholders a sentence may use, as the student writes them. */
export function allowedPlaceholders(locale: Locale, key: string): string[] {
  return [...new Set(filledNames(locale, key).map((name) => shown(name, locale)))];
}

/** The sentence in force: the student's replacement when there is one, else the default. */
export function templateText(templates: ChapterTemplates | undefined, locale: Locale, key: string): string {
  const own = templates?.[locale]?.[key];
  return own !== undefined && own.trim() !== '' && templateProblem(locale, key, own) === null ? own : defaultTemplate(locale, key);
}

/**
 * Why a replacement cannot be used, in one sentence, or null when it can: every `{name}` must
 * be one of the sentence's placeholders.
 */
export function templateProblem(locale: Locale, key: string, text: string): string | null {
  if (!CHAPTER_TEMPLATE_KEYS.includes(key)) return translate(locale, 'conclusions:templateUnknownKey', { key });
  const allowed = allowedPlaceholders(locale, key);
  const unknown = [...new Set([...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!.trim()).filter((name) => !allowed.includes(name)))];
  if (unknown.length === 0) return null;
  return translate(locale, allowed.length ? 'conclusions:templateUnknownPlaceholder' : 'conclusions:templateNoPlaceholder', {
    unknown: unknown.map((name) => `{${name}}`).join(', '),
    allowed: allowed.map((name) => `{${name}}`).join(', '),
  });
}

/** A template filled with the builder's values (named as the builder names them). */
export function fillTemplate(text: string, locale: Locale, values: Record<string, string | number> = {}): string {
  const byShown = new Map(Object.entries(values).map(([name, value]) => [shown(name, locale), value]));
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) => (byShown.has(name.trim()) ? String(byShown.get(name.trim())) : whole));
}

/** The draft's sentence function: `sentence('verdictLine', { indicator, verdict })`. */
export function chapterSentence(locale: Locale, templates?: ChapterTemplates): (key: string, values?: Record<string, string | number>) => string {
  return (key, values) => {
    if (!CHAPTER_TEMPLATE_KEYS.includes(key)) return translate(locale, `chapter:${key}`, values);
    return fillTemplate(templateText(templates, locale, key), locale, values);
  };
}

/** The replacements with one sentence set (or, with null or the default text, put back to the default). */
export function withTemplate(templates: ChapterTemplates | undefined, locale: Locale, key: string, text: string | null): ChapterTemplates {
  const forLocale = { ...(templates?.[locale] ?? {}) };
  if (text === null || text.trim() === '' || text === defaultTemplate(locale, key)) delete forLocale[key];
  else forLocale[key] = text;
  const next: ChapterTemplates = { ...(templates ?? {}), [locale]: forLocale };
  if (Object.keys(forLocale).length === 0) delete next[locale];
  return next;
}
