/**
 * Reading an exported .docx back for the tests, as a supervisor reads the printout: each
 * table under its caption, each cell's text (paragraphs joined by "\n", line breaks as "\n")
 * with whether it is bold or italic, and the paragraphs with their style. Pure string work on
 * the document XML (fflate unzips it), so it runs wherever the tests run.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface ReadCell {
  text: string;
  span: number;
  /** Some run of the cell is italic / bold. */
  italic: boolean;
  bold: boolean;
}

export interface ReadTable {
  /** The caption paragraph right above the table. */
  caption: string;
  /** The title of the lampiran the table is in ("Lampiran 3. Matriks reduksi data"). */
  part: string;
  xml: string;
  rows: ReadCell[][];
  /** Column widths in twips (w:gridCol). */
  widths: number[];
}

export interface ReadDocx {
  document: string;
  styles: string;
  /** Every body paragraph outside tables: [style, text]. */
  paragraphs: [string, string][];
  tables: ReadTable[];
}

const unescape = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A paragraph's text, line breaks as "\n". */
export function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:br\/>|<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : unescape(m[1]!))).join('');
}

const styleOf = (paragraph: string): string => /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1] ?? '';

export function readDocx(bytes: Uint8Array): ReadDocx {
  const files = unzipSync(bytes);
  const document = strFromU8(files['word/document.xml']!);
  const styles = strFromU8(files['word/styles.xml']!);
  const body = document.replace(/<w:tbl>.*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p>.*?<\/w:p>/g)].map((m): [string, string] => [styleOf(m[0]), paragraphText(m[0])]);
  const tables = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((table) => {
    const before = document.slice(0, table.index).replace(/<w:tbl>.*?<\/w:tbl>/g, '');
    const caption = paragraphText(before.slice(before.lastIndexOf('<w:p>')));
    const titles = [...before.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading1"\/>.*?<\/w:p>/g)];
    const rows = [...table[0].matchAll(/<w:tr>.*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((cell) => ({
        text: [...cell[0].matchAll(/<w:p>.*?<\/w:p>/g)].map((p) => paragraphText(p[0])).join('\n'),
        span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell[0])?.[1] ?? 1),
        italic: /<w:i\/>/.test(cell[0]),
        bold: /<w:b\/>/.test(cell[0]),
      })),
    );
    const widths = [...table[0].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    return { caption, part: titles.length ? paragraphText(titles.at(-1)![0]) : '', xml: table[0], rows, widths };
  });
  return { document, styles, paragraphs, tables };
}

/** The row of a table whose second cell (Dimensi/Indikator, Fokus …) reads `label`. */
export function rowLabelled(table: ReadTable, label: string): ReadCell[] {
  const row = table.rows.find((r) => r[1]?.text === label);
  if (!row) throw new Error(`no row "${label}" in ${table.caption}: ${table.rows.map((r) => r[1]?.text).join(' | ')}`);
  return row;
}
