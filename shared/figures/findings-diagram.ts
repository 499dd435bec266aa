/**
 * The findings diagram (model temuan): the framework's tree — framework → dimensions →
 * indicators — with each indicator's verdict as the student stored it on its conclusion,
 * or "belum disimpulkan" where there is none. Nothing is inferred: no verdict is suggested.
 */
import { frameworkRows } from '../display/code-rows';
import { translate } from '../i18n';
import type { ProjectState } from '../model/changeset';
import { DEFAULT_VERDICT_SCALE } from '../model/defaults';
import type { Locale } from '../model/types';
import { childrenOf, codeLabel, descendantIds } from '../project/code-tree';
import { escapeXml, px, svgDocument, textLines, wrapText } from './svg';

export interface FindingNode {
  codeId: string;
  label: string;
  /** The stored verdict(s) as printed ("Cukup optimal"; several conclusions: "A / B"); null when none is stored. */
  verdict: string | null;
  /** Place of the (last) verdict on the project's verdict scale, 0 = best; null when off the scale or absent. */
  rank: number | null;
  /** A dimension's indicators (its leaf codes); empty for an indicator, or for a dimension without indicators. */
  children: FindingNode[];
}

export interface FindingsData {
  codeId: string;
  label: string;
  /** The framework's own stored verdict, when the student concluded on the whole framework. */
  verdict: string | null;
  rank: number | null;
  /** The framework's dimensions, in codebook order. */
  dimensions: FindingNode[];
  /** Length of the project's verdict scale (for the colours). */
  scaleLength: number;
}

/** A verdict as printed: the default scale's words in the draft's language, the student's own as written. */
function verdictAsPrinted(verdict: string, locale: Locale): string {
  const at = DEFAULT_VERDICT_SCALE.indexOf(verdict);
  if (at < 0) return verdict;
  return translate(locale, 'appendix:defaultVerdicts').split(',')[at] ?? verdict;
}

function nodeOf(state: ProjectState, codeId: string, locale: Locale, children: FindingNode[]): FindingNode {
  const verdicts = Object.values(state.conclusions)
    .filter((conclusion) => conclusion.codeId === codeId && conclusion.verdict.trim())
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((conclusion) => conclusion.verdict.trim());
  const distinct = [...new Set(verdicts)];
  const last = verdicts[verdicts.length - 1];
  const rank = last === undefined ? -1 : state.project.settings.verdictScale.indexOf(last);
  return {
    codeId,
    label: codeLabel(state.codes[codeId]!, locale),
    verdict: distinct.length ? distinct.map((v) => verdictAsPrinted(v, locale)).join(' / ') : null,
    rank: rank >= 0 ? rank : null,
    children,
  };
}

/** The tree of the framework `rootCodeId` with every indicator's stored verdict. */
export function findingsTree(state: ProjectState, rootCodeId: string, locale: Locale): FindingsData {
  const root = state.codes[rootCodeId];
  if (!root) throw new Error(`Unknown code ${rootCodeId}`);
  const rows = frameworkRows(state, rootCodeId, locale);
  const order = new Map(rows.map((row, i) => [row.codeId, i]));
  const dimensions = rows
    .filter((row) => row.depth === 0 && row.codeId !== rootCodeId)
    .map((row) => {
      // Indicators are the dimension's leaf codes, however deep the student nested them.
      const leaves = descendantIds(state, row.codeId)
        .filter((id) => childrenOf(state, id).length === 0)
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      return nodeOf(state, row.codeId, locale, leaves.map((id) => nodeOf(state, id, locale, [])));
    });
  const own = nodeOf(state, rootCodeId, locale, []);
  return { codeId: rootCodeId, label: own.label, verdict: own.verdict, rank: own.rank, dimensions, scaleLength: state.project.settings.verdictScale.length };
}

const WIDTH = 640;
const PAD = 16;
const FONT = 12;
const LINE = 15;
const BOX_PAD = 6;
const GAP = 6;
const DIMENSION_GAP = 14;
const COLUMNS = { root: { x: PAD, width: 132 }, dimension: { x: 176, width: 160 }, indicator: { x: 364, width: WIDTH - PAD - 364 } };

/** Light fills from the best verdict (green) through the middle (yellow) to the worst (red). */
function fillOf(rank: number | null, scaleLength: number): string {
  if (rank === null) return '#ffffff';
  const fills = ['#e2efda', '#fff2cc', '#fbe5d6'];
  if (scaleLength <= 1) return fills[0]!;
  return fills[Math.round((rank / (scaleLength - 1)) * 2)]!;
}

interface Box {
  lines: string[];
  verdictLines: string[];
  height: number;
}

function box(label: string, verdict: string | null, width: number, bold: boolean, unconcluded: string, withVerdict: boolean): Box {
  const lines = wrapText(label, width - 2 * BOX_PAD, FONT, { bold, maxLines: 4 });
  const verdictLines = withVerdict ? wrapText(verdict ?? unconcluded, width - 2 * BOX_PAD, FONT, { maxLines: 2 }) : [];
  return { lines, verdictLines, height: (lines.length + verdictLines.length) * LINE + 2 * BOX_PAD - 2 };
}

