/**
 * Dokumentasi penelitian: the fieldwork photos, each as wide as the page's text (aspect kept,
 * and never taller than most of the page), under it "Gambar N. <caption>" numbered as the
 * format numbers the lampiran's tables, then the date, the place and the informant or site.
 */
import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';
import type { Document } from '../model/types';
import type { Block } from './blocks';
import { note, STYLE } from './blocks';
import type { AppendixContext } from './context';
import { formatDate, partLabel } from './context';
import type { Orientation } from './format';
import { A4_TWIPS, sectionMargins, textWidthTwips } from './format';
import { informantName } from './informant-table';
import { pictureOrientation } from '../import/picture';

/** Word draws images at 96 dpi: 15 twips to a pixel. */
const TWIPS_PER_PIXEL = 15;
/** The share of the text height a photo may take, leaving room for its caption lines. */
const MAX_HEIGHT_SHARE = 0.7;

/** How each EXIF orientation is shown: turned clockwise by `rotation` degrees, mirrored when `flip`. */
const TURNS: Record<number, { rotation: number; flip: boolean }> = {
  1: { rotation: 0, flip: false },
  2: { rotation: 0, flip: true },
  3: { rotation: 180, flip: false },
  4: { rotation: 180, flip: true },
  5: { rotation: 270, flip: true },
  6: { rotation: 90, flip: false },
  7: { rotation: 90, flip: true },
  8: { rotation: 270, flip: false },
};

/** The project's photos in the order the student arranged the documents. */
export function orderedPictures(ctx: Pick<AppendixContext, 'state'>): Document[] {
  return Object.values(ctx.state.documents)
    .filter((d) => d.medium === 'picture' && d.original && d.picture)
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'id', { numeric: true }));
}

/** The size a photo is placed at, in pixels: the text width, unless that would make it too tall. */
export function placedSize(size: { width: number; height: number }, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

/** "L5.1" per lampiran (or "5.1" when lettered lampiran, or "4.1" by chapter), as tables are numbered. */
function figureNumbers(ctx: AppendixContext): () => string {
  const part = ctx.currentPart?.() ?? 1;
  let next = 1;
  return () => {
    const number = next++;
    if (ctx.format.tableNumbering === 'appendix') {
      const label = partLabel(ctx.format, part);
      return ctx.format.appendixTablePrefix && ctx.format.appendixNumbering === 'arabic' ? ctx.t('tableNumberInPart', { part: label, number }) : `${label}.${number}`;
    }
    return ctx.format.chapter ? `${ctx.format.chapter}.${number}` : String(number);
  };
}

export function picturesPart(ctx: AppendixContext, orientation: Orientation = 'portrait'): Block[] {
  const pictures = orderedPictures(ctx);
  if (pictures.length === 0) return [note(ctx.t('part_pictures_empty'))];
  const margins = sectionMargins(ctx.format, orientation);
  const pageHeight = orientation === 'portrait' ? A4_TWIPS.height : A4_TWIPS.width;
  const maxWidth = Math.floor(textWidthTwips(ctx.format, orientation) / TWIPS_PER_PIXEL);
  const maxHeight = Math.floor(((pageHeight - margins.top - margins.bottom) * MAX_HEIGHT_SHARE) / TWIPS_PER_PIXEL);
  const nextNumber = figureNumbers(ctx);
  const blocks: Block[] = [];
  for (const document of pictures) {
    const picture = document.picture!;
    const original = document.original!;
    const size = placedSize({ width: Math.max(1, picture.width), height: Math.max(1, picture.height) }, maxWidth, maxHeight);
    // A camera's sideways photo is stored lying down with an EXIF note to turn it, which Word and
    // LibreOffice ignore: the stored picture is drawn at the turned size's transpose, then turned.
    const turn = TURNS[pictureOrientation(original.bytes)] ?? TURNS[1]!;
    const frame = turn.rotation % 180 === 0 ? size : { width: size.height, height: size.width };
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        // "Auto" said outright: LibreOffice reads a bare line height as exact and clips the photo to one line.
        spacing: { before: 240, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new ImageRun({
            type: original.mediaType === 'image/png' ? 'png' : 'jpg',
            data: original.bytes,
            transformation: { ...frame, ...(turn.rotation ? { rotation: turn.rotation } : {}), ...(turn.flip ? { flip: { horizontal: true } } : {}) },
            altText: { name: document.title, title: picture.caption, description: picture.caption },
          }),
        ],
      }),
      new Paragraph({ style: 'Caption', text: ctx.t('figureCaption', { number: nextNumber(), caption: picture.caption || document.title }) }),
    );
    const informant = document.informantId ? ctx.state.informants[document.informantId] : undefined;
    const details = [
      picture.date ? ctx.t('pictureDate', { date: formatDate(ctx, picture.date) }) : '',
      picture.place ? ctx.t('picturePlace', { place: picture.place }) : '',
      informant ? ctx.t('pictureInformant', { informant: informantName(informant) }) : '',
    ].filter((d) => d !== '');
    if (details.length > 0) blocks.push(new Paragraph({ style: STYLE.sourceNote, alignment: AlignmentType.CENTER, text: details.join('; ') }));
  }
  return blocks;
}
