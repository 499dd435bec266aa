/**
 * The building blocks every part uses: the document's styles (so a thousand table cells
 * carry one style name rather than a thousand copies of their formatting), part titles,
 * numbered captions above tables, the source note below them, and tables whose header row
 * repeats on every page.
 */
import type { IStylesOptions } from 'docx';
import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Locale } from '../model/types';
import type { AppendixContext } from './context';
import { partLabel } from './context';
import { headingCase } from './heading-case';
import type { AppendixFormat, Orientation } from './format';
import { cmToTwips, lineSpacingValue, textWidthTwips } from './format';

/** Paragraph style ids defined by `appendixStyles`. */
export const STYLE = {
  tableText: 'PilahTableText',
  tableHeader: 'PilahTableHeader',
  sourceNote: 'PilahSourceNote',
  quote: 'PilahQuote',
  reduced: 'PilahReduced',
  field: 'PilahField',
  note: 'PilahNote',
} as const;

/** A block of the document body: what a part returns. */
export type Block = Paragraph | Table;

const SINGLE = 240;

/**
 * The styles of the whole document, from the format. Sizes are in half-points (12 pt → 24).
 * With `tableTextIsNormal` (the appendix, whose paragraphs are mostly table cells: a 300k-word
 * appendix has some 32,000), Normal — the style of a paragraph that names none — is the table
 * text, so no cell paragraph has to name its style; every other paragraph names its own style,
 * each giving its size and spacing itself, so the body still reads 12 pt at 1.5.
 */
