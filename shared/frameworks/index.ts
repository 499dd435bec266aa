export type { CodeTemplate, FrameworkTemplate } from './template';
export { FRAMEWORKS, frameworkById, instantiateFramework } from './instantiate';
export { PALETTE, NEUTRAL, colorName, isHexColor, isNamedColor, nextColor, tintOf } from './palette';
export type { PaletteColor } from './palette';
