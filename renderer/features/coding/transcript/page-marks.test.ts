import { describe, expect, it } from 'vitest';
import { pageMarks } from './page-marks';

describe('page marks in the transcript view', () => {
  // "Satu\n\nDua\nlagi\n\nTiga": lines start at 0, 5, 6, 10, 15, 16.
  const starts = [0, 5, 6, 10, 15, 16];
  it('marks the first line of each page with its number, skipping pages without text', () => {
    const pages = [
      { number: 1, start: 0, end: 4 },
      { number: 2, start: 6, end: 14 },
      { number: 3, start: 14, end: 14 },
      { number: 4, start: 16, end: 20 },
    ];
    expect([...pageMarks(starts, pages)]).toEqual([
      [0, 1],
      [2, 2],
      [5, 4],
    ]);
  });

  it('marks nothing in a typed transcript', () => {
    expect(pageMarks(starts, undefined).size).toBe(0);
  });
});
