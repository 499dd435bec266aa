/**
 * The code-frequency chart by informant group: per indicator of a framework one bar per
 * informant group, each as long as the segments the one counting rule gives the cell of the
 * role-ordered matrix (see display/counting.ts) — so the chart and the display never disagree.
 */
import { roleOrderedMatrix } from '../display/clustered';
import { childrenOf } from '../project/code-tree';
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { translate } from '../i18n';
import { escapeXml, px, svgDocument, textLines, textWidth, wrapText } from './svg';

export interface FrequencySeries {
  /** The display's column key (`group:<name>`, or `group:` for informants without a group). */
  key: string;
  label: string;
}

export interface FrequencyRow {
  codeId: string;
  label: string;
  /** A dimension heading its indicators (no bars of its own), or an indicator with bars. */
  heading: boolean;
  /** One count per series, in the order of `series`; empty for a heading. */
  counts: number[];
}

export interface FrequencyChartData {
  series: FrequencySeries[];
  rows: FrequencyRow[];
  /** The largest count (0 when nothing is coded). */
  max: number;
}

/**
 * The counts the chart draws: the indicators of the framework `rootCodeId` (under their
 * dimensions) × the informant groups of the role-ordered matrix; observation notes and
 * documents, which belong to no group, are left out.
 */
export function codeFrequencyByGroup(state: ProjectState, rootCodeId: string, locale: Locale): FrequencyChartData {
  const matrix = roleOrderedMatrix(state, { rootCodeId, locale, by: 'group' });
  const keep = matrix.columns.flatMap((column, j) => (column.key.startsWith('group:') ? [j] : []));
  const series = keep.map((j) => ({ key: matrix.columns[j]!.key, label: matrix.columns[j]!.label }));
  const out: FrequencyRow[] = matrix.rows.map((row, r) => {
    const heading = childrenOf(state, row.codeId).length > 0;
    return { codeId: row.codeId, label: row.label, heading, counts: heading ? [] : keep.map((j) => matrix.cells[r]![j]!.count) };
  });
  const max = Math.max(0, ...out.flatMap((row) => row.counts));
  return { series, rows: out, max };
}

/** Bar colours: distinct in colour and in grey (printed theses are often black and white). */
export const SERIES_COLOURS = ['#1f4e79', '#c55a11', '#7f7f7f', '#548235', '#bf9000', '#7030a0', '#2e75b6', '#843c0c'];

const WIDTH = 640;
const PAD = 16;
const LABEL_WIDTH = 196;
const FONT = 13;
const BAR = 13;
const BAR_GAP = 2;
const ROW_GAP = 10;

/** "Nice" tick step so the axis shows at most about six whole numbers. */
function tickStep(max: number): number {
  const rough = Math.max(1, max / 6);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  return Math.max(1, step);
}

/**
 * The chart as an SVG picture 640 px wide: a legend of the groups, then per indicator its
 * wrapped label and one horizontal bar per group with its count, dimensions as bold
 * headings, a count axis at the foot. Every bar carries `data-code`, `data-series` and
 * `data-count`.
 */
export function frequencyChartSvg(data: FrequencyChartData, locale: Locale, title: string): string {
  const body: string[] = [];
  let y = PAD;
  // Legend: swatch + label, flowing onto further lines when the groups do not fit on one.
  let x = PAD;
  const legendLine = 18;
  data.series.forEach((series, i) => {
    const label = wrapText(series.label, 180, FONT, { maxLines: 1 })[0]!;
    const width = 16 + textWidth(label, FONT) + 18;
    if (x + width > WIDTH - PAD && x > PAD) {
      x = PAD;
      y += legendLine;
    }
    body.push(`<rect x="${x}" y="${y}" width="12" height="12" fill="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/>`);
    body.push(textLines([label], x + 16, y + 10, { size: FONT }));
    x += width;
  });
  y += legendLine + 8;

  const plotLeft = PAD + LABEL_WIDTH + 8;
  const plotRight = WIDTH - PAD - 28;
  const plotWidth = plotRight - plotLeft;
  const max = Math.max(1, data.max);
  const step = tickStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const lengthOf = (count: number): number => (count / axisMax) * plotWidth;
  const plotTop = y;
  const seriesCount = Math.max(1, data.series.length);
  for (const row of data.rows) {
    if (row.heading) {
      const lines = wrapText(row.label, WIDTH - 2 * PAD, FONT, { bold: true });
      body.push(`<g data-heading="${escapeXml(row.codeId)}">${textLines(lines, PAD, y + FONT, { size: FONT, bold: true })}</g>`);
      y += lines.length * Math.round(FONT * 1.25) + 6;
      continue;
    }
    const lines = wrapText(row.label, LABEL_WIDTH - 8, FONT, { maxLines: 4 });
    const barsHeight = seriesCount * BAR + (seriesCount - 1) * BAR_GAP;
    const labelHeight = lines.length * Math.round(FONT * 1.25);
    const height = Math.max(barsHeight, labelHeight);
    const parts = [textLines(lines, PAD + 8, y + FONT - 1, { size: FONT })];
    const barTop = y + (height - barsHeight) / 2;
    row.counts.forEach((count, i) => {
      const top = px(barTop + i * (BAR + BAR_GAP));
      const length = px(lengthOf(count));
      parts.push(
        `<rect x="${plotLeft}" y="${top}" width="${length}" height="${BAR}" fill="${SERIES_COLOURS[i % SERIES_COLOURS.length]}" data-code="${escapeXml(row.codeId)}" data-series="${escapeXml(data.series[i]!.key)}" data-count="${count}"/>`,
      );
      parts.push(textLines([String(count)], px(plotLeft + length + 4), px(top + BAR - 2), { size: 10 }));
    });
    body.push(`<g data-indicator="${escapeXml(row.codeId)}">${parts.join('')}</g>`);
    y += height + ROW_GAP;
  }
  // The axis: a base line, whole-number ticks and what is counted.
  const axisY = y;
  body.push(`<line x1="${plotLeft}" y1="${plotTop - 4}" x2="${plotLeft}" y2="${axisY}" stroke="#000000" stroke-width="1"/>`);
  body.push(`<line x1="${plotLeft}" y1="${axisY}" x2="${plotRight}" y2="${axisY}" stroke="#000000" stroke-width="1"/>`);
  for (let tick = 0; tick <= axisMax; tick += step) {
    const tx = px(plotLeft + lengthOf(tick));
    body.push(`<line x1="${tx}" y1="${axisY}" x2="${tx}" y2="${axisY + 4}" stroke="#000000" stroke-width="1"/>`);
    body.push(textLines([String(tick)], tx, axisY + 16, { size: 10, anchor: 'middle' }));
  }
  body.push(textLines([translate(locale, 'figures:segmentCount')], px(plotLeft + plotWidth / 2), axisY + 32, { size: FONT, anchor: 'middle' }));
  return svgDocument(WIDTH, Math.ceil(axisY + 32 + PAD), body, title);
}
