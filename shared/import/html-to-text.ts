/**
 * mammoth's HTML as transcript lines, without a DOM (shared/ runs in Node and the browser).
 * One Word paragraph, heading or list item becomes one line, so line numbers match the
 * transcript as the student sees it in Word; `<br>` (a manual line break) starts a new line;
 * a table row becomes one line, its cells joined by " | ", and a "label | : | value" row
 * becomes "label: value" so that header tables read like header lines. Footnotes, endnotes,
 * comments and images are left out. Runs of empty paragraphs become one empty line.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'div']);

/** Is this element a footnote/endnote (or its "[1]" reference) or the comments list? Those are not the transcript. */
function isLeftOut(tag: SaxesTagPlain): boolean {
  const id = tag.attributes.id ?? '';
  if (tag.name === 'dl') return true;
  if (tag.name === 'li' && /^(?:footnote|endnote)-\d/.test(id)) return true;
  return tag.name === 'a' && /^(?:footnote|endnote)-ref-/.test(id);
}

/** A table being read: finished rows as lines, the current row's cells, the current cell's text. */
interface TableState {
  rows: string[];
  cells: string[];
  cell: string | null;
}

/** "Nama | : | Hadi" and "Nama | Hadi" → "Nama: Hadi"; other rows keep their cells joined by " | ". */
export function tableRowToLine(rawCells: readonly string[]): string {
  const cells = rawCells.map((c) => c.replace(/\s+/g, ' ').trim());
  const [label = '', middle = '', last = ''] = cells;
  const isLabel = label.length > 0 && label.length <= 40 && /\p{L}/u.test(label) && !/[.?!]$/.test(label);
  const name = label.replace(/\s*:$/, '');
  if (isLabel && cells.length === 3 && middle === ':') return `${name}: ${last}`.trimEnd();
  if (isLabel && cells.length === 2 && middle !== '') return `${name}: ${middle.replace(/^:\s*/, '')}`;
  return cells.filter((c) => c !== '').join(' | ');
}

/** VT and FF are line breaks (as normalizeText treats them); other forbidden characters carry no text. */
function withoutXmlForbiddenCharacters(html: string): string {
  // eslint-disable-next-line no-control-regex
  return html.replace(/[\u000B\u000C]/g, '\n').replace(/[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Converts mammoth's HTML into text lines joined by LF (not yet normalised). */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  const tables: TableState[] = [];
  let line = '';
  let blockHasContent = false;
  let skipDepth = 0;

  const emit = (text: string): void => {
    const table = tables[tables.length - 1];
    if (table?.cell != null) table.cell += text;
    else line += text;
  };
  // Ends the current line at a block boundary; inside a table cell it becomes a space.
  const breakLine = (keepEmpty: boolean): void => {
    const table = tables[tables.length - 1];
    if (table?.cell != null) {
      table.cell += ' ';
      return;
    }
    if (line.trim() !== '' || keepEmpty) lines.push(line);
    line = '';
  };

  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (skipDepth > 0 || isLeftOut(tag)) {
      skipDepth++;
      return;
    }
    if (BLOCKS.has(tag.name)) {
      breakLine(false);
      blockHasContent = false;
    } else if (tag.name === 'table') {
      breakLine(false);
      tables.push({ rows: [], cells: [], cell: null });
    } else if (tag.name === 'tr') {
      tables[tables.length - 1]!.cells = [];
    } else if (tag.name === 'td' || tag.name === 'th') {
      tables[tables.length - 1]!.cell = '';
    } else if (tag.name === 'br') {
      breakLine(true);
    }
  });
  parser.on('text', (text) => {
    if (skipDepth > 0) return;
    if (text.trim() !== '') blockHasContent = true;
    emit(text);
  });
  parser.on('closetag', (tag) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (tag.name === 'p' && !blockHasContent && tables.length === 0 && line === '') {
      // An empty paragraph: the author's blank line between paragraphs.
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    } else if (BLOCKS.has(tag.name)) {
      breakLine(false);
      blockHasContent = false;
    } else if (tag.name === 'td' || tag.name === 'th') {
      const table = tables[tables.length - 1]!;
      table.cells.push(table.cell ?? '');
      table.cell = null;
    } else if (tag.name === 'tr') {
      const table = tables[tables.length - 1]!;
      const row = tableRowToLine(table.cells);
      if (row !== '') table.rows.push(row);
    } else if (tag.name === 'table') {
      const done = tables.pop()!;
      const outer = tables[tables.length - 1];
      // A table inside a cell is read into that cell; at the top level each row is a line.
      if (outer?.cell != null) outer.cell += ` ${done.rows.join(' ')} `;
      else lines.push(...done.rows);
    }
  });
  // mammoth escapes only &, <, > and " — all predefined XML entities — so one root element makes it
  // well-formed XML, once characters XML forbids (which lenient Word writers sometimes leave) are gone.
  parser.write(`<root>${withoutXmlForbiddenCharacters(html)}</root>`).close();
  breakLine(false);
  return lines.join('\n');
}