export function appendixStyles(format: AppendixFormat, locale: Locale, options: { tableTextIsNormal?: boolean } = {}): IStylesOptions {
  const body = format.fontSize * 2;
  const table = format.tableFontSize * 2;
  const font = format.font;
  const heading = (size: number, centred: boolean) => ({
    run: { font, size, bold: true, color: '000000', italics: false },
    paragraph: {
      alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { before: 240, after: 120, line: SINGLE },
      keepNext: true,
      keepLines: true,
    },
  });
  const tableParagraph = { spacing: { before: 0, after: 0, line: SINGLE } };
  return {
    default: {
      document: {
        run: { font, size: body, language: { value: locale === 'id' ? 'id-ID' : 'en-GB' } },
        paragraph: { spacing: { line: lineSpacingValue(format.lineSpacing), before: 0, after: 0 } },
      },
      heading1: heading(body, true),
      heading2: heading(body, false),
      heading3: heading(body, false),
      heading4: heading(body, false),
      // Caption above a table: bold (or plain, as the format says), centred, single-spaced, kept with its table.
      caption: {
        run: { font, size: body, bold: format.captionBold, italics: false, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120, line: SINGLE }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      ...(options.tableTextIsNormal ? [{ id: 'Normal', name: 'Normal', quickFormat: true, run: { size: table }, paragraph: tableParagraph }] : []),
      { id: STYLE.tableText, name: 'Pilah Table Text', basedOn: 'Normal', run: { size: table }, paragraph: tableParagraph },
      {
        id: STYLE.tableHeader,
        name: 'Pilah Table Header',
        basedOn: 'Normal',
        run: { size: table, bold: true },
        paragraph: { ...tableParagraph, alignment: AlignmentType.CENTER, keepNext: true },
      },
      {
        id: STYLE.sourceNote,
        name: 'Pilah Source Note',
        basedOn: 'Normal',
        run: { size: table },
        paragraph: { spacing: { before: 60, after: 240, line: SINGLE } },
      },
      // Block quotes are indented and single-spaced, as pedoman ask for long direct quotes.
      {
        id: STYLE.quote,
        name: 'Pilah Quote',
        basedOn: 'Normal',
        run: { size: body, italics: true },
        paragraph: {
          indent: { left: cmToTwips(1), right: cmToTwips(1) },
          alignment: AlignmentType.JUSTIFIED,
          spacing: { before: 120, after: 60, line: SINGLE },
        },
      },
      {
        id: STYLE.reduced,
        name: 'Pilah Reduced Statement',
        basedOn: 'Normal',
        run: { size: body },
        paragraph: { indent: { left: cmToTwips(1), right: cmToTwips(1) }, spacing: { before: 0, after: 200, line: SINGLE } },
      },
      {
        id: STYLE.field,
        name: 'Pilah Interview Field',
        basedOn: 'Normal',
        run: { size: body },
        paragraph: {
          // The identity block stays on the page of the transcript it introduces.
          keepNext: true,
          keepLines: true,
          indent: { left: cmToTwips(3.5), hanging: cmToTwips(3.5) },
          spacing: { before: 0, after: 0, line: SINGLE },
        },
      },
      {
        id: STYLE.note,
        name: 'Pilah Note',
        basedOn: 'Normal',
        run: { size: body },
        paragraph: { spacing: { before: 0, after: 120, line: lineSpacingValue(format.lineSpacing) } },
      },
    ],
  };
}

/**
 * "Lampiran 1. Daftar informan" ("LAMPIRAN A. DAFTAR INFORMAN" …, as the format numbers and
 * cases it): the title of a part, a Heading 1 for Word's navigation pane.
 */
export function partTitle(ctx: AppendixContext, number: number, title: string): Paragraph {
  const text = ctx.t('appendixTitle', { number: partLabel(ctx.format, number), title });
  return new Paragraph({ heading: HeadingLevel.HEADING_1, text: headingCase(text, ctx.format.headingCase, ctx.locale) });
}

export function heading(level: 2 | 3 | 4, text: string): Paragraph {
  const headingLevel = level === 2 ? HeadingLevel.HEADING_2 : level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4;
  return new Paragraph({ heading: headingLevel, text });
}

/** A body paragraph in the note style (e.g. "No data for this part yet."). */
export function note(text: string): Paragraph {
  return new Paragraph({ style: STYLE.note, text });
}

/** "Tabel L1.1 Daftar Informan Penelitian" (or "Tabel 4.1 …"), numbered in order, for the paragraph above a table. */
export function caption(ctx: AppendixContext, title: string): Paragraph {
  return new Paragraph({ style: 'Caption', text: ctx.t('tableCaption', { number: ctx.nextTableNumber(), title }) });
}

/**
 * "Sumber: Data primer diolah peneliti, 2023" under a table the student made from the data
 * (the words adjustable in the format, the year the data's), or nothing when the format
 * leaves source notes out. Only the codebook, which adapts a theory, names the theory's
 * authors (`theory`): a matrix of interview data is the researcher's own, whatever framework orders its rows.
 */
export function sourceNote(ctx: AppendixContext, theory = ''): Paragraph[] {
  if (!ctx.format.sourceNote) return [];
  const text = theory
    ? ctx.t('sourceNoteTheory', { source: theory, year: ctx.year })
    : ctx.t('sourceNote', { text: ctx.format.sourceNoteText || ctx.t('sourceNoteData'), year: ctx.year });
  return [new Paragraph({ style: STYLE.sourceNote, text })];
}

/** A column of a table: its heading and its share of the width. */
export interface Column {
  header: string;
  /** Relative width; the columns share the text width in proportion. */
  weight: number;
  align?: 'left' | 'center';
}

/** A cell: plain text (one paragraph per line), or runs (bold speaker labels …), with an optional background colour. */
export interface CellContent {
  text?: string;
  runs?: TextRun[];
  bold?: boolean;
  /** #RRGGBB background. */
  fill?: string;
  /** Text colour (#RRGGBB), for text on a dark fill. */
  color?: string;
  /** Left indent in centimetres (sub-codes in a codebook). */
  indentCm?: number;
  italics?: boolean;
  /** How many columns the cell covers (a dimension heading across a matrix); default 1. */
  span?: number;
}

export type Cell = string | CellContent;

function widths(columns: Column[], total: number): number[] {
  const sum = columns.reduce((s, c) => s + c.weight, 0);
  const out = columns.map((c) => Math.floor((total * c.weight) / sum));
  out[out.length - 1]! += total - out.reduce((s, w) => s + w, 0);
  return out;
}

function cellParagraphs(cell: Cell, align: Column['align'], tableTextIsNormal: boolean): Paragraph[] {
  const content: CellContent = typeof cell === 'string' ? { text: cell } : cell;
  const style = tableTextIsNormal ? undefined : STYLE.tableText;
  const alignment = align === 'center' ? AlignmentType.CENTER : undefined;
  const indent = content.indentCm ? { left: cmToTwips(content.indentCm) } : undefined;
  // One object literal per paragraph, not `{ ...options, children }`: docx reads some fifty
  // options off each, and objects made by spreading read several times slower (a 300k-word
  // appendix has ~32,000 cell paragraphs).
  const paragraph = (children: TextRun[]): Paragraph => new Paragraph({ style, alignment, indent, children });
  if (content.runs) return [paragraph(content.runs)];
  // A definition typed with line breaks keeps them: one paragraph per line (a bare LF in w:t shows as a space).
  const color = content.color?.replace('#', '');
  // Plain is the style's own: only bold or italic text says so (`false` would write <w:b w:val="false"/> into every such run).
  const bold = content.bold || undefined;
  const italics = content.italics || undefined;
  return (content.text ?? '').split('\n').map((text) => paragraph([new TextRun({ text, bold, italics, color })]));
}

/** A row's cells placed on the columns: spans honoured, missing cells empty, nothing past the last column. */
function placeCells(row: Cell[], columnCount: number): { cell: Cell; first: number; span: number }[] {
  const placed: { cell: Cell; first: number; span: number }[] = [];
  let at = 0;
  for (const cell of row) {
    if (at >= columnCount) break;
    const wanted = typeof cell === 'string' ? 1 : Math.max(1, Math.floor(cell.span ?? 1));
    const span = Math.min(wanted, columnCount - at);
    placed.push({ cell, first: at, span });
    at += span;
  }
  for (; at < columnCount; at++) placed.push({ cell: '', first: at, span: 1 });
  return placed;
}

/**
 * A full-width table with a header row that Word repeats on every page. Column widths are
 * fixed in twips from the page's text width, so long tables lay out without Word measuring
 * every cell, and look the same in Word and LibreOffice. The widths are written once, in the
 * grid and the header row (the row a fixed layout takes its columns from); body cells name no
 * width of their own (given `columnWidths`, docx would write one into each of a 300k-word
 * appendix's ~19,000 cells: 0.7 MiB of XML that only repeats the grid).
 */
export function dataTable(ctx: AppendixContext, columns: Column[], rows: Cell[][], orientation: Orientation): Table {
  const columnWidths = widths(columns, textWidthTwips(ctx.format, orientation));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, i) =>
        new TableCell({
          width: { size: columnWidths[i]!, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' },
          // A header may name an informant and, on a second line, their position.
          children: column.header.split('\n').map((text) => new Paragraph({ style: STYLE.tableHeader, text })),
        }),
    ),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        children: placeCells(row, columns.length).map(({ cell, first, span }) => {
          const fill = typeof cell === 'string' ? undefined : cell.fill;
          return new TableCell({
            columnSpan: span > 1 ? span : undefined,
            shading: fill ? { type: ShadingType.CLEAR, fill: fill.replace('#', ''), color: 'auto' } : undefined,
            children: cellParagraphs(cell, span > 1 ? 'left' : columns[first]!.align, ctx.tableTextIsNormal === true),
          });
        }),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: columnWidths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    // No `columnWidths`: docx takes the grid from the header row's widths, the same numbers.
    layout: TableLayoutType.FIXED,
  });
}
