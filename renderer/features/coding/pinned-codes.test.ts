import { describe, expect, it } from 'vitest';
import { stateFromSnapshot } from '../../../shared/model/changeset';
import type { Code } from '../../../shared/model/types';
import { makeSnapshot } from '../../testing/fixtures';
import { digitOfKey, pinnedCodes, pinnedNumbers } from './pinned-codes';
import { makeCode } from './test-fixtures';

/** A framework root with dimensions, each with indicators, as the built-in frameworks are. */
function framework(dimensions: number, indicatorsEach: number, extra: Code[] = []) {
  const codes: Code[] = [makeCode('root', null, 'Pemberdayaan', 'Empowerment', 0)];
  for (let d = 0; d < dimensions; d++) {
    // Dimensions out of order in the table: the keys follow the codebook order, not insertion.
    codes.push(makeCode(`d${d}`, 'root', `Dimensi ${d}`, `Dimension ${d}`, dimensions - d));
    for (let i = 0; i < indicatorsEach; i++) codes.push(makeCode(`d${d}i${i}`, `d${d}`, `Indikator ${d}.${i}`, `Indicator ${d}.${i}`, i));
  }
  return stateFromSnapshot({ ...makeSnapshot(), codes: [...codes, ...extra] });
}

describe('pinned codes (keys 1–9)', () => {
  it('puts the indicators on the keys, not the dimensions above them', () => {
    const state = framework(3, 2);
    // Codebook order: d2 (order 1), d1 (order 2), d0 (order 3); their indicators in turn.
    expect(pinnedCodes(state, 'root').map((c) => c.id)).toEqual(['d2i0', 'd2i1', 'd1i0', 'd1i1', 'd0i0', 'd0i1']);
    expect(pinnedNumbers(state, 'root').get('d2i0')).toBe(1);
    expect(pinnedNumbers(state, 'root').has('d2')).toBe(false);
  });

  it('stops at nine and goes down to the leaves at any depth', () => {
    const deeper = [makeCode('deep', 'd0i0', 'Sub-indikator', 'Sub-indicator', 0)];
    const state = framework(4, 3, deeper);
    const pinned = pinnedCodes(state, 'root').map((c) => c.id);
    expect(pinned).toHaveLength(9);
    expect(pinned).not.toContain('d0i0');
    expect(pinnedCodes(state, 'd0').map((c) => c.id)).toEqual(['deep', 'd0i1', 'd0i2']);
  });

  it('pins a chosen dimension’s own indicators, and nothing without a choice', () => {
    const state = framework(2, 2);
    expect(pinnedCodes(state, 'd1').map((c) => c.id)).toEqual(['d1i0', 'd1i1']);
    expect(pinnedCodes(state, null)).toEqual([]);
    expect(pinnedCodes(state, 'gone')).toEqual([]);
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
