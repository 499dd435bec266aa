/**
 * Builders for agreement tests (unit, CLI and end to end): a project with a second coder,
 * and codings by either coder placed on words of the transcript.
 */
import type { ProjectState } from '../model/changeset';
import { applyChangeset } from '../model/changeset';
import type { Coder } from '../model/types';
import { applyCodes } from '../project/coding';
import type { CoderId } from './coders';

export const NOW = '2026-01-02T03:04:05.000Z';

/** Adds a coder named `name` with a fixed id, as the review feature would. */
export function withCoder(state: ProjectState, id: string, name: string): ProjectState {
  const coder: Coder = { id, projectId: state.project.id, name, role: 'secondCoder', createdAt: NOW };
  return applyChangeset(state, { put: { coders: [coder] } });
}

/** Codes the `nth` (0-based) occurrence of `words` in a document for a coder. */
export function codeWords(state: ProjectState, coderId: CoderId, documentId: string, words: string, codeIds: string[], nth = 0): ProjectState {
  const text = state.documents[documentId]!.text;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" not in document`);
  return codeRange(state, coderId, documentId, start, start + words.length, codeIds);
}

/** Codes [start, end) for a coder. */
export function codeRange(state: ProjectState, coderId: CoderId, documentId: string, start: number, end: number, codeIds: string[]): ProjectState {
  return applyChangeset(state, applyCodes(state, { documentId, start, end, codeIds, coderId }, NOW).changeset);
}
