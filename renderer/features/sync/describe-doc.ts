/** A document of the replicated project in the student's words: its kind and what names it. */
import type { TFunction } from 'i18next';
import type { SyncDoc } from '../../../shared/sync';
import { typeOfDocId } from '../../../shared/sync';

function localized(value: unknown, locale: string): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const map = value as Record<string, unknown>;
    const text = map[locale] ?? map.id ?? map.en;
    return typeof text === 'string' ? text : null;
  }
  return null;
}

/** "Kode “Pelatihan”", "Ringkasan sel “Peserta …”": the type and the first words that name it. */
export function describeDoc(t: TFunction, locale: string, id: string, doc?: SyncDoc): string {
  const type = doc?.type ?? typeOfDocId(id);
  const kind = t(`type.${type}`, { defaultValue: type });
  const name = doc ? (localized(doc.label, locale) ?? localized(doc.title, locale) ?? localized(doc.name, locale) ?? localized(doc.text, locale) ?? localized(doc.memo, locale)) : null;
  if (!name) return kind;
  const short = name.length > 60 ? `${name.slice(0, 57)}…` : name;
  return `${kind} “${short}”`;
}

/** A field's value as text for reading side by side. */
export function fieldText(value: unknown, locale: string): string {
  if (value === undefined || value === null) return '';
  const text = localized(value, locale);
  if (text !== null) return text;
  return Array.isArray(value) ? value.join(', ') : JSON.stringify(value);
}
