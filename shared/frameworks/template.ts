/**
 * The shape of a built-in framework and the small builders the framework files use, so
 * that every template gets its colours the same way: a neutral root, one palette colour
 * per dimension, and tints of that colour for the dimension's indicators.
 */
import type { FrameworkId, LocalizedText } from '../model/types';
import { NEUTRAL, tintOf } from './palette';

export interface CodeTemplate {
  /** Stable key within the framework ("enabling.socialisation"). */
  key: string;
  label: LocalizedText;
  /** Operational definition: what counts, what does not. Our own wording. */
  definition: LocalizedText;
  /** #RRGGBB from the colour-blind-safe palette. */
  color: string;
  children?: CodeTemplate[];
}

export interface FrameworkTemplate {
  id: FrameworkId;
  label: LocalizedText;
  /** One line for the new-project wizard card. */
  description: LocalizedText;
  /** Citation shown beside every code of the framework. */
  source: string;
  /** Exactly one root: the framework itself, whose children are its dimensions. */
  codes: CodeTemplate[];
}

/** What a framework file writes for one indicator (colour comes from its dimension). */
export interface IndicatorSpec {
  key: string;
  label: LocalizedText;
  definition: LocalizedText;
}

export interface DimensionSpec extends IndicatorSpec {
  color: string;
  indicators?: IndicatorSpec[];
}

/** A dimension code with its indicators, tinted from the dimension's colour. */
export function dimension(spec: DimensionSpec): CodeTemplate {
  const { indicators, ...code } = spec;
  const template: CodeTemplate = { ...code };
  if (indicators?.length) {
    template.children = indicators.map((indicator, i) => ({
      ...indicator,
      key: `${spec.key}.${indicator.key}`,
      color: tintOf(spec.color, i),
    }));
  }
  return template;
}

/** The framework's root code, grey because it groups rather than codes. */
export function frameworkRoot(root: IndicatorSpec, dimensions: DimensionSpec[]): CodeTemplate[] {
  return [{ ...root, color: NEUTRAL.hex, children: dimensions.map(dimension) }];
}
