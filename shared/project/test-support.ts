/**
 * Builders for the tests of shared/project: a small project with one framework, two
 * informants and two transcripts, and a check that a changeset's undo is exact.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import { applyChangeset, makeCommand, stateFromSnapshot } from '../model/changeset';
import type { Code, FrameworkId, ImportedTranscript, Segment } from '../model/types';
import { codeLabel } from './code-tree';
import { createProject } from './create-project';
import { addImportedTranscripts } from './documents';

export const NOW = '2026-01-02T03:04:05.000Z';
export const LATER = '2026-01-03T00:00:00.000Z';

export function transcript(title: string, text: string, header: ImportedTranscript['header'] = { extra: {} }): ImportedTranscript {
  return { fileName: `${title}.docx`, title, text, turns: [], header, kind: 'interview' };
}

/** A project from the given frameworks with the given transcripts imported. */
export function projectWith(frameworks: FrameworkId[], transcripts: ImportedTranscript[] = []): ProjectState {
  const state = stateFromSnapshot(createProject({ title: 'Uji', frameworks }, NOW));
  return applyChangeset(state, addImportedTranscripts(state, transcripts, NOW).changeset);
}

/** The code with this Indonesian label (labels are unique in the built-in frameworks). */
export function code(state: ProjectState, label: string): Code {
  const found = Object.values(state.codes).find((c) => codeLabel(c, 'id') === label);
  if (!found) throw new Error(`no code ${label}`);
  return found;
}

export function documentIdOf(state: ProjectState, title: string): string {
  const found = Object.values(state.documents).find((d) => d.title === title);
  if (!found) throw new Error(`no document ${title}`);
  return found.id;
}

/** Offsets of the first occurrence of `words` in a document. */
export function rangeOf(state: ProjectState, documentId: string, words: string): { documentId: string; start: number; end: number } {
  const start = state.documents[documentId]!.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in document`);
  return { documentId, start, end: start + words.length };
}

export function segments(state: ProjectState): Segment[] {
  return Object.values(state.segments);
}

/**
 * Applies a changeset as the store does (through a command) and checks that undoing it
 * gives back exactly the state before; returns the state after.
 */
export function doAndUndo(before: ProjectState, forward: Changeset): ProjectState {
  const command = makeCommand(before, 'commands:test', forward);
  const after = applyChangeset(before, command.forward);
  const undone = applyChangeset(after, command.backward);
  if (JSON.stringify(canonical(undone)) !== JSON.stringify(canonical(before))) {
    throw new Error('undo did not restore the state exactly');
  }
  const redone = applyChangeset(undone, command.forward);
  if (JSON.stringify(canonical(redone)) !== JSON.stringify(canonical(after))) {
    throw new Error('redo did not repeat the action exactly');
  }
  return after;
}

/** The state with every table's rows sorted by id, so key order cannot hide a difference. */
export function canonical(state: ProjectState): unknown {
  const sorted = <T extends { id: string }>(rows: Record<string, T>): T[] =>
    Object.values(rows).sort((a, b) => a.id.localeCompare(b.id));
  return {
    project: state.project,
    codes: sorted(state.codes),
    informants: sorted(state.informants),
    documents: sorted(state.documents),
    segments: sorted(state.segments),
  };
}
