import { describe, expect, it } from 'vitest';
import { lineStarts } from '../../../../shared/text/lines';
import { makeSegment } from '../test-fixtures';
import { LineIndex } from './line-index';

// Lines: 0 "P: Apa kabar?" [0,13) · 1 "I: Baik." [14,22) · 2 "" [23,23) · 3 "P: Lalu?" [24,32)
const text = 'P: Apa kabar?\nI: Baik.\n\nP: Lalu?';

function index(segments = [makeSegment('a', 3, 20, ['c1']), makeSegment('b', 24, 32, ['c2'])]) {
  const idx = new LineIndex('d1', lineStarts(text));
  idx.sync(segments);
  return idx;
}

const ids = (idx: LineIndex, line: number) => idx.segmentsOnLine(line).map((s) => s.id).sort();

describe('LineIndex', () => {
  it.each([
    [0, ['a']],
    [1, ['a']],
    [2, []],
    [3, ['b']],
  ])('line %i shows segments %j', (line, expected) => {
    expect(ids(index(), line)).toEqual(expected);
  });

  it('does not put a segment on the line its end offset starts', () => {
    const idx = index([makeSegment('x', 3, 14, ['c1'])]);
    expect(ids(idx, 0)).toEqual(['x']);
    expect(ids(idx, 1)).toEqual([]);
  });

  it('ignores segments of other documents', () => {
    expect(index([makeSegment('o', 0, 5, ['c1'], 'd2')]).size).toBe(0);
  });

  it('updates only the lines of a segment that was added, changed or removed', () => {
    const a = makeSegment('a', 3, 20, ['c1']);
    const b = makeSegment('b', 24, 32, ['c2']);
    const idx = index([a, b]);
    expect(idx.sync([a, b])).toEqual(new Set());
    const widened = { ...b, start: 14 };
    expect([...idx.sync([a, widened])].sort()).toEqual([1, 2, 3]);
    expect(ids(idx, 1)).toEqual(['a', 'b']);
    expect([...idx.sync([widened])].sort()).toEqual([0, 1]);
    expect(ids(idx, 0)).toEqual([]);
  });

  it('lists segments in reading order and finds those under an offset', () => {
    const idx = index([makeSegment('late', 24, 30, []), makeSegment('inner', 5, 8, []), makeSegment('outer', 3, 20, [])]);
    expect(idx.sorted().map((s) => s.id)).toEqual(['outer', 'inner', 'late']);
    expect(idx.segmentsAt(6).map((s) => s.id).sort()).toEqual(['inner', 'outer']);
    expect(idx.segmentsAt(22)).toEqual([]);
  });

  it('keeps a 2,000-segment document cheap to update', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `Baris ${i} berisi jawaban informan.`).join('\n');
    const idx = new LineIndex('d1', lineStarts(long));
    const segments = Array.from({ length: 2000 }, (_, i) => makeSegment(`s${i}`, i * 300, i * 300 + 120, ['c1']));
    idx.sync(segments);
    const changed = idx.sync([...segments, makeSegment('new', 50, 60, ['c2'])]);
    expect([...changed]).toEqual([1]);
  });
});
