import { describe, expect, it } from 'vitest';
import type { OffsetNode } from './selection-offsets';
import { offsetOfPoint, rangeOfPoints } from './selection-offsets';

// A tiny stand-in for the DOM the transcript view renders.
type Fake = OffsetNode & { childNodes: Fake[] };
function el(attrs: Record<string, string>, children: Fake[]): Fake {
  const node: Fake = { nodeType: 1, parentNode: null, childNodes: children, textContent: null, getAttribute: (n) => attrs[n] ?? null };
  for (const child of children) child.parentNode = node;
  return node;
}
function txt(text: string): Fake {
  return { nodeType: 3, parentNode: null, childNodes: [], textContent: text };
}

// Row for line 2 ("I: Kami dibina.", offsets 20–35): gutter "2", then pieces "I:" [20,22),
// " Kami" [22,27) and " dibina." [27,35).
const gutter = txt('2');
const p1 = txt('I:');
const p2 = txt(' Kami');
const p3 = txt(' dibina.');
const pieces = [
  el({ 'data-start': '20', 'data-end': '22' }, [p1]),
  el({ 'data-start': '22', 'data-end': '27' }, [p2]),
  el({ 'data-start': '27', 'data-end': '35' }, [p3]),
];
const lineText = el({ 'data-start': '20', 'data-end': '35' }, pieces);
const row = el({ 'data-start': '20', 'data-end': '35' }, [el({ 'data-skip': '' }, [gutter]), lineText]);
const nextRow = el({ 'data-start': '36', 'data-end': '40' }, [el({ 'data-start': '36', 'data-end': '40' }, [txt('Ya..')])]);
const list = el({}, [row, nextRow]);

describe('offsetOfPoint', () => {
  it.each([
    ['inside the first piece', p1, 1, 21],
    ['inside a later piece', p2, 3, 25],
    ['at the end of the last piece', p3, 8, 35],
    ['on the line element between pieces', lineText, 2, 27],
    ['on the line element after all pieces', lineText, 3, 35],
    ['in the line-number gutter: the start of the line', gutter, 1, 20],
    ['between rows: the start of the next line', list, 1, 36],
    ['after the last row: the end of the last line', list, 2, 40],
  ] as const)('%s', (_name, node, offset, expected) => {
    expect(offsetOfPoint(node, offset)).toBe(expected);
  });

  it('knows nothing of points outside the transcript', () => {
    expect(offsetOfPoint(txt('toolbar'), 2)).toBeNull();
  });
});

describe('rangeOfPoints', () => {
  it('orders a selection made backwards (Shift+← or dragging up)', () => {
    expect(rangeOfPoints({ node: p3, offset: 4 }, { node: p2, offset: 1 })).toEqual({ start: 23, end: 31 });
  });
});
