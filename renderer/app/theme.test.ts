/**
 * Every colour the theme gives text reaches WCAG AA (4.5:1) where it is drawn: secondary
 * text on the page greys, coloured text, light and subtle buttons on their fill and hover,
 * filled buttons and badges with their text. Mantine's defaults do not (e.g. white on
 * indigo-6 is 4.3:1, grey-6 "dimmed" text on white 3.3:1).
 */
import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrast, MIN_CONTRAST } from './contrast';
import { COLOR_ROLES, cssVariablesResolver, DIMMED, PAGE_BACKGROUNDS, theme } from './theme';

const palettes = DEFAULT_THEME.colors;

describe('the theme’s text colours', () => {
  it('keeps dimmed text readable on white and the light greys', () => {
    for (const bg of PAGE_BACKGROUNDS) expect(contrast(DIMMED, bg), bg).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it.each(Object.keys(palettes))('makes %s readable in every role', (name) => {
    const palette = palettes[name as keyof typeof palettes]!;
    const roles = COLOR_ROLES[name]!;
    expect(contrast(roles.filledText, roles.filled)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrast(roles.filledText, roles.filledHover)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    for (const bg of [...PAGE_BACKGROUNDS, palette[0], palette[1]]) expect(contrast(roles.text, bg), bg).toBeGreaterThanOrEqual(MIN_CONTRAST);
    for (const bg of ['#ffffff', palette[1], palette[2]]) expect(contrast(roles.lightText, bg), bg).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('hands those colours to Mantine as the light scheme’s variables', () => {
    const { light } = cssVariablesResolver({ ...DEFAULT_THEME, ...theme } as never);
    expect(light['--mantine-color-dimmed']).toBe(DIMMED);
    expect(light['--mantine-color-indigo-filled']).toBe(COLOR_ROLES.indigo!.filled);
    expect(light['--mantine-color-orange-light-color']).toBe(COLOR_ROLES.orange!.lightText);
    expect(light['--mantine-primary-color-contrast']).toBe('#ffffff');
    // The accent stays indigo, one shade deeper than Mantine's: white on it reads.
    expect(COLOR_ROLES.indigo!.filled).toBe(palettes.indigo[7]);
  });
});
