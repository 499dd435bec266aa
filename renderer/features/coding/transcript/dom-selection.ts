/**
 * The bridge between the browser's Selection and document offsets in the transcript view.
 */
import { offsetOfPoint, rangeOfPoints, type OffsetNode } from './selection-offsets';

/** The selected document range inside `container`, or null (nothing selected there). */
function readSelection(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  if (!container.contains(selection.anchorNode) || !container.contains(selection.focusNode)) return null;
  return rangeOfPoints(
    { node: selection.anchorNode as unknown as OffsetNode, offset: selection.anchorOffset },
    { node: selection.focusNode as unknown as OffsetNode, offset: selection.focusOffset },
  );
}

/** The document offset of the caret (a collapsed selection) inside `container`. */
export function readCaret(container: HTMLElement): number | null {
  const selection = window.getSelection();
  if (!selection || !selection.anchorNode || !container.contains(selection.anchorNode)) return null;
  return offsetOfPoint(selection.anchorNode as unknown as OffsetNode, selection.anchorOffset);
}

/**
 * The selected range if it holds more than white space (applyCodes trims the ends itself),
 * otherwise null: there is nothing to code.
 */
export function codableSelection(container: HTMLElement, text: string): { start: number; end: number } | null {
  const range = readSelection(container);
  return range && text.slice(range.start, range.end).trim() !== '' ? range : null;
}

/** The DOM point of a document offset among the rendered pieces, or null if that line is not rendered. */
function pointOf(container: HTMLElement, offset: number): { node: Node; offset: number } | null {
  for (const piece of container.querySelectorAll<HTMLElement>('[data-piece]')) {
    const start = Number(piece.dataset.start);
    const end = Number(piece.dataset.end);
    if (offset >= start && offset <= end && piece.firstChild) return { node: piece.firstChild, offset: offset - start };
  }
  return null;
}

/** Selects [start, end) in the view (both ends must be rendered); true on success. */
export function selectOffsets(container: HTMLElement, start: number, end: number): boolean {
  const from = pointOf(container, start);
  const to = pointOf(container, end);
  const selection = window.getSelection();
  if (!from || !to || !selection) return false;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
