/** The few words displays write into their own column headers, from the `display` strings. */
import { translate } from '../i18n';
import type display from '../i18n/strings/display';
import type { Locale } from '../model/types';

export type DisplayLabel = keyof (typeof display)['id'];

export function displayLabel(key: DisplayLabel, locale: Locale): string {
  return translate(locale, `display:${key}`);
}
