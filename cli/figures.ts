/**
 * The CLI's edge for the Bab IV figures: SVG built in shared code, drawn as PNG with resvg
 * (Rust, no browser) off the main thread, several at once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FIGURE_PNG_SCALE, type ChapterFigure } from '../shared/chapter';

/** Where Liberation Sans (Linux) or Arial (Windows, macOS) usually lives, and its regular, bold and italic files. */
const FONT_PLACES: { family: string; dirs: string[]; files: string[] }[] = [
  {
    family: 'Liberation Sans',
    dirs: ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation', '/usr/share/fonts/liberation-sans', '/usr/share/fonts/liberation'],
    files: ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSans-Italic.ttf'],
  },
  { family: 'Arial', dirs: ['C:\\Windows\\Fonts', '/Library/Fonts', '/System/Library/Fonts/Supplemental'], files: ['arial.ttf', 'arialbd.ttf', 'ariali.ttf', 'Arial.ttf', 'Arial Bold.ttf', 'Arial Italic.ttf'] },
];

let fonts: ResvgRenderOptions['font'] | undefined;

/**
 * The figures' fonts: the three files of Liberation Sans or Arial when found (loading every
 * system font costs each picture tens of milliseconds), else all the system's fonts.
 */
function fontOptions(): ResvgRenderOptions['font'] {
  if (fonts) return fonts;
  for (const place of FONT_PLACES) {
    const found = place.dirs.flatMap((dir) => place.files.map((file) => join(dir, file))).filter((path) => existsSync(path));
    if (found.length > 0) return (fonts = { loadSystemFonts: false, fontFiles: found, defaultFontFamily: place.family, sansSerifFamily: place.family });
  }
  return (fonts = { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' });
}

/** An SVG picture as PNG bytes, `scale` PNG pixels per SVG pixel, on white. */
export async function svgToPng(svg: string, scale = FIGURE_PNG_SCALE): Promise<Uint8Array> {
  const rendered = await renderAsync(svg, { fitTo: { mode: 'zoom', value: scale }, font: fontOptions(), background: '#ffffff' });
  return new Uint8Array(rendered.asPng());
}

/** The figure-drawing hook of buildChapterDocx. */
export const figurePng = (figure: ChapterFigure): Promise<Uint8Array> => svgToPng(figure.svg);
