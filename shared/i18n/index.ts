/**
 * All namespaces of user-visible strings, for i18next in the renderer and `translate`
 * in the CLI, main process and exporters.
 */
import type { Locale } from '../model/types';
import { interpolate } from './define';
import common from './strings/common';
import start from './strings/start';
import project from './strings/project';
import codebook from './strings/codebook';
import data from './strings/data';
import importing from './strings/importing';
import refi from './strings/refi';
import coding from './strings/coding';
import retrieve from './strings/retrieve';
import backup from './strings/backup';
import app from './strings/app';
import cli from './strings/cli';
import commands from './strings/commands';
import errors from './strings/errors';
import display from './strings/display';
import appendix from './strings/appendix';
import reduction from './strings/reduction';
import conclusions from './strings/conclusions';
import exporting from './strings/exporting';
import review from './strings/review';
import agreement from './strings/agreement';
import interop from './strings/interop';
import displayScreen from './strings/displayScreen';
import writer from './strings/writer';
import formatProfile from './strings/formatProfile';
import instruments from './strings/instruments';
import chapter from './strings/chapter';
import sync from './strings/sync';
import figures from './strings/figures';
import pictures from './strings/pictures';
import cohort from './strings/cohort';
import teamSync from './strings/teamSync';

export const namespaces = {
  common,
  start,
  project,
  codebook,
  data,
  importing,
  refi,
  coding,
  retrieve,
  backup,
  app,
  cli,
  commands,
  errors,
  display,
  appendix,
  reduction,
  conclusions,
  exporting,
  review,
  agreement,
  interop,
  displayScreen,
  writer,
  formatProfile,
  instruments,
  chapter,
  sync,
  figures,
  pictures,
  cohort,
  teamSync,
} as const;

export type NamespaceName = keyof typeof namespaces;
export const LOCALES: readonly Locale[] = ['id', 'en'];
export const DEFAULT_LOCALE: Locale = 'id';

/** i18next resources: { id: { common: {...} }, en: {...} }. */
export function resources(): Record<Locale, Record<string, Record<string, string>>> {
  const out: Record<Locale, Record<string, Record<string, string>>> = { id: {}, en: {} };
  for (const [name, ns] of Object.entries(namespaces)) {
    out.id[name] = ns.id;
    out.en[name] = ns.en;
  }
  return out;
}

/**
 * Translates "namespace:key" outside React. Unknown keys come back unchanged. With a numeric
 * `count` the plural form is chosen as i18next chooses it in the renderer (`key_one`,
 * `key_other`… by the locale's plural rules, else the bare key), so "1 photo", not "1 photos".
 */
export function translate(locale: Locale, fullKey: string, values?: Record<string, string | number>): string {
  const [ns, key] = fullKey.includes(':') ? (fullKey.split(':', 2) as [string, string]) : ['common', fullKey];
  const table = (namespaces as Record<string, { id: Record<string, string>; en: Record<string, string> }>)[ns];
  const count = values?.count;
  const plural = typeof count === 'number' ? `${key}_${pluralRules(locale).select(count)}` : undefined;
  const template = (plural !== undefined ? table?.[locale][plural] : undefined) ?? table?.[locale][key] ?? table?.id[key] ?? fullKey;
  return interpolate(template, values);
}

const rulesByLocale = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) rulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}
