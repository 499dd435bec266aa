/**
 * The Miles & Huberman data displays, as pure functions of a project's state. Every cell
 * keeps the ids of its segments, so each display clicks through to its text (cellSegments).
 */
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { childrenOf } from '../project/code-tree';
import { cellSummariesFromState, triangulationVerdictsFromState } from '../reduction/display-inputs';
import { asChecklist, conceptuallyClusteredMatrix, roleOrderedMatrix } from './clustered';
import { coOccurrenceMatrix, crossedMatrix } from './co-occurrence';
import { frameworkRows } from './code-rows';
import { triangulationTable } from './triangulation';
import type { ChecklistMatrix, DisplayMatrix, TriangulationTable } from './types';

export { cellSegments } from './cell-segments';
export { codedWith, countedCodeIds, ownCell } from './counting';
export { checklistMatrix, conceptuallyClusteredMatrix, heatLevel, heatRange, roleOrderedMatrix } from './clustered';
export type { ClusteredOptions, RoleOrderedOptions } from './clustered';
export { coOccurrenceMatrix, crossedMatrix } from './co-occurrence';
export type { CoOccurrenceOptions, CrossedOptions } from './co-occurrence';
export { triangulationTable } from './triangulation';
export type { TriangulationOptions } from './triangulation';
export { frameworkRows } from './code-rows';
export type { GroupBy } from './columns';
export * from './types';

export interface AllDisplays {
  conceptual: DisplayMatrix;
  byGroup: DisplayMatrix;
  byCategory: DisplayMatrix;
  checklist: ChecklistMatrix;
  coOccurrence: DisplayMatrix;
  crossed: DisplayMatrix;
  triangulation: TriangulationTable;
}

/**
 * Every display of one framework, as the display screen and the appendix export need
 * them (and the benchmark measures): co-occurrence over all the framework's codes, and the
 * framework crossed with `crossWithRootCodeId` — by default the first other top-level code,
 * or the framework itself when there is none. Cells carry the student's stored summaries
 * and the triangulation table their stored verdicts and notes.
 */
export function buildAllDisplays(
  state: ProjectState,
  rootCodeId: string,
  opts: { locale?: Locale; crossWithRootCodeId?: string } = {},
): AllDisplays {
  const locale = opts.locale ?? 'id';
  const crossWith =
    opts.crossWithRootCodeId ?? childrenOf(state, null).find((code) => code.id !== rootCodeId)?.id ?? rootCodeId;
  const summaries = cellSummariesFromState(state);
  const conceptual = conceptuallyClusteredMatrix(state, { rootCodeId, locale, summaries });
  return {
    conceptual,
    byGroup: roleOrderedMatrix(state, { rootCodeId, locale, by: 'group', summaries }),
    byCategory: roleOrderedMatrix(state, { rootCodeId, locale, by: 'category', summaries }),
    checklist: asChecklist(conceptual),
    coOccurrence: coOccurrenceMatrix(state, {
      codeIds: frameworkRows(state, rootCodeId, locale).map((row) => row.codeId),
      locale,
    }),
    crossed: crossedMatrix(state, { rowRootCodeId: rootCodeId, columnRootCodeId: crossWith, locale }),
    triangulation: triangulationTable(state, { rootCodeId, locale, summaries, verdicts: triangulationVerdictsFromState(state) }),
  };
}
export { projectTechniques, techniqueKey, techniqueTable, TECHNIQUES } from './technique';
export type { TechniqueOptions } from './technique';
