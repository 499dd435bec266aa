/**
 * Moving between segments with the keyboard (Alt+↓ / Alt+↑) and choosing which of several
 * overlapping segments a click on the text means.
 */
import type { Segment } from '../../../../shared/model/types';

type Span = Pick<Segment, 'id' | 'start' | 'end'>;

/**
 * The next (direction 1) or previous (-1) segment in reading order, from the selected
 * segment if there is one, otherwise from the caret `offset`. Null at either end.
 */
export function adjacentSegment<T extends Span>(
  sorted: readonly T[],
  from: { segmentId: string | null; offset: number },
  direction: 1 | -1,
): T | null {
  const at = from.segmentId ? sorted.findIndex((s) => s.id === from.segmentId) : -1;
  if (at !== -1) return sorted[at + direction] ?? null;
  if (direction === 1) return sorted.find((s) => s.start >= from.offset) ?? null;
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.start < from.offset) return sorted[i]!;
  return null;
}

/**
 * The segment a click selects among those covering the clicked offset: the innermost
 * (shortest) first; clicking again on the same spot while one of them is selected moves
 * on to the next larger one, and round again.
 */
export function segmentForClick<T extends Span>(covering: readonly T[], selectedId: string | null): T | null {
  if (covering.length === 0) return null;
  const bySize = [...covering].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const at = bySize.findIndex((s) => s.id === selectedId);
  return bySize[(at + 1) % bySize.length]!;
}
