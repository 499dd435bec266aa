import { describe, expect, it } from 'vitest';
import { differenceOf, intersectionOf, lengthOf, overlapOf, unionOf } from './intervals';

const s = (start: number, end: number) => ({ start, end });

describe('character ranges', () => {
  it('unites overlapping and touching ranges, drops empty ones', () => {
    expect(unionOf([s(10, 20), s(0, 5), s(5, 8), s(15, 25), s(30, 30)])).toEqual([s(0, 8), s(10, 25)]);
    expect(lengthOf(unionOf([s(0, 10), s(5, 15)]))).toBe(15);
  });

  it.each([
    [[s(0, 10)], [s(5, 15)], [s(5, 10)], [s(0, 5)]],
    [[s(0, 10), s(20, 30)], [s(2, 4), s(6, 25)], [s(2, 4), s(6, 10), s(20, 25)], [s(0, 2), s(4, 6), s(25, 30)]],
    [[s(0, 10)], [], [], [s(0, 10)]],
    [[s(0, 10)], [s(0, 10)], [s(0, 10)], []],
  ])('intersects and subtracts %j and %j', (a, b, both, onlyA) => {
    expect(intersectionOf(a, b)).toEqual(both);
    expect(differenceOf(a, b)).toEqual(onlyA);
  });

  it('measures overlap against the union of two segments', () => {
    expect(overlapOf(s(0, 10), s(5, 20))).toEqual({ shared: 5, union: 20 });
    expect(overlapOf(s(0, 10), s(10, 20)).shared).toBe(0);
  });
});
