/**
 * Half-open character ranges [start, end) and the arithmetic agreement needs: the union of
 * one coder's ranges (a character coded twice is still one coded character) and the length
 * two unions share.
 */

export interface Span {
  start: number;
  end: number;
}

/** The union of the spans as sorted, disjoint, non-touching spans. Empty spans vanish. */
export function unionOf(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ start: span.start, end: span.end });
  }
  return out;
}

/** Total length of disjoint spans. */
export function lengthOf(disjoint: readonly Span[]): number {
  let total = 0;
  for (const s of disjoint) total += s.end - s.start;
  return total;
}

/** The spans both sorted, disjoint lists cover. */
export function intersectionOf(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (end > start) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return out;
}

/** The parts of sorted, disjoint `a` that sorted, disjoint `b` does not cover. */
export function differenceOf(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const span of a) {
    let cursor = span.start;
    while (j < b.length && b[j]!.end <= cursor) j++;
    let k = j;
    while (k < b.length && b[k]!.start < span.end) {
      if (b[k]!.start > cursor) out.push({ start: cursor, end: b[k]!.start });
      cursor = Math.max(cursor, b[k]!.end);
      k++;
    }
    if (cursor < span.end) out.push({ start: cursor, end: span.end });
  }
  return out;
}

/** The characters two spans share and the characters of their union: the overlap ratio is shared / union. */
export function overlapOf(a: Span, b: Span): { shared: number; union: number } {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = shared > 0 ? Math.max(a.end, b.end) - Math.min(a.start, b.start) : a.end - a.start + (b.end - b.start);
  return { shared, union };
}
