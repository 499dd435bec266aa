import { describe, expect, it } from 'vitest';
import { makeSegment } from '../test-fixtures';
import { assignLanes, lineStripes } from './stripe-lanes';

const lined = (id: string, codeIds: string[], firstLine: number, lastLine: number) => ({ id, codeIds, firstLine, lastLine });

describe('assignLanes', () => {
  it.each([
    ['a single code takes the first lane', [lined('s', ['A'], 0, 3)], { A: 0 }],
    ['codes on overlapping lines get their own lanes', [lined('s', ['A'], 0, 3), lined('t', ['B'], 2, 5)], { A: 0, B: 1 }],
    ['one segment with two codes: two lanes', [lined('s', ['A', 'B'], 4, 4)], { A: 0, B: 1 }],
    [
      'a code used only after another ends reuses its lane',
      [lined('s', ['A'], 0, 3), lined('t', ['B'], 2, 5), lined('u', ['C'], 4, 8)],
      { A: 0, B: 1, C: 0 },
    ],
    [
      'a code keeps one lane across all its segments',
      [lined('s', ['A'], 0, 1), lined('t', ['B'], 3, 3), lined('u', ['A'], 6, 7)],
      { A: 0, B: 1 },
    ],
  ])('%s', (_name, segments, expected) => {
    expect(Object.fromEntries(assignLanes(segments))).toEqual(expected);
  });

  it('breaks ties by codebook order', () => {
    const rank = (c: string) => ({ Z: 0, A: 1 })[c] ?? 9;
    expect(Object.fromEntries(assignLanes([lined('s', ['A', 'Z'], 0, 0)], rank))).toEqual({ Z: 0, A: 1 });
  });
});

describe('lineStripes', () => {
  // Lines of 10 characters each: line n covers offsets [10n, 10n+10).
  const linesOf = (s: { start: number; end: number }): [number, number] => [Math.floor(s.start / 10), Math.floor((s.end - 1) / 10)];

  it('draws one stripe per lane with caps where the segment begins and ends', () => {
    const segs = [makeSegment('s', 12, 35, ['A']), makeSegment('t', 21, 25, ['B'])];
    const lanes = new Map([
      ['A', 0],
      ['B', 1],
    ]);
    expect(lineStripes(1, [segs[0]!], lanes, linesOf)).toEqual([{ lane: 0, codeId: 'A', segmentId: 's', begins: true, ends: false }]);
    expect(lineStripes(2, segs, lanes, linesOf)).toEqual([
      { lane: 0, codeId: 'A', segmentId: 's', begins: false, ends: false },
      { lane: 1, codeId: 'B', segmentId: 't', begins: true, ends: true },
    ]);
  });

  it('lets a click on a stripe select the shortest segment of that code there, while the stripe keeps running', () => {
    const segs = [makeSegment('long', 0, 45, ['A']), makeSegment('short', 20, 25, ['A'])];
    expect(lineStripes(2, segs, new Map([['A', 0]]), linesOf)).toEqual([
      { lane: 0, codeId: 'A', segmentId: 'short', begins: false, ends: false },
    ]);
  });
});
