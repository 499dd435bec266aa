import { describe, expect, it } from 'vitest';
import { makeSegment } from '../test-fixtures';
import { linePieces } from './highlight-pieces';

// One line: "I: Kami dibina dinas koperasi." at offsets [100, 130).
const line = 'I: Kami dibina dinas koperasi.';
const at = (from: number, to: number) => line.slice(from - 100, to - 100);

function view(segments: Parameters<typeof linePieces>[2], speakerEnd?: number) {
  return linePieces(100, 100 + line.length, segments, speakerEnd).map((p) => ({
    text: at(p.start, p.end),
    codes: p.codeIds.join('+'),
    ...(p.speaker ? { speaker: true } : {}),
  }));
}

describe('linePieces', () => {
  it.each([
    ['no segments: one plain piece', [], [{ text: line, codes: '' }]],
    [
      'one segment in the middle',
      [makeSegment('s', 103, 107, ['enabling'])],
      [
        { text: 'I: ', codes: '' },
        { text: 'Kami', codes: 'enabling' },
        { text: ' dibina dinas koperasi.', codes: '' },
      ],
    ],
    [
      'overlapping segments: the shared part carries both codes, innermost first',
      [makeSegment('long', 103, 120, ['enabling']), makeSegment('short', 108, 114, ['protecting'])],
      [
        { text: 'I: ', codes: '' },
        { text: 'Kami ', codes: 'enabling' },
        { text: 'dibina', codes: 'protecting+enabling' },
        { text: ' dinas', codes: 'enabling' },
        { text: ' koperasi.', codes: '' },
      ],
    ],
    [
      'a segment from an earlier line to a later one covers the whole line',
      [makeSegment('wide', 40, 400, ['enabling', 'empowering'])],
      [{ text: line, codes: 'enabling+empowering' }],
    ],
    [
      'two segments with the same code do not repeat it',
      [makeSegment('a', 100, 130, ['enabling']), makeSegment('b', 103, 107, ['enabling'])],
      [
        { text: 'I: ', codes: 'enabling' },
        { text: 'Kami', codes: 'enabling' },
        { text: ' dibina dinas koperasi.', codes: 'enabling' },
      ],
    ],
  ])('%s', (_name, segments, expected) => {
    expect(view(segments)).toEqual(expected);
  });

  it('marks the speaker label so it is shown bold, even inside a segment', () => {
    expect(view([makeSegment('s', 100, 107, ['c'])], 102)).toEqual([
      { text: 'I:', codes: 'c', speaker: true },
      { text: ' Kami', codes: 'c' },
      { text: ' dibina dinas koperasi.', codes: '' },
    ]);
  });

  it('gives an empty line no pieces', () => {
    expect(linePieces(5, 5, [makeSegment('s', 0, 10, ['c'])])).toEqual([]);
  });

  it('lists the innermost segment first so a click selects it', () => {
    const pieces = linePieces(100, 130, [makeSegment('outer', 100, 130, ['a']), makeSegment('inner', 110, 115, ['b'])]);
    expect(pieces.find((p) => p.start === 110)?.segmentIds).toEqual(['inner', 'outer']);
  });
});