/** One box: its label, and under it the verdict (italic and dashed-bordered when not concluded). */
function drawBox(node: FindingNode | null, b: Box, x: number, y: number, width: number, fill: string, bold: boolean): string {
  const dashed = node !== null && b.verdictLines.length > 0 && node.verdict === null;
  const parts = [
    `<rect x="${x}" y="${px(y)}" width="${width}" height="${px(b.height)}" rx="3" fill="${fill}" stroke="#404040" stroke-width="1"${dashed ? ' stroke-dasharray="4 3"' : ''}/>`,
    textLines(b.lines, x + BOX_PAD, px(y + BOX_PAD + FONT - 1), { size: FONT, bold, lineHeight: LINE }),
  ];
  if (b.verdictLines.length) {
    const top = y + BOX_PAD + FONT - 1 + b.lines.length * LINE;
    parts.push(textLines(b.verdictLines, x + BOX_PAD, px(top), { size: FONT, italic: dashed, fill: dashed ? '#595959' : '#000000', lineHeight: LINE }));
  }
  return parts.join('');
}

/** An elbow connector from the right edge of a parent box to the left edge of a child box. */
const connector = (x1: number, y1: number, x2: number, y2: number): string => {
  const mid = px((x1 + x2) / 2);
  return `<path d="M${x1} ${px(y1)} H${mid} V${px(y2)} H${x2}" fill="none" stroke="#404040" stroke-width="1"/>`;
};

/**
 * The diagram as an SVG picture 640 px wide: the framework on the left, its dimensions in
 * the middle, each dimension's indicators on the right with their verdicts, joined by elbow
 * lines. Every indicator's group carries `data-code` and `data-verdict` ('' when not concluded).
 */
export function findingsDiagramSvg(data: FindingsData, locale: Locale, title: string): string {
  const unconcluded = translate(locale, 'figures:notConcluded');
  const body: string[] = [];
  let y = PAD;
  const dimensionCentres: number[] = [];
  for (const dimension of data.dimensions) {
    const leafDimension = dimension.children.length === 0;
    const dimBox = box(dimension.label, dimension.verdict, COLUMNS.dimension.width, true, unconcluded, leafDimension || dimension.verdict !== null);
    const indicatorBoxes = dimension.children.map((child) => box(child.label, child.verdict, COLUMNS.indicator.width, false, unconcluded, true));
    const stack = indicatorBoxes.reduce((sum, b) => sum + b.height, 0) + Math.max(0, indicatorBoxes.length - 1) * GAP;
    const blockHeight = Math.max(stack, dimBox.height);
    const dimTop = y + (blockHeight - dimBox.height) / 2;
    const dimCentre = dimTop + dimBox.height / 2;
    dimensionCentres.push(dimCentre);
    const parts = [drawBox(leafDimension ? dimension : null, dimBox, COLUMNS.dimension.x, dimTop, COLUMNS.dimension.width, leafDimension || dimension.verdict ? fillOf(dimension.rank, data.scaleLength) : '#f2f2f2', true)];
    let top = y + (blockHeight - stack) / 2;
    dimension.children.forEach((child, i) => {
      const b = indicatorBoxes[i]!;
      parts.push(connector(COLUMNS.dimension.x + COLUMNS.dimension.width, dimCentre, COLUMNS.indicator.x, top + b.height / 2));
      parts.push(
        `<g data-code="${escapeXml(child.codeId)}" data-verdict="${escapeXml(child.verdict ?? '')}">${drawBox(child, b, COLUMNS.indicator.x, top, COLUMNS.indicator.width, fillOf(child.rank, data.scaleLength), false)}</g>`,
      );
      top += b.height + GAP;
    });
    body.push(`<g data-dimension="${escapeXml(dimension.codeId)}"${leafDimension ? ` data-code="${escapeXml(dimension.codeId)}" data-verdict="${escapeXml(dimension.verdict ?? '')}"` : ''}>${parts.join('')}</g>`);
    y += blockHeight + DIMENSION_GAP;
  }
  const bottom = Math.max(y - DIMENSION_GAP, PAD + 40);
  // The framework shows a verdict only when the student gave it one (nothing is asked for there).
  const rootBox = box(data.label, data.verdict, COLUMNS.root.width, true, unconcluded, data.verdict !== null);
  const rootTop = PAD + (bottom - PAD - rootBox.height) / 2;
  const rootCentre = rootTop + rootBox.height / 2;
  body.unshift(
    `<g data-framework="${escapeXml(data.codeId)}">${drawBox(null, rootBox, COLUMNS.root.x, rootTop, COLUMNS.root.width, data.verdict ? fillOf(data.rank, data.scaleLength) : '#d9e2f3', true)}${dimensionCentres
      .map((centre) => connector(COLUMNS.root.x + COLUMNS.root.width, rootCentre, COLUMNS.dimension.x, centre))
      .join('')}</g>`,
  );
  return svgDocument(WIDTH, Math.ceil(bottom + PAD), body, title);
}
