/**
 * Code colours. The base colours are Okabe & Ito's colour-blind-safe set (2008) plus Paul
 * Tol's "muted" scheme (2021) for the colours Okabe–Ito lacks, so that up to fifteen codes
 * stay apart for readers with any common colour-vision deficiency. Sub-codes take lighter
 * tints of their parent's hue, which keeps a framework's dimensions visually grouped.
 * Every colour has a name in both languages, so a colour is never the only cue.
 */
import type { Locale, LocalizedText } from '../model/types';

export interface PaletteColor {
  hex: string;
  name: LocalizedText;
}

/** Base colours in the order new codes receive them. */
export const PALETTE: readonly PaletteColor[] = [
  { hex: '#0072B2', name: { id: 'Biru', en: 'Blue' } },
  { hex: '#E69F00', name: { id: 'Jingga', en: 'Orange' } },
  { hex: '#009E73', name: { id: 'Hijau kebiruan', en: 'Bluish green' } },
  { hex: '#CC79A7', name: { id: 'Ungu kemerahan', en: 'Reddish purple' } },
  { hex: '#56B4E9', name: { id: 'Biru langit', en: 'Sky blue' } },
  { hex: '#D55E00', name: { id: 'Merah bata', en: 'Vermilion' } },
  { hex: '#F0E442', name: { id: 'Kuning', en: 'Yellow' } },
  { hex: '#332288', name: { id: 'Nila', en: 'Indigo' } },
  { hex: '#117733', name: { id: 'Hijau tua', en: 'Dark green' } },
  { hex: '#44AA99', name: { id: 'Hijau toska', en: 'Teal' } },
  { hex: '#88CCEE', name: { id: 'Sian', en: 'Cyan' } },
  { hex: '#DDCC77', name: { id: 'Krem pasir', en: 'Sand' } },
  { hex: '#CC6677', name: { id: 'Merah mawar', en: 'Rose' } },
  { hex: '#882255', name: { id: 'Merah anggur', en: 'Wine' } },
  { hex: '#AA4499', name: { id: 'Ungu', en: 'Purple' } },
  { hex: '#999933', name: { id: 'Hijau zaitun', en: 'Olive' } },
];

/** Neutral colour for framework roots, which group codes rather than being coded themselves. */
export const NEUTRAL: PaletteColor = { hex: '#BBBBBB', name: { id: 'Abu-abu', en: 'Grey' } };

/** How much white each tint level mixes in, and what the level is called. */
const TINTS: readonly { amount: number; name: LocalizedText }[] = [
  { amount: 0.3, name: { id: 'muda', en: 'Light' } },
  { amount: 0.5, name: { id: 'lebih muda', en: 'Lighter' } },
  { amount: 0.68, name: { id: 'pucat', en: 'Pale' } },
];

const HEX = /^#[0-9a-f]{6}$/i;

/** True for a colour written as #RRGGBB. */
export function isHexColor(value: string): boolean {
  return HEX.test(value);
}

function toRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function mixWithWhite(hex: string, amount: number): string {
  const [r, g, b] = toRgb(hex);
  const mix = (c: number): number => Math.round(c + (255 - c) * amount);
  return toHex([mix(r), mix(g), mix(b)]);
}

/**
 * The colour of a sub-code: a lighter tint of its parent's colour. Siblings cycle through
 * the tint levels so that neighbours in the tree differ.
 */
export function tintOf(parentHex: string, siblingIndex: number): string {
  const level = TINTS[((siblingIndex % TINTS.length) + TINTS.length) % TINTS.length]!;
  return mixWithWhite(isHexColor(parentHex) ? parentHex : NEUTRAL.hex, level.amount);
}

/** Every named colour, tints included, by upper-case hex. */
const NAMED: ReadonlyMap<string, LocalizedText> = (() => {
  const named = new Map<string, LocalizedText>();
  for (const base of [...PALETTE, NEUTRAL]) {
    named.set(base.hex, base.name);
    for (const tint of TINTS) {
      named.set(mixWithWhite(base.hex, tint.amount), {
        id: `${base.name.id} ${tint.name.id}`,
        en: `${tint.name.en} ${base.name.en.toLowerCase()}`,
      });
    }
  }
  return named;
})();

/** True when the colour is a palette colour or one of its tints, i.e. has a name of its own. */
export function isNamedColor(hex: string): boolean {
  return NAMED.has(hex.toUpperCase());
}

/**
 * The name of a colour in the given language. A colour outside the palette (picked freely
 * by the user) is named after the nearest palette colour, so every colour has a name.
 */
export function colorName(hex: string, locale: Locale): string {
  const key = hex.toUpperCase();
  const exact = NAMED.get(key);
  if (exact) return exact[locale];
  if (!isHexColor(hex)) return locale === 'id' ? 'Warna tidak dikenal' : 'Unknown colour';
  const [r, g, b] = toRgb(key);
  let best: LocalizedText = NEUTRAL.name;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [candidate, name] of NAMED) {
    const [cr, cg, cb] = toRgb(candidate);
    const distance = (r - cr) ** 2 + (g - cg) ** 2 + (b - cb) ** 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  return best[locale];
}

/**
 * The colour for a new top-level code: the first base colour nobody uses yet, or, when all
 * are taken, the one used least often (earliest in the palette on a tie).
 */
export function nextColor(usedColors: Iterable<string>): string {
  const uses = new Map<string, number>(PALETTE.map((c) => [c.hex, 0]));
  for (const used of usedColors) {
    const key = used.toUpperCase();
    const count = uses.get(key);
    if (count !== undefined) uses.set(key, count + 1);
  }
  let best = PALETTE[0]!.hex;
  let bestCount = Number.POSITIVE_INFINITY;
  for (const color of PALETTE) {
    const count = uses.get(color.hex)!;
    if (count < bestCount) {
      best = color.hex;
      bestCount = count;
    }
  }
  return best;
}
