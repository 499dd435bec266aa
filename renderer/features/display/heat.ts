/**
 * The heat map's colour scale: ColorBrewer's sequential "Blues", which readers with any
 * common colour-vision deficiency still see as light-to-dark, and a name for every step.
 */
export const HEAT_COLORS = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;
/** Dark steps need light text. */
export const HEAT_TEXT = ['inherit', 'inherit', 'inherit', '#ffffff', '#ffffff'] as const;
