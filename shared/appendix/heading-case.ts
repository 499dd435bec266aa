/**
 * The case of a lampiran title, as campus guidelines ask for it: as written, Title Case
 * (every word capitalised but the small joining words, as the pedoman of UNY and UIN Imam
 * Bonjol spell it out), or CAPITALS.
 */
import type { Locale } from '../model/types';
import type { HeadingCase } from './format';

// Conjunctions, prepositions and articles stay lower case inside a Title Case heading.
const SMALL_WORDS: Record<Locale, ReadonlySet<string>> = {
  id: new Set(['dan', 'atau', 'di', 'ke', 'dari', 'yang', 'untuk', 'pada', 'dengan', 'dalam', 'oleh', 'serta', 'terhadap', 'bagi', 'per', 'menurut', 'tentang']),
  en: new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'per', 'the', 'to', 'with']),
};

const language = (locale: Locale): string => (locale === 'id' ? 'id-ID' : 'en-GB');

/** `text` in the heading case; words already holding capitals (I1, BAB IV, Edward III) keep them. */
export function headingCase(text: string, style: HeadingCase, locale: Locale): string {
  if (style === 'upper') return text.toLocaleUpperCase(language(locale));
  if (style === 'sentence') return text;
  let first = true;
  return text.replace(/\S+/g, (word) => {
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const small = !first && SMALL_WORDS[locale].has(bare);
    if (bare) first = false;
    if (small) return word;
    return word.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase(language(locale)));
  });
}
