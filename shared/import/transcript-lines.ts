/**
 * The line rules of an imported Word transcript, fed with element boundaries and text as they
 * come (from mammoth's document tree, or from its HTML in `html-to-text`). One Word paragraph,
 * heading or list item becomes one line, so line numbers match the transcript as the student
 * sees it in Word; a manual line break starts a new line; a table row becomes one line, its
 * cells joined by " | ", and a "label | : | value" row becomes "label: value" so that header
 * tables read like header lines. Runs of empty paragraphs become one empty line; a paragraph
 * of spaces only is no line at all.
 */

/** Elements that end a line where they open and where they close. */
export const BLOCKS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'div']);

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

/**
 * Collects transcript lines. Element names are HTML's: `p` (a paragraph), `h1`…`h6`, `li`,
 * `ul`/`ol` and the other BLOCKS, `table`, `tr`, `td`/`th`, `br`; any other name is inline.
 */
export class TranscriptLines {
  private readonly lines: string[] = [];
  private readonly tables: TableState[] = [];
  private line = '';
  private blockHasContent = false;

  /** Text of the current line or table cell. */
  text(text: string): void {
    if (text.trim() !== '') this.blockHasContent = true;
    const table = this.tables[this.tables.length - 1];
    if (table?.cell != null) table.cell += text;
    else this.line += text;
  }

  open(name: string): void {
    if (BLOCKS.has(name)) {
      this.breakLine(false);
      this.blockHasContent = false;
    } else if (name === 'table') {
      this.breakLine(false);
      this.tables.push({ rows: [], cells: [], cell: null });
    } else if (name === 'tr') {
      this.tables[this.tables.length - 1]!.cells = [];
    } else if (name === 'td' || name === 'th') {
      this.tables[this.tables.length - 1]!.cell = '';
    } else if (name === 'br') {
      this.breakLine(true);
    }
  }

  close(name: string): void {
    if (name === 'p' && !this.blockHasContent && this.tables.length === 0 && this.line === '') {
      // An empty paragraph: the author's blank line between paragraphs.
      if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
    } else if (BLOCKS.has(name)) {
      this.breakLine(false);
      this.blockHasContent = false;
    } else if (name === 'td' || name === 'th') {
      const table = this.tables[this.tables.length - 1]!;
      table.cells.push(table.cell ?? '');
      table.cell = null;
    } else if (name === 'tr') {
      const table = this.tables[this.tables.length - 1]!;
      const row = tableRowToLine(table.cells);
      if (row !== '') table.rows.push(row);
    } else if (name === 'table') {
      const done = this.tables.pop()!;
      const outer = this.tables[this.tables.length - 1];
      // A table inside a cell is read into that cell; at the top level each row is a line.
      if (outer?.cell != null) outer.cell += ` ${done.rows.join(' ')} `;
      else this.lines.push(...done.rows);
    }
  }

  /** The lines so far joined by LF (not yet normalised); the current line is ended first. */
  finish(): string {
    this.breakLine(false);
    return this.lines.join('\n');
  }

  // Ends the current line at a block boundary; inside a table cell it becomes a space.
  private breakLine(keepEmpty: boolean): void {
    const table = this.tables[this.tables.length - 1];
    if (table?.cell != null) {
      table.cell += ' ';
      return;
    }
    if (this.line.trim() !== '' || keepEmpty) this.lines.push(this.line);
    this.line = '';
  }
}
