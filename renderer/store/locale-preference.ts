import { DEFAULT_LOCALE } from '../../shared/i18n';
import type { Locale } from '../../shared/model/types';

const KEY = 'pilah.locale';

/** The language the user chose last time; Indonesian until they choose. */
export function loadLocalePreference(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(KEY);
    return saved === 'en' || saved === 'id' ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage blocked (private mode): fall back quietly
  }
}

export function saveLocalePreference(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(KEY, locale);
  } catch {
    // Not being able to remember the language is no reason to interrupt the user.
  }
}
