/**
 * The rows an operation works on, looked up by id. A row that no longer exists (deleted in
 * another pane, undone meanwhile) refuses the action with 'not-found' rather than failing later.
 */
import type { ProjectState } from '../model/changeset';
import type { Code, Document, Informant, Segment } from '../model/types';
import { DomainError } from './errors';

function requireRow<T>(rows: Record<string, T>, id: string, kind: string): T {
  // Own rows only: an id such as "constructor" must not find Object.prototype's member.
  const row = Object.hasOwn(rows, id) ? rows[id] : undefined;
  if (!row) throw new DomainError('not-found', `${kind} ${id}`);
  return row;
}

export const requireCode = (state: ProjectState, codeId: string): Code => requireRow(state.codes, codeId, 'code');
export const requireSegment = (state: ProjectState, segmentId: string): Segment => requireRow(state.segments, segmentId, 'segment');
export const requireDocument = (state: ProjectState, documentId: string): Document => requireRow(state.documents, documentId, 'document');
export const requireInformant = (state: ProjectState, informantId: string): Informant => requireRow(state.informants, informantId, 'informant');
