import type { Locale } from '../../shared/model/types';
import { DEFAULT_LOCALE } from '../../shared/i18n';
import type { LanguageState } from './ipc/handlers';

/**
 * The user's language as main knows it. It starts as Indonesian (the app's default) until the
 * renderer reports the saved choice; `onChange` rebuilds the menu.
 */
export function createLanguageState(onChange: (locale: Locale) => void): LanguageState {
  let current: Locale = DEFAULT_LOCALE;
  return {
    get: () => current,
    set(locale) {
      if (locale === current) return;
      current = locale;
      onChange(locale);
    },
  };
}
