/**
 * Maps a browser selection back to document offsets. The transcript view marks each line
 * and each highlight piece with `data-start` / `data-end` (UTF-16 offsets into the
 * document text), and its gutters (line numbers, stripes) with `data-skip`; a selection
 * point is then the nearest marked ancestor's start plus the text that precedes it there.
 * Written against this small node shape so it is tested without a DOM.
 */

export interface OffsetNode {
  nodeType: number;
  parentNode: OffsetNode | null;
  childNodes: ArrayLike<OffsetNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function attr(node: OffsetNode, name: string): string | null {
  return node.nodeType === ELEMENT_NODE && node.getAttribute ? node.getAttribute(name) : null;
}

function startOf(node: OffsetNode): number | null {
  const value = attr(node, 'data-start');
  return value === null ? null : Number(value);
}

function isSkipped(node: OffsetNode): boolean {
  return attr(node, 'data-skip') !== null;
}

/** Length of the document text under a node, leaving out gutters. */
function textLength(node: OffsetNode): number {
  if (node.nodeType === TEXT_NODE) return node.textContent?.length ?? 0;
  if (isSkipped(node)) return 0;
  const end = attr(node, 'data-end');
  const start = startOf(node);
  if (end !== null && start !== null) return Number(end) - start;
  let sum = 0;
  for (let i = 0; i < node.childNodes.length; i++) sum += textLength(node.childNodes[i]!);
  return sum;
}

/** Text length in `ancestor` before `node` (which lies inside it). */
function lengthBefore(ancestor: OffsetNode, node: OffsetNode): number {
  let sum = 0;
  for (let current = node; current !== ancestor && current.parentNode; current = current.parentNode) {
    const siblings = current.parentNode.childNodes;
    for (let i = 0; i < siblings.length && siblings[i] !== current; i++) sum += textLength(siblings[i]!);
  }
  return sum;
}

/** The first document offset found at or after child `index` of `node`, searching its subtree. */
function firstOffsetFrom(node: OffsetNode, index: number): number | null {
  for (let i = index; i < node.childNodes.length; i++) {
    const child = node.childNodes[i]!;
    const start = startOf(child);
    if (start !== null) return start;
    if (child.nodeType === ELEMENT_NODE && !isSkipped(child)) {
      const inner = firstOffsetFrom(child, 0);
      if (inner !== null) return inner;
    }
  }
  return null;
}

/** The last document offset found before child `index` of `node`. */
function lastOffsetBefore(node: OffsetNode, index: number): number | null {
  for (let i = index - 1; i >= 0; i--) {
    const child = node.childNodes[i]!;
    const start = startOf(child);
    if (start !== null) return start + textLength(child);
    if (child.nodeType === ELEMENT_NODE && !isSkipped(child)) {
      const inner = lastOffsetBefore(child, child.childNodes.length);
      if (inner !== null) return inner;
    }
  }
  return null;
}

/**
 * The document offset of a selection point (`node`, `offset` as in Selection.anchorNode /
 * anchorOffset), or null when the point is outside the transcript text.
 */
export function offsetOfPoint(node: OffsetNode, offset: number): number | null {
  let skipped = false;
  for (let current: OffsetNode | null = node; current; current = current.parentNode) {
    if (isSkipped(current)) skipped = true;
    const start = startOf(current);
    if (start === null) continue;
    // A point in a line's gutter stands for the beginning of that line.
    if (skipped) return start;
    const within = node.nodeType === TEXT_NODE ? offset : childPrefix(node, offset);
    return start + lengthBefore(current, node) + within;
  }
  // Outside every marked element (e.g. on the list container between rows): use neighbours.
  if (node.nodeType === ELEMENT_NODE) return firstOffsetFrom(node, offset) ?? lastOffsetBefore(node, offset);
  return null;
}

function childPrefix(node: OffsetNode, offset: number): number {
  let sum = 0;
  for (let i = 0; i < offset && i < node.childNodes.length; i++) sum += textLength(node.childNodes[i]!);
  return sum;
}

/** A selection's two points as an ordered [start, end) range, or null if either is outside the text. */
export function rangeOfPoints(
  anchor: { node: OffsetNode; offset: number },
  focus: { node: OffsetNode; offset: number },
): { start: number; end: number } | null {
  const a = offsetOfPoint(anchor.node, anchor.offset);
  const b = offsetOfPoint(focus.node, focus.offset);
  if (a === null || b === null) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}
