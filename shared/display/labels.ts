/**
 * The few words displays write into their own column headers. They follow the vocabulary
 * of ../shared/ux.md; the display screen's namespace in shared/i18n can take them over.
 */
import type { Locale } from '../model/types';

const LABELS = {
  noInformant: { id: 'Tanpa informan', en: 'No informant' },
  noGroup: { id: 'Tanpa kelompok', en: 'No group' },
  noCategory: { id: 'Tanpa kategori', en: 'No category' },
  observation: { id: 'Observasi', en: 'Observation' },
  document: { id: 'Dokumen', en: 'Document' },
} as const satisfies Record<string, Record<Locale, string>>;

export type DisplayLabel = keyof typeof LABELS;

export function displayLabel(key: DisplayLabel, locale: Locale): string {
  return LABELS[key][locale];
}
