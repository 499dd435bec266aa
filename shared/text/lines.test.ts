import { describe, expect, it } from 'vitest';
import { lineOfOffset, lineStarts } from './lines';

describe('line numbers', () => {
  const text = 'P: Selamat pagi\nI: Pagi\n\nP: Bagaimana?';
  const starts = lineStarts(text);

  it('starts a line after every LF, empty lines included', () => {
    expect(starts).toEqual([0, 16, 24, 25]);
  });

  it.each([
    [0, 1],
    [15, 1],
    [16, 2],
    [24, 3],
    [25, 4],
    [text.length, 4],
  ])('offset %i is on line %i', (offset, line) => {
    expect(lineOfOffset(starts, offset)).toBe(line);
  });
});
