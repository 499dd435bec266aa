/**
 * The default informant categories are stored as the student typed them in Indonesian
 * ("Informan kunci"); an English appendix or display names them in English. A category the
 * student wrote themselves is shown as written.
 */
import { translate } from '../i18n';
import type { Locale } from '../model/types';

const DEFAULT_CATEGORY_KEYS: Readonly<Record<string, string>> = {
  'informan kunci': 'project:category_key',
  'informan utama': 'project:category_main',
  'informan pendukung': 'project:category_supporting',
};

/** A category as it reads in `locale`: the defaults translated, any other as written. */
export function categoryLabel(category: string, locale: Locale): string {
  const key = DEFAULT_CATEGORY_KEYS[category.trim().toLowerCase()];
  return key && locale !== 'id' ? translate(locale, key) : category;
}
