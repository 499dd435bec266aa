/**
 * Conclusion drawing (penarikan kesimpulan): a conclusion on an indicator, a dimension or a
 * whole framework, its verdict on the project's scale, and the segments it rests on. Every
 * function returns the changeset of one undoable action; every row it writes records who
 * wrote it and when.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Conclusion } from '../model/types';
import { DomainError } from '../project/errors';
import { requireCode, requireSegment } from '../project/require-row';
import { ConclusionError } from './errors';

/** Who makes a change and when. */
export interface Authorship {
  /** The active coder; null = the project's owner. */
  coderId: string | null;
  /** ISO date-time of the change; defaults to now. */
  now?: string;
}

export interface NewConclusionInput {
  codeId: string;
  text?: string;
  /** One of the verdict scale's levels, or '' (default) when not decided. */
  verdict?: string;
  evidenceSegmentIds?: string[];
}

export interface ConclusionPatch {
  text?: string;
  verdict?: string;
}

const nowOf = (by: Authorship): string => by.now ?? new Date().toISOString();

/** The conclusion with this id, or DomainError('not-found'). */
export function requireConclusion(state: ProjectState, conclusionId: string): Conclusion {
  const row = Object.hasOwn(state.conclusions, conclusionId) ? state.conclusions[conclusionId] : undefined;
  if (!row) throw new DomainError('not-found', `conclusion ${conclusionId}`);
  return row;
}

/** '' or a level of the scale, exactly as the scale writes it; anything else is refused. */
function requireVerdict(state: ProjectState, verdict: string): string {
  if (verdict === '' || state.project.settings.verdictScale.includes(verdict)) return verdict;
  throw new ConclusionError('verdict-not-in-scale', verdict);
}

/** The ids of existing segments, each once, in the order given. */
function requireSegments(state: ProjectState, segmentIds: readonly string[]): string[] {
  for (const id of segmentIds) requireSegment(state, id);
  return [...new Set(segmentIds)];
}

/**
 * A new conclusion on `codeId`. The text is kept exactly as typed (a field saving while the
 * student types must not lose a trailing space); the verdict must be on the scale.
 */
export function addConclusion(
  state: ProjectState,
  input: NewConclusionInput,
  by: Authorship,
): { changeset: Changeset; conclusionId: string } {
  requireCode(state, input.codeId);
  const now = nowOf(by);
  const conclusion: Conclusion = {
    id: crypto.randomUUID(),
    projectId: state.project.id,
    codeId: input.codeId,
    text: input.text ?? '',
    verdict: requireVerdict(state, input.verdict ?? ''),
    evidenceSegmentIds: requireSegments(state, input.evidenceSegmentIds ?? []),
    coderId: by.coderId,
    createdAt: now,
    modifiedAt: now,
  };
  return { changeset: { put: { conclusions: [conclusion] } }, conclusionId: conclusion.id };
}

/** Changes a conclusion's text or verdict; an empty changeset when nothing changes. */
export function updateConclusion(state: ProjectState, conclusionId: string, patch: ConclusionPatch, by: Authorship): Changeset {
  const conclusion = requireConclusion(state, conclusionId);
  const text = patch.text ?? conclusion.text;
  const verdict = patch.verdict === undefined ? conclusion.verdict : requireVerdict(state, patch.verdict);
  if (text === conclusion.text && verdict === conclusion.verdict) return {};
  return { put: { conclusions: [{ ...conclusion, text, verdict, coderId: by.coderId, modifiedAt: nowOf(by) }] } };
}

/** Links segments as evidence, after those already linked; segments linked before are skipped. */
export function linkEvidence(state: ProjectState, conclusionId: string, segmentIds: readonly string[], by: Authorship): Changeset {
  const conclusion = requireConclusion(state, conclusionId);
  const added = requireSegments(state, segmentIds).filter((id) => !conclusion.evidenceSegmentIds.includes(id));
  if (added.length === 0) return {};
  const evidenceSegmentIds = [...conclusion.evidenceSegmentIds, ...added];
  return { put: { conclusions: [{ ...conclusion, evidenceSegmentIds, coderId: by.coderId, modifiedAt: nowOf(by) }] } };
}

/**
 * Takes one segment off a conclusion's evidence. The segment need not exist any more: a
 * link to a deleted segment must still be removable.
 */
export function unlinkEvidence(state: ProjectState, conclusionId: string, segmentId: string, by: Authorship): Changeset {
  const conclusion = requireConclusion(state, conclusionId);
  if (!conclusion.evidenceSegmentIds.includes(segmentId)) return {};
  const evidenceSegmentIds = conclusion.evidenceSegmentIds.filter((id) => id !== segmentId);
  return { put: { conclusions: [{ ...conclusion, evidenceSegmentIds, coderId: by.coderId, modifiedAt: nowOf(by) }] } };
}

/** Deletes a conclusion (undo brings it back with its evidence). */
export function deleteConclusion(state: ProjectState, conclusionId: string): Changeset {
  requireConclusion(state, conclusionId);
  return { delete: { conclusions: [conclusionId] } };
}

const byCodeCache = new WeakMap<ProjectState['conclusions'], Map<string, Conclusion[]>>();

/** The conclusions on one code, oldest first (usually one; merged files can bring more). */
export function conclusionsOn(state: ProjectState, codeId: string): Conclusion[] {
  let index = byCodeCache.get(state.conclusions);
  if (!index) {
    index = new Map();
    for (const conclusion of Object.values(state.conclusions)) {
      const list = index.get(conclusion.codeId);
      if (list) list.push(conclusion);
      else index.set(conclusion.codeId, [conclusion]);
    }
    for (const list of index.values()) list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    byCodeCache.set(state.conclusions, index);
  }
  return [...(index.get(codeId) ?? [])];
}
