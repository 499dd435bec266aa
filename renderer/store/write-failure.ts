/**
 * The sentence for a write IndexedDB refused. A full disk gets its own sentence in the
 * student's language instead of the browser's DOMException text; the transaction was
 * aborted whole, so nothing partial was stored.
 */
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/model/types';

/** True for the browser's quota error, however Dexie wraps it. */
export function isStorageFull(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  }
  return false;
}

/** `fallbackKey` names the sentence for any other failure (it receives the detail). */
export function describeWriteFailure(locale: Locale, fallbackKey: string, err: unknown): string {
  if (isStorageFull(err)) return translate(locale, 'errors:storageFull');
  return translate(locale, fallbackKey, { detail: err instanceof Error ? err.message : String(err) });
}
