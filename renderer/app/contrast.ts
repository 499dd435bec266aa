/**
 * WCAG 2.1 contrast arithmetic for the theme: which shade of a palette is dark enough to be
 * read as text on a background, and whether white or black reads better on a fill.
 */

/** WCAG AA for normal text (1.4.3). */
export const MIN_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.1). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `hex` mixed with black: `amount` 0 keeps it, 1 is black. */
export function darker(hex: string, amount: number): string {
  return `#${channels(hex)
    .map((c) => Math.round(c * (1 - amount)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * The first shade from `from` on (towards the dark end) that reads on every background in
 * `on`; past the palette's darkest shade, that shade darkened in small steps.
 */
export function readableShade(palette: readonly string[], on: readonly string[], from: number): string {
  const reads = (color: string) => on.every((bg) => contrast(color, bg) >= MIN_CONTRAST);
  for (let shade = from; shade < palette.length; shade++) if (reads(palette[shade]!)) return palette[shade]!;
  const darkest = palette[palette.length - 1]!;
  for (let step = 1; step <= 20; step++) {
    const color = darker(darkest, step * 0.05);
    if (reads(color)) return color;
  }
  return '#000000';
}

/** White or black, whichever reads better on `fill` (one of them always reaches 4.5:1). */
export function textOn(fill: string): '#ffffff' | '#000000' {
  return contrast('#ffffff', fill) >= contrast('#000000', fill) ? '#ffffff' : '#000000';
}

/**
 * The fill of a filled button or badge: the first shade from `from` up to `last` on which
 * white text reads; when none does (orange, yellow, green…) the `from` shade with black text.
 */
export function filledShade(palette: readonly string[], from: number, last = 8): { shade: number; text: '#ffffff' | '#000000' } {
  for (let shade = from; shade <= last; shade++) {
    if (contrast('#ffffff', palette[shade]!) >= MIN_CONTRAST) return { shade, text: '#ffffff' };
  }
  return { shade: from, text: textOn(palette[from]!) };
}
