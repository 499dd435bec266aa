/**
 * The CLI's edge for the Bab IV figures: SVG built in shared code, drawn as PNG with resvg
 * (Rust, no browser), the fonts of the system (Liberation Sans / Arial where installed).
 */
import { Resvg } from '@resvg/resvg-js';
import { FIGURE_PNG_SCALE, type ChapterFigure } from '../shared/chapter';

/** An SVG picture as PNG bytes, `scale` PNG pixels per SVG pixel. */
export function svgToPng(svg: string, scale = FIGURE_PNG_SCALE): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The figure-drawing hook of buildChapterDocx. */
export const figurePng = (figure: ChapterFigure): Uint8Array => svgToPng(figure.svg);
