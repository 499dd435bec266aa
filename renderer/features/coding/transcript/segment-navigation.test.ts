import { describe, expect, it } from 'vitest';
import { adjacentSegment, segmentForClick } from './segment-navigation';

const sorted = [
  { id: 'a', start: 0, end: 10 },
  { id: 'b', start: 5, end: 8 },
  { id: 'c', start: 40, end: 60 },
];

describe('adjacentSegment (Alt+↓ / Alt+↑)', () => {
  it.each([
    ['next after the selected', { segmentId: 'a', offset: 0 }, 1, 'b'],
    ['previous before the selected', { segmentId: 'c', offset: 0 }, -1, 'b'],
    ['nothing after the last', { segmentId: 'c', offset: 0 }, 1, null],
    ['nothing before the first', { segmentId: 'a', offset: 0 }, -1, null],
    ['next from the caret', { segmentId: null, offset: 20 }, 1, 'c'],
    ['previous from the caret', { segmentId: null, offset: 20 }, -1, 'b'],
  ] as const)('%s', (_name, from, direction, expected) => {
    expect(adjacentSegment(sorted, from, direction)?.id ?? null).toBe(expected);
  });
});

describe('segmentForClick', () => {
  const covering = [sorted[0]!, sorted[1]!];
  it.each([
    ['first click selects the innermost', null, 'b'],
    ['clicking again moves to the enclosing one', 'b', 'a'],
    ['and round again', 'a', 'b'],
    ['a segment elsewhere selected: start at the innermost', 'c', 'b'],
  ])('%s', (_name, selected, expected) => {
    expect(segmentForClick(covering, selected)?.id).toBe(expected);
  });

  it('selects nothing on uncoded text', () => {
    expect(segmentForClick([], null)).toBeNull();
  });
});
