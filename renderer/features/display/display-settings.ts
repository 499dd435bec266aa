/**
 * How the student has set up the display screen: which display, its columns, what cells
 * show. Kept outside the screen so that going to the transcript and back keeps the view.
 */
import { create } from 'zustand';
import type { DisplayKind, GroupBy } from '../../../shared/display';

export type CellMode = 'quotes' | 'reduced' | 'summaries' | 'counts';
export type HeatMeasure = 'count' | 'coverage';
/** The triangulation table by source (informant groups) or by technique (interviews, observation, documents). */
export type TriangulationBasis = 'source' | 'technique';
export const TRIANGULATION_BASES: readonly TriangulationBasis[] = ['source', 'technique'];

export const DISPLAY_KINDS: readonly DisplayKind[] = ['conceptual', 'role-ordered', 'checklist', 'co-occurrence', 'crossed', 'triangulation'];
export const CELL_MODES: readonly CellMode[] = ['quotes', 'reduced', 'summaries', 'counts'];

interface DisplaySettings {
  kind: DisplayKind;
  by: GroupBy;
  mode: CellMode;
  measure: HeatMeasure;
  basis: TriangulationBasis;
  /** The second framework of the crossed display; null = the first other top-level code. */
  crossWith: string | null;
  set(patch: Partial<Omit<DisplaySettings, 'set'>>): void;
}

export const useDisplaySettings = create<DisplaySettings>()((set) => ({
  kind: 'conceptual',
  by: 'group',
  mode: 'reduced',
  measure: 'count',
  basis: 'source',
  crossWith: null,
  set: (patch) => set(patch),
}));

/** The cell modes that make sense for a display: code × code cells have no summaries. */
export function modesFor(kind: DisplayKind): readonly CellMode[] {
  return kind === 'co-occurrence' || kind === 'crossed' ? CELL_MODES.filter((mode) => mode !== 'summaries') : CELL_MODES;
}
