import {
  createTheme,
  DEFAULT_THEME,
  defaultVariantColorsResolver,
  Drawer,
  mergeThemeOverrides,
  Modal,
  NavLink,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';
import { filledShade, readableShade, textOn } from './contrast';

/**
 * Every colour the app shows text in reaches WCAG AA (4.5:1): Mantine's defaults do not
 * (grey "dimmed" text, white on indigo-6, orange and teal badges, light variants on their
 * hover shade). The fixes live here, once, rather than in each component.
 */
const palettes = DEFAULT_THEME.colors;
const gray = palettes.gray;

/** Secondary text (`c="dimmed"`): a grey between Mantine's 6 and 7 that reads on white and the light greys. */
export const DIMMED = '#5c636a';
/** Backgrounds secondary and coloured text sits on: white, the app's grey page, striped rows, "no data" cells. */
export const PAGE_BACKGROUNDS = ['#ffffff', gray[0], gray[1], gray[2]] as const;

export interface ColorRoles {
  /** Fill of filled buttons and badges, its hover, and the text on both. */
  filled: string;
  filledHover: string;
  filledText: '#ffffff' | '#000000';
  /** Text in the colour (`c="red"`, anchors, outline buttons) on white and the page greys. */
  text: string;
  /** Text of light and subtle variants, on the colour's light shade and its hover shade. */
  lightText: string;
}

/** The readable role colours of one palette. */
export function colorRoles(palette: readonly string[]): ColorRoles {
  const { shade, text } = filledShade(palette, 6);
  // Hovering keeps the text readable: darker under white text, lighter under black.
  const hover = text === '#ffffff' ? Math.min(shade + 1, 9) : Math.max(shade - 1, 0);
  return {
    filled: palette[shade]!,
    filledHover: palette[hover]!,
    filledText: text,
    text: readableShade(palette, [...PAGE_BACKGROUNDS, palette[0]!, palette[1]!], 6),
    lightText: readableShade(palette, [palette[1]!, palette[2]!], 9),
  };
}

export const COLOR_ROLES: Record<string, ColorRoles> = Object.fromEntries(
  Object.entries(palettes).map(([name, palette]) => [name, colorRoles(palette)]),
);

const PRIMARY = 'indigo';

/** The light scheme's CSS variables, overriding Mantine's where its contrast falls short. */
export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': DIMMED,
    '--mantine-color-anchor': COLOR_ROLES[PRIMARY]!.text,
    '--mantine-color-error': COLOR_ROLES.red!.text,
    '--mantine-color-success': COLOR_ROLES.teal!.text,
    '--mantine-primary-color-contrast': COLOR_ROLES[PRIMARY]!.filledText,
  };
  for (const [name, roles] of Object.entries(COLOR_ROLES)) {
    light[`--mantine-color-${name}-filled`] = roles.filled;
    light[`--mantine-color-${name}-filled-hover`] = roles.filledHover;
    light[`--mantine-color-${name}-text`] = roles.text;
    light[`--mantine-color-${name}-outline`] = roles.text;
    light[`--mantine-color-${name}-light-color`] = roles.lightText;
  }
  return { variables: {}, light, dark: {} };
};

/** Filled variants get the text colour that reads on their fill (white is not always it). */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'filled') return colors;
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (parsed.isThemeColor && parsed.shade === undefined) {
    const roles = COLOR_ROLES[parsed.color];
    return roles ? { ...colors, color: roles.filledText } : colors;
  }
  return /^#[0-9a-f]{3,6}$/i.test(parsed.value) ? { ...colors, color: textOn(parsed.value) } : colors;
};

/** A calm desktop look: system fonts, one sober accent, small radii. */
export const theme = createTheme({
  primaryColor: PRIMARY,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
  headings: { fontWeight: '600' },
  variantColorResolver,
  components: {
    // The active step's progress line is text too: full strength, not faded to 90%.
    NavLink: NavLink.extend({ styles: { description: { opacity: 1 } } }),
  },
});

/**
 * The theme with what needs words: dialogs' close buttons are named ("Tutup" / "Close"),
 * and a dialog's header is no page banner (Mantine draws it as `<header>`).
 */
export function localizedTheme(closeLabel: string) {
  const dialog = { closeButtonProps: { 'aria-label': closeLabel }, attributes: { header: { role: 'none' } } };
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: Modal.extend({ defaultProps: dialog }),
        Drawer: Drawer.extend({ defaultProps: dialog }),
      },
    }),
  );
}
