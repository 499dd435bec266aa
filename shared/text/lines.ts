/**
 * Line numbers for transcripts: a line is the text between two LFs. Numbers are 1-based,
 * as in the "No. baris" column of a thesis transcript appendix.
 */

/** Offsets (UTF-16 units) at which each line starts; always begins with 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line an offset falls on, by binary search over `lineStarts`. */
export function lineOfOffset(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
