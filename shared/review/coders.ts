/**
 * Coders: the named people who work on a project beside its owner (the student who made
 * it, coder id null): a supervisor who reviews, a second coder for inter-coder agreement.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Coder, CoderRole, Locale } from '../model/types';
import { translate } from '../i18n';
import { ReviewError } from './errors';
import { ownRow } from './own-row';

export const CODER_ROLES: readonly CoderRole[] = ['student', 'supervisor', 'secondCoder'];

export interface CoderInput {
  name: string;
  role: CoderRole;
}

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new ReviewError('empty-text');
  return trimmed;
}

/** The coder, or 'not-found'. */
export function requireCoder(state: ProjectState, coderId: string): Coder {
  const coder = ownRow(state.coders, coderId);
  if (!coder) throw new ReviewError('not-found');
  return coder;
}

/** Adds a named coder (the name is trimmed; an empty one is refused). */
export function addCoder(
  state: ProjectState,
  input: CoderInput,
  now: string = new Date().toISOString(),
): { changeset: Changeset; coderId: string } {
  const coder: Coder = { id: crypto.randomUUID(), projectId: state.project.id, name: cleanName(input.name), role: input.role, createdAt: now };
  return { changeset: { put: { coders: [coder] } }, coderId: coder.id };
}

/** Renames a coder or changes their role; an empty changeset when nothing changes. */
export function updateCoder(state: ProjectState, coderId: string, patch: Partial<CoderInput>): Changeset {
  const coder = requireCoder(state, coderId);
  const next: Coder = {
    ...coder,
    name: patch.name === undefined ? coder.name : cleanName(patch.name),
    role: patch.role ?? coder.role,
  };
  if (next.name === coder.name && next.role === coder.role) return {};
  return { put: { coders: [next] } };
}

/** How much a coder made: what removing them would leave without an author. */
export function coderWork(state: ProjectState, coderId: string): { segments: number; analysis: number; comments: number } {
  const count = <T>(rows: Record<string, T>, mine: (row: T) => boolean) => Object.values(rows).filter(mine).length;
  return {
    segments: count(state.segments, (s) => s.coderId === coderId),
    analysis:
      count(state.cellSummaries, (c) => c.coderId === coderId) +
      count(state.triangulationNotes, (n) => n.coderId === coderId) +
      count(state.conclusions, (c) => c.coderId === coderId),
    comments: count(state.comments, (c) => c.authorId === coderId || c.resolvedBy === coderId),
  };
}

/**
 * Removes a coder who has not made anything yet (a name typed by mistake). A coder with
 * codings, summaries, conclusions or comments is refused ('coder-has-work'): their work
 * would lose its author, and inter-coder agreement would silently change hands.
 */
export function removeCoder(state: ProjectState, coderId: string): Changeset {
  requireCoder(state, coderId);
  const work = coderWork(state, coderId);
  if (work.segments + work.analysis + work.comments > 0) throw new ReviewError('coder-has-work', work);
  return { delete: { coders: [coderId] } };
}

/** Coders in the order they were added. */
export function codersInOrder(state: ProjectState): Coder[] {
  return Object.values(state.coders).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
}

/**
 * The name shown for an author: the coder's name, the researcher for the owner (null), or
 * "coder removed" for an id the project no longer has (never a crash).
 */
export function coderName(state: ProjectState, coderId: string | null, locale: Locale): string {
  if (coderId === null) return state.project.researcher.trim() || translate(locale, 'review:owner');
  return ownRow(state.coders, coderId)?.name ?? translate(locale, 'review:unknownCoder');
}

/** The role of an author; the owner is the student. */
export function coderRole(state: ProjectState, coderId: string | null): CoderRole {
  if (coderId === null) return 'student';
  return ownRow(state.coders, coderId)?.role ?? 'student';
}
