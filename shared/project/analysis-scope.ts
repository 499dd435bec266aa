/**
 * Whose codings the analysis is built from. The reduction grid, the displays, the warnings
 * and the appendix read the owner's codings and those of every coder except second coders:
 * a second coder codes the same transcripts for inter-coder agreement only, and their codings
 * enter the analysis once accepted into the merged coding (agreement's "accept"). Without this
 * rule, importing a second coder would count every passage twice in the thesis matrices.
 */
import type { ProjectState } from '../model/changeset';
import type { Segment } from '../model/types';

/** True when a coder's codings count in the analysis (null = the owner). */
export function isAnalysedCoder(state: ProjectState, coderId: string | null): boolean {
  return coderId === null || state.coders[coderId]?.role !== 'secondCoder';
}

/** True when the segment counts in the reduction, the displays and the appendix. */
export function isAnalysed(state: ProjectState, segment: Segment): boolean {
  return isAnalysedCoder(state, segment.coderId ?? null);
}
