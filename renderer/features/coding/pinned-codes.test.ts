import { describe, expect, it } from 'vitest';
import { digitOfKey, pinnedCodes, pinnedNumbers } from './pinned-codes';
import { makeCode } from './test-fixtures';

describe('pinned codes (keys 1–9)', () => {
  const children = Array.from({ length: 11 }, (_, i) => makeCode(`c${i}`, 'root', `Kode ${i}`, `Code ${i}`, 10 - i));

  it('pins the first nine children in codebook order', () => {
    expect(pinnedCodes(children).map((c) => c.id)).toEqual(['c10', 'c9', 'c8', 'c7', 'c6', 'c5', 'c4', 'c3', 'c2']);
    expect(pinnedNumbers(children).get('c10')).toBe(1);
    expect(pinnedNumbers(children).get('c2')).toBe(9);
    expect(pinnedNumbers(children).has('c1')).toBe(false);
  });

  it.each([
    ['1', 1],
    ['9', 9],
    ['0', null],
    ['a', null],
    ['10', null],
  ])('key %s → %s', (key, digit) => {
    expect(digitOfKey(key)).toBe(digit);
  });
});
