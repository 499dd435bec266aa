/**
 * What the student chose in the export dialog — which parts in which order, the thesis
 * format, the language — kept per project between visits. The parts always follow the
 * appendix registry: a part added to Pilah later appears (chosen) in its registry place, a
 * part that no longer exists drops out, so a stored choice can never name a bad part.
 */
import type { AppendixFormat, AppendixPart, AppendixPartInfo, Orientation } from '../../../shared/appendix';
import { resolveFormat } from '../../../shared/appendix';
import type { Locale } from '../../../shared/model/types';

export interface PartChoice {
  id: AppendixPart;
  included: boolean;
  /** Landscape or portrait, for parts that may turn; undefined = the part's own. */
  orientation?: Orientation;
}

export interface ExportChoices {
  parts: PartChoice[];
  format: AppendixFormat;
  locale: Locale;
}

/** Every part of the registry, included, in registry order, with the thesis defaults. */
export function defaultChoices(registry: readonly AppendixPartInfo[], locale: Locale): ExportChoices {
  return { parts: registry.map((part) => ({ id: part.id, included: true })), format: resolveFormat(), locale };
}

/**
 * A stored choice made valid against the registry as it is now: unknown parts dropped,
 * repeats dropped, new parts inserted after the part that precedes them in the registry,
 * the format brought into range.
 */
export function reconcileChoices(stored: unknown, registry: readonly AppendixPartInfo[], fallbackLocale: Locale): ExportChoices {
  const fresh = defaultChoices(registry, fallbackLocale);
  if (!stored || typeof stored !== 'object') return fresh;
  const raw = stored as { parts?: unknown; format?: unknown; locale?: unknown };
  const known = new Map(registry.map((part) => [part.id as string, part]));
  const parts: PartChoice[] = [];
  for (const entry of Array.isArray(raw.parts) ? raw.parts : []) {
    const id = (entry as { id?: unknown })?.id;
    if (typeof id !== 'string' || !known.has(id) || parts.some((p) => p.id === id)) continue;
    const orientation = (entry as { orientation?: unknown }).orientation;
    parts.push({
      id: id as AppendixPart,
      included: (entry as { included?: unknown }).included !== false,
      ...(orientation === 'portrait' || orientation === 'landscape' ? { orientation } : {}),
    });
  }
  registry.forEach((part, i) => {
    if (parts.some((p) => p.id === part.id)) return;
    const before = registry.slice(0, i).map((p) => p.id);
    const at = parts.reduce((position, p, j) => (before.includes(p.id) ? j + 1 : position), 0);
    parts.splice(at, 0, { id: part.id, included: true });
  });
  const locale: Locale = raw.locale === 'en' || raw.locale === 'id' ? raw.locale : fallbackLocale;
  const format = resolveFormat(raw.format && typeof raw.format === 'object' ? (raw.format as Partial<AppendixFormat>) : {});
  return { parts, format, locale };
}

/** The list with the part at `index` moved one place up (-1) or down (+1). */
export function movePart(parts: readonly PartChoice[], index: number, by: -1 | 1): PartChoice[] {
  const other = index + by;
  if (index < 0 || other < 0 || other >= parts.length) return [...parts];
  const next = [...parts];
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}

/**
 * The parts to write, in order, and the orientation chosen for each. Given the registry as
 * described for the project, a part the project has no data for is left out, however chosen.
 */
export function chosenParts(
  choices: ExportChoices,
  registry?: readonly AppendixPartInfo[],
): { parts: AppendixPart[]; orientation: Partial<Record<AppendixPart, Orientation>> } {
  const empty = new Set((registry ?? []).filter((part) => !part.hasData).map((part) => part.id));
  const included = choices.parts.filter((part) => part.included && !empty.has(part.id));
  const orientation: Partial<Record<AppendixPart, Orientation>> = {};
  for (const part of included) if (part.orientation) orientation[part.id] = part.orientation;
  return { parts: included.map((part) => part.id), orientation };
}
