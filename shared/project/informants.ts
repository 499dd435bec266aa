/**
 * Informants (the cases of the study) and the project's own fields (title, focus, research
 * journal, settings). Each function returns the changeset of one undoable action.
 */
import type { Changeset, ProjectPatch, ProjectState } from '../model/changeset';
import type { Document, Informant } from '../model/types';
import { DomainError } from './errors';
import { requireInformant } from './require-row';

export type InformantFields = Omit<Informant, 'id' | 'projectId'>;

const NUMBERED_LABEL = /^I(\d+)$/i;

/** The next free informant label, "I<n>" one past the highest number in use. */
export function nextInformantLabel(state: ProjectState): string {
  let highest = 0;
  for (const informant of Object.values(state.informants)) {
    const match = NUMBERED_LABEL.exec(informant.label.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `I${highest + 1}`;
}

/**
 * A new informant record with every field filled in: the given ones, otherwise empty, the
 * label "I<n>" and the order after the last informant.
 */
function newInformant(state: ProjectState, input: Partial<InformantFields> = {}): Informant {
  const order = Object.values(state.informants).reduce((max, i) => Math.max(max, i.order + 1), 0);
  return {
    id: crypto.randomUUID(),
    projectId: state.project.id,
    label: input.label?.trim() || nextInformantLabel(state),
    name: input.name?.trim() ?? '',
    position: input.position?.trim() ?? '',
    category: input.category?.trim() ?? '',
    group: input.group?.trim() ?? '',
    interviewDate: input.interviewDate?.trim() ?? '',
    place: input.place?.trim() ?? '',
    attributes: { ...(input.attributes ?? {}) },
    memo: input.memo ?? '',
    order: input.order ?? order,
  };
}

/** Adds an informant; the label defaults to the next "I<n>". */
export function addInformant(
  state: ProjectState,
  input: Partial<InformantFields> = {},
): { changeset: Changeset; informantId: string } {
  const informant = newInformant(state, input);
  return { changeset: { put: { informants: [informant] } }, informantId: informant.id };
}

/** Edits an informant's fields; an empty label is refused ('empty-label'). */
export function updateInformant(state: ProjectState, informantId: string, patch: Partial<InformantFields>): Changeset {
  const informant = requireInformant(state, informantId);
  if (patch.label !== undefined && !patch.label.trim()) throw new DomainError('empty-label');
  const next: Informant = { ...informant, ...patch, id: informant.id, projectId: informant.projectId };
  if (patch.label !== undefined) next.label = patch.label.trim();
  if (patch.attributes) next.attributes = { ...patch.attributes };
  return { put: { informants: [next] } };
}

/** Deletes an informant; their transcripts stay, belonging to no informant. */
export function deleteInformant(state: ProjectState, informantId: string): Changeset {
  requireInformant(state, informantId);
  const documents: Document[] = Object.values(state.documents)
    .filter((d) => d.informantId === informantId)
    .map((d) => ({ ...d, informantId: null }));
  const changeset: Changeset = { delete: { informants: [informantId] } };
  if (documents.length) changeset.put = { documents };
  return changeset;
}

/**
 * Edits the project's own fields (title, researcher, focus, journal, settings …). An empty
 * title is refused ('empty-label'). Only fields that actually change are kept.
 */
export function updateProject(state: ProjectState, patch: ProjectPatch): Changeset {
  if (patch.title !== undefined && !patch.title.trim()) throw new DomainError('empty-label', 'title');
  const changed: Record<string, unknown> = {};
  const current = state.project as unknown as Record<string, unknown>;
  for (const [key, raw] of Object.entries(patch)) {
    const value = key === 'title' && typeof raw === 'string' ? raw.trim() : raw;
    if (value !== undefined && JSON.stringify(current[key]) !== JSON.stringify(value)) changed[key] = value;
  }
  return Object.keys(changed).length ? { project: changed as ProjectPatch } : {};
}
