/**
 * The sentence a user reads when an action did not happen: a refusal's own sentence, or for
 * anything unexpected a general one with the detail. One wording for the app and the CLI.
 */
import { translate } from '../i18n';
import type { Locale } from '../model/types';
import { Refusal } from './refusal';

export function describeRefusal(locale: Locale, err: unknown): string {
  if (err instanceof Refusal) {
    const sentence = translate(locale, err.messageKey, err.values);
    if (sentence !== err.messageKey) return sentence;
  }
  return translate(locale, 'errors:actionFailed', { detail: err instanceof Error ? err.message : String(err) });
}
