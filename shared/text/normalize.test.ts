import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';

describe('normalizeText', () => {
  it.each([
    ['CRLF to LF', 'P: a\r\nI: b\r\n', 'P: a\nI: b'],
    ['lone CR to LF (old Mac)', 'P: a\rI: b', 'P: a\nI: b'],
    ['BOM removed', '\uFEFFP: a', 'P: a'],
    ['vertical tab and form feed become line breaks', 'a\u000Bb\u000Cc', 'a\nb\nc'],
    ['Unicode line and paragraph separators become line breaks', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['tab becomes one space', 'P:\tApa\t\tkabar', 'P: Apa  kabar'],
    ['non-breaking space kept', 'Rp\u00A05.000', 'Rp\u00A05.000'],
    ['C0 controls, DEL and C1 removed', 'a\u0001b\u0007c\u007Fd\u0085e\u009Ff', 'abcdef'],
    ['trailing spaces trimmed on each line', 'P: a   \nI: b \n', 'P: a\nI: b'],
    ['two empty lines kept', 'a\n\n\nb', 'a\n\n\nb'],
    ['more than two empty lines collapse to two', 'a\n\n\n\n\n\nb', 'a\n\n\nb'],
    ['trimmed at both ends', '\n\n  P: a\n\n', 'P: a'],
    ['leading indentation inside kept', 'a\n   b', 'a\n   b'],
    ['empty stays empty', ' \r\n\t ', ''],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it('is idempotent, so normalising stored text again never moves offsets', () => {
    const once = normalizeText('\uFEFFP:\tHalo\r\n\r\n\r\n\r\nI: Ya\u0003  \r\n');
    expect(normalizeText(once)).toBe(once);
  });
});
