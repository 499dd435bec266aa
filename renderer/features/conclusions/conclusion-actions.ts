/**
 * What the controls of a conclusion card do. A card without a conclusion yet shows empty
 * fields: the first text, verdict or evidence given there creates the conclusion, so the
 * student never has to press "add" before writing.
 */
import type { ProjectState } from '../../../shared/model/changeset';
import {
  addConclusion,
  conclusionsOn,
  deleteConclusion,
  editVerdictScale,
  linkEvidence,
  unlinkEvidence,
  updateConclusion,
  type VerdictLevelEdit,
} from '../../../shared/conclusions';
import { act } from '../../store';

/** Where a card's edit goes: an existing conclusion, or a new one on the code. */
export interface ConclusionTarget {
  codeId: string;
  conclusionId: string | null;
}

/** The conclusion an edit goes to: the target's, or the one another edit just created on the code. */
function existing(state: ProjectState, target: ConclusionTarget): string | null {
  return target.conclusionId ?? conclusionsOn(state, target.codeId)[0]?.id ?? null;
}

export function saveConclusionText(target: ConclusionTarget, text: string): Promise<boolean> {
  return act(target.conclusionId === null ? 'addConclusion' : 'editConclusion', (state, by) => {
    const conclusionId = existing(state, target);
    if (conclusionId === null) return addConclusion(state, { codeId: target.codeId, text }, by).changeset;
    return updateConclusion(state, conclusionId, { text }, by);
  });
}

export function setConclusionVerdict(target: ConclusionTarget, verdict: string): Promise<boolean> {
  return act(target.conclusionId === null ? 'addConclusion' : 'setConclusionVerdict', (state, by) => {
    const conclusionId = existing(state, target);
    if (conclusionId === null) return addConclusion(state, { codeId: target.codeId, verdict }, by).changeset;
    return updateConclusion(state, conclusionId, { verdict }, by);
  });
}

export function linkConclusionEvidence(target: ConclusionTarget, segmentIds: string[]): Promise<boolean> {
  return act(target.conclusionId === null ? 'addConclusion' : 'linkEvidence', (state, by) => {
    const conclusionId = existing(state, target);
    if (conclusionId === null) return addConclusion(state, { codeId: target.codeId, evidenceSegmentIds: segmentIds }, by).changeset;
    return linkEvidence(state, conclusionId, segmentIds, by);
  });
}

export function unlinkConclusionEvidence(conclusionId: string, segmentId: string): Promise<boolean> {
  return act('unlinkEvidence', (state, by) => unlinkEvidence(state, conclusionId, segmentId, by));
}

export function removeConclusion(conclusionId: string): Promise<boolean> {
  return act('deleteConclusion', (state) => deleteConclusion(state, conclusionId));
}

export function saveVerdictScale(levels: VerdictLevelEdit[]): Promise<boolean> {
  return act('editVerdictScale', (state, by) => editVerdictScale(state, levels, by));
}
