/**
 * All namespaces of user-visible strings, for i18next in the renderer and `translate`
 * in the CLI, main process and exporters.
 */
import type { Locale } from '../model/types';
import { interpolate } from './define';
import common from './strings/common';

export const namespaces = {
  common,
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

/** Translates "namespace:key" outside React. Unknown keys come back unchanged. */
export function translate(locale: Locale, fullKey: string, values?: Record<string, string | number>): string {
  const [ns, key] = fullKey.includes(':') ? (fullKey.split(':', 2) as [string, string]) : ['common', fullKey];
  const table = (namespaces as Record<string, { id: Record<string, string>; en: Record<string, string> }>)[ns];
  const template = table?.[locale][key] ?? table?.id[key] ?? fullKey;
  return interpolate(template, values);
}
