/**
 * The codebook: one table per framework (framework → dimension → indicator) with each code's
 * operational definition and source — and, when the student asks for it, its colour, both
 * shown and named so the table reads the same printed in black and white. The student's own
 * top-level codes share one table. The one table whose source note names the theory's authors.
 */
import type { Code, LocalizedText } from '../model/types';
import { childrenOf, codeLabel } from '../project/code-tree';
import { colorName, isHexColor } from '../frameworks/palette';
import type { Block, Cell, Column } from './blocks';
import { caption, dataTable, note, sourceNote } from './blocks';
import type { AppendixContext } from './context';
import type { Orientation } from './format';

function localized(text: LocalizedText, ctx: AppendixContext): string {
  const other = ctx.locale === 'id' ? 'en' : 'id';
  return text[ctx.locale].trim() || text[other].trim();
}

/** Black or white text, whichever reads better on the colour (WCAG relative luminance). */
function textOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return luminance > 0.179 ? '#000000' : '#FFFFFF';
}

function colourCell(ctx: AppendixContext, code: Code): Cell {
  const name = colorName(code.color, ctx.locale);
  return isHexColor(code.color) ? { text: name, fill: code.color, color: textOn(code.color) } : name;
}

function row(ctx: AppendixContext, code: Code, number: string, depth: number, bold: boolean): Cell[] {
  const dash = ctx.t('emptyCell');
  const cells: Cell[] = [
    { text: number, bold },
    { text: codeLabel(code, ctx.locale), bold, indentCm: Math.max(0, depth - 1) * 0.3 },
    localized(code.definition, ctx) || dash,
    code.source.trim() || dash,
  ];
  if (ctx.format.codebookColour) cells.push(colourCell(ctx, code));
  return cells;
}

/**
 * The columns, in centimetres of the 14 cm between portrait thesis margins: wide enough for
 * the longest words of the built-in codebooks at 11 pt ("(pendampingan)", "Kartasasmita
 * (1996)") to fit without breaking mid-word — checked with LibreOffice's rendering.
 */
function columns(ctx: AppendixContext): Column[] {
  const colour = ctx.format.codebookColour;
  return [
    { header: ctx.t('col_no'), weight: 0.9, align: 'center' },
    { header: ctx.t('col_code'), weight: colour ? 3.1 : 3.4 },
    { header: ctx.t('col_definition'), weight: colour ? 5.0 : 6.3 },
    { header: ctx.t('col_source'), weight: colour ? 3.0 : 3.4 },
    ...(colour ? [{ header: ctx.t('col_color'), weight: 2.0 }] : []),
  ];
}

/** The rows under a code, depth first, numbered 1, 1.1, 1.1.1 … */
function descendantRows(ctx: AppendixContext, parent: Code, prefix: string, depth: number, out: Cell[][]): void {
  childrenOf(ctx.state, parent.id).forEach((child, i) => {
    const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    const hasChildren = childrenOf(ctx.state, child.id).length > 0;
    out.push(row(ctx, child, number, depth, hasChildren));
    descendantRows(ctx, child, number, depth + 1, out);
  });
}

export function codebook(ctx: AppendixContext, orientation: Orientation = 'portrait'): Block[] {
  const roots = childrenOf(ctx.state, null);
  if (roots.length === 0) return [note(ctx.t('empty'))];
  const blocks: Block[] = [];
  const loose: Code[] = [];
  for (const root of roots) {
    if (childrenOf(ctx.state, root.id).length === 0) {
      loose.push(root);
      continue;
    }
    // The framework itself heads its table; its dimensions are numbered 1, 2 … below it.
    const rows: Cell[][] = [row(ctx, root, '', 0, true)];
    descendantRows(ctx, root, '', 1, rows);
    const title = ctx.t('caption_codebook', { framework: codeLabel(root, ctx.locale) });
    blocks.push(caption(ctx, title), dataTable(ctx, columns(ctx), rows, orientation), ...sourceNote(ctx, root.source.trim()));
  }
  if (loose.length > 0) {
    const rows = loose.map((code, i) => row(ctx, code, String(i + 1), 1, false));
    blocks.push(caption(ctx, ctx.t('caption_ownCodes')), dataTable(ctx, columns(ctx), rows, orientation), ...sourceNote(ctx));
  }
  return blocks;
}
