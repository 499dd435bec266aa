/**
 * Transcript text straight from mammoth's document tree (what its `transformDocument` option
 * is handed), by the rules of `transcript-lines`: the same lines its HTML would give, without
 * writing that HTML and parsing it back. Paragraphs are read as mammoth's default style map
 * would write them (headings and list items are lines that an empty one does not leave
 * behind, other paragraphs are `p`); notes, comments, images, checkboxes, bookmarks and page
 * or column breaks carry no text, so they are passed over here.
 */
import { TranscriptLines } from './transcript-lines';

/** The parts of a mammoth document element read here (see mammoth/lib/documents.js). */
export interface MammothElement {
  type: string;
  children?: readonly MammothElement[];
  value?: string;
  breakType?: string;
  isHeader?: boolean;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level?: string | number | null; isOrdered?: boolean } | null;
}

const HEADING_IDS = new Set(['Heading', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6']);
const HEADING_NAMES = new Set(['HEADING', 'HEADING 1', 'HEADING 2', 'HEADING 3', 'HEADING 4', 'HEADING 5', 'HEADING 6']);
// mammoth's default map sends these to `p` before its list rules are tried.
const NOTE_TEXT_NAMES = new Set(['FOOTNOTE TEXT', 'ENDNOTE TEXT', 'ANNOTATION TEXT', 'FOOTNOTE', 'ENDNOTE']);

/**
 * The element mammoth's default style map writes for a paragraph: `h` (a heading), `li` (a
 * list item, levels 1 to 5) or `p`. Rules in its order, the first that matches wins; style
 * names compare without case, style ids exactly.
 */
function paragraphElement(paragraph: MammothElement): 'h' | 'li' | 'p' {
  const name = paragraph.styleName ? paragraph.styleName.toUpperCase() : null;
  if ((paragraph.styleId != null && HEADING_IDS.has(paragraph.styleId)) || (name !== null && HEADING_NAMES.has(name))) return 'h';
  if (name !== null && NOTE_TEXT_NAMES.has(name)) return 'p';
  const numbering = paragraph.numbering;
  if (numbering?.level != null && typeof numbering.isOrdered === 'boolean') {
    const level = Number(numbering.level);
    if (level >= 0 && level <= 4 && Number.isInteger(level)) return 'li';
  }
  return 'p';
}

// eslint-disable-next-line no-control-regex -- characters XML forbids, which mammoth's HTML could not carry.
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\r]|[\uD800-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text as its HTML read back gave it: VT and FF are line breaks, CR and CRLF are LF (as any
 * XML parser reads them), other characters XML forbids carry no text; a lone surrogate (only a
 * character reference can make one) is dropped, as no transcript or export could hold it.
 */
function cleanText(text: string): string {
  if (!UNWRITABLE.test(text)) return text;
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/\r\n?|[\u000B\u000C]/g, '\n')
    .replace(FORBIDDEN, '')
    .replace(LONE_SURROGATE, '');
}

/** Walks an element as mammoth's HTML converter does, telling `lines` what the HTML would hold. */
function walk(element: MammothElement, lines: TranscriptLines, inHeaderRow: boolean): void {
  switch (element.type) {
    case 'text':
      if (element.value) lines.text(cleanText(element.value));
      return;
    case 'tab':
      lines.text('\t');
      return;
    case 'break':
      if (element.breakType === 'line') {
        lines.open('br');
        lines.close('br');
      }
      return;
    case 'run':
    case 'hyperlink':
    case 'document':
      walkChildren(element, lines, inHeaderRow);
      return;
    case 'paragraph': {
      const tag = paragraphElement(element);
      lines.open(tag === 'h' ? 'h1' : tag);
      walkChildren(element, lines, inHeaderRow);
      lines.close(tag === 'h' ? 'h1' : tag);
      return;
    }
    case 'table':
      lines.open('table');
      walkTableRows(element, lines);
      lines.close('table');
      return;
    case 'tableRow':
      lines.open('tr');
      walkChildren(element, lines, inHeaderRow);
      lines.close('tr');
      return;
    case 'tableCell': {
      const tag = inHeaderRow ? 'th' : 'td';
      lines.open(tag);
      walkChildren(element, lines, inHeaderRow);
      lines.close(tag);
      return;
    }
    default:
      // Note and comment references, images, checkboxes, bookmarks: no text of the transcript.
      return;
  }
}

function walkChildren(element: MammothElement, lines: TranscriptLines, inHeaderRow: boolean): void {
  for (const child of element.children ?? []) walk(child, lines, inHeaderRow);
}

/** A table's leading header rows (repeated on each page) are mammoth's `thead`: cells become `th`. */
function walkTableRows(table: MammothElement, lines: TranscriptLines): void {
  const rows = table.children ?? [];
  let body = rows.findIndex((row) => !row.isHeader);
  if (body === -1) body = rows.length;
  rows.forEach((row, index) => walk(row, lines, index < body));
}

/** Text lines joined by LF (not yet normalised) of a mammoth document. */
export function documentToText(document: MammothElement): string {
  const lines = new TranscriptLines();
  walk(document, lines, false);
  return lines.finish();
}
