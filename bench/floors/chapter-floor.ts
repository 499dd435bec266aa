/**
 * The floor of writing the Bab IV draft from the command line: the work any program making it
 * must do, each step with the bare library. Node starting; reading the project file (unzipping
 * every entry, decoding the texts, one pass of an XML parser over the project XML without
 * building anything, JSON.parse of Pilah's extras, where the summaries and conclusions are);
 * drawing the same figures (SVG → PNG with resvg, the same scale and fonts as the app, all at
 * once); packing the same paragraphs with `docx`, each figure as its SVG with the PNG fallback.
 * Usage: node chapter-floor.mjs project.qdpx content.json figures-dir out.docx
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { ImageRun, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { floorDocument, type FloorBlock } from './docx-floor';

const [project, content, figures, output] = process.argv.slice(2);
if (project && content && figures && output) {
  const files = unzipSync(new Uint8Array(readFileSync(project)));
  const utf8 = new TextDecoder();
  let elements = 0;
  let texts = 0;
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('.qde')) {
      const parser = new SaxesParser();
      parser.on('opentag', () => elements++);
      parser.write(utf8.decode(bytes)).close();
    } else if (name.endsWith('.json')) JSON.parse(utf8.decode(bytes));
    else if (name.endsWith('.txt')) texts += utf8.decode(bytes).length;
  }
  if (elements === 0 || texts === 0) throw new Error('nothing read');

  const dir = '/usr/share/fonts/truetype/liberation';
  const fontFiles = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSans-Italic.ttf'].map((f) => join(dir, f)).filter((f) => existsSync(f));
  const font = fontFiles.length > 0 ? { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Liberation Sans' } : { loadSystemFonts: true };
  const svgs = readdirSync(figures).filter((f) => f.endsWith('.svg')).sort().map((f) => readFileSync(join(figures, f), 'utf8'));
  const rendered = await Promise.all(svgs.map((svg) => renderAsync(svg, { fitTo: { mode: 'zoom', value: 2 }, font, background: '#ffffff' })));
  const pictures = rendered.map(
    (image, i) =>
      new Paragraph({
        children: [
          new ImageRun({
            type: 'svg',
            data: new TextEncoder().encode(svgs[i]!),
            fallback: { type: 'png', data: new Uint8Array(image.asPng()) },
            transformation: { width: image.width / 2, height: image.height / 2 },
          }),
        ],
      }),
  );
  const blocks = JSON.parse(readFileSync(content, 'utf8')) as FloorBlock[];
  writeFileSync(output, await Packer.toBuffer(floorDocument(blocks, pictures)));
}
