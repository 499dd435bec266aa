import { describe, expect, it } from 'vitest';
import { colorName, isHexColor, NEUTRAL, nextColor, PALETTE, tintOf } from './palette';

describe('palette', () => {
  it('has distinct colours, each named differently in both languages', () => {
    const all = [...PALETTE, NEUTRAL];
    expect(new Set(all.map((c) => c.hex)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.name.id)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.name.en)).size).toBe(all.length);
  });

  it.each([
    ['#0072B2', 'id', 'Biru'],
    ['#0072b2', 'en', 'Blue'],
    ['#E69F00', 'id', 'Jingga'],
    [tintOf('#0072B2', 0), 'id', 'Biru muda'],
    [tintOf('#0072B2', 0), 'en', 'Light blue'],
    [tintOf('#009E73', 2), 'en', 'Pale bluish green'],
    ['#0073B3', 'en', 'Blue'], // a freely picked colour is named after its nearest neighbour
    ['#FFFFFF', 'en', 'Pale grey'],
    ['red', 'en', 'Unknown colour'],
  ] as const)('colorName(%s, %s) = %s', (hex, locale, name) => {
    expect(colorName(hex, locale)).toBe(name);
  });

  it('tints get lighter than their parent and cycle through three levels', () => {
    const brightness = (hex: string): number => [1, 3, 5].reduce((sum, i) => sum + Number.parseInt(hex.slice(i, i + 2), 16), 0);
    const tints = [0, 1, 2, 3].map((i) => tintOf('#D55E00', i));
    for (const tint of tints) {
      expect(isHexColor(tint)).toBe(true);
      expect(brightness(tint)).toBeGreaterThan(brightness('#D55E00'));
    }
    expect(new Set(tints.slice(0, 3)).size).toBe(3);
    expect(tints[3]).toBe(tints[0]);
  });

  it.each([
    { used: [], next: '#0072B2' },
    { used: ['#0072b2'], next: '#E69F00' },
    { used: ['#0072B2', '#E69F00', '#123456'], next: '#009E73' },
    { used: [...PALETTE.map((c) => c.hex), '#0072B2', '#E69F00'], next: '#009E73' },
    { used: [...PALETTE.map((c) => c.hex), ...PALETTE.map((c) => c.hex)], next: '#0072B2' },
  ])('nextColor after $used.length used colours is $next', ({ used, next }) => {
    expect(nextColor(used)).toBe(next);
  });
});
