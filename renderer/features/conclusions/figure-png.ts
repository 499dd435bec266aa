/**
 * The app's edge for the Bab IV figures: the SVG built in shared code drawn as PNG by the
 * browser itself (SVG → Image → canvas → PNG), so the app needs no native renderer.
 */
import { FIGURE_PNG_SCALE, type ChapterFigure } from '../../../shared/chapter';

/** A figure as PNG bytes at FIGURE_PNG_SCALE times its size, on white. */
export async function figurePngInBrowser(figure: ChapterFigure): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([figure.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(figure.width, figure.height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(`The figure ${figure.name} could not be drawn.`));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(figure.width * FIGURE_PNG_SCALE);
    canvas.height = Math.round(figure.height * FIGURE_PNG_SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the figure on.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((png) => (png ? resolve(png) : reject(new Error(`The figure ${figure.name} could not be drawn.`))), 'image/png'),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
