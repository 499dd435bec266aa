/**
 * The few pieces every figure is drawn with: escaped text, labels wrapped to a width, and
 * the fixed font list. Widths of text are estimated from the font size (no font metrics
 * in pure TS); the estimate leans wide so a wrapped line never spills out of its box.
 */

/** The generic font list of every figure: the same metrics in LibreOffice, Word and resvg. */
export const FONT_FAMILY = 'Liberation Sans, Arial, sans-serif';

/** Text made safe inside an SVG element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Estimated width in px of `text` at `size` px (Liberation Sans averages about 0.55 em; 0.58 leaves room). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) em += /[A-Z0-9MW@%&]/.test(char) ? 0.68 : /[il.,:;'|!ıj ]/.test(char) ? 0.3 : 0.56;
  return em * size * (bold ? 1.08 : 1);
}

/**
 * `text` wrapped into lines no wider than `width` at `size` px, breaking between words; a
 * word longer than a line is cut. At most `maxLines` lines, the last one ending in "…".
 */
export function wrapText(text: string, width: number, size: number, opts: { bold?: boolean; maxLines?: number } = {}): string[] {
  const fits = (line: string): boolean => textWidth(line, size, opts.bold) <= width;
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    // A word wider than the line is cut into pieces that fit.
    while (!fits(word) && word.length > 1) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  const max = opts.maxLines ?? Infinity;
  if (lines.length <= max) return lines.length ? lines : [''];
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && !fits(`${last}…`)) last = last.slice(0, -1);
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}

export interface TextOptions {
  size: number;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Distance between baselines in px; default 1.25 × size. */
  lineHeight?: number;
}

/** A multi-line text element whose first baseline is at `y`. */
export function textLines(lines: string[], x: number, y: number, opts: TextOptions): string {
  const lineHeight = opts.lineHeight ?? Math.round(opts.size * 1.25);
  const attrs = [
    `x="${x}"`,
    `y="${y}"`,
    `font-size="${opts.size}"`,
    opts.bold ? 'font-weight="bold"' : '',
    opts.italic ? 'font-style="italic"' : '',
    `fill="${opts.fill ?? '#000000'}"`,
    opts.anchor && opts.anchor !== 'start' ? `text-anchor="${opts.anchor}"` : '',
  ].filter(Boolean);
  const spans = lines.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`).join('');
  return `<text ${attrs.join(' ')}>${spans}</text>`;
}

/** The whole picture: fixed pixel size, white background, the generic font list. */
export function svgDocument(width: number, height: number, body: string[], title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** A number rounded for an SVG attribute (no long fractions in the file). */
export const px = (value: number): number => Math.round(value * 10) / 10;
