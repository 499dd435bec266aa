/** The server's refusals in the user's words. */
import { translate } from '../i18n';
import type { Locale } from '../model/types';
import type { DenialReason } from './validate-doc-update';

const REASON_KEYS: Record<DenialReason, string> = {
  'pilah:type-mismatch': 'sync:reasonTypeMismatch',
  'pilah:text-immutable': 'sync:reasonTextImmutable',
  'pilah:supervisor-comments-only': 'sync:reasonSupervisorCommentsOnly',
  'pilah:not-your-comment': 'sync:reasonNotYourComment',
  'pilah:coder-segments-only': 'sync:reasonCoderSegmentsOnly',
  'pilah:not-your-coding': 'sync:reasonNotYourCoding',
  'pilah:read-only': 'sync:reasonReadOnly',
  'pilah:no-role': 'sync:reasonNoRole',
};

/** Why the server refused a document: Pilah's rule in a sentence, or the server's own words. */
export function describeDenialReason(reason: string, locale: Locale): string {
  const key = REASON_KEYS[reason as DenialReason];
  return key ? translate(locale, key) : translate(locale, 'sync:reasonOther', { reason });
}
