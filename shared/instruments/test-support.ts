/** Builders for the instruments tests: a project with a guide and interviews with speaker turns. */
import { commit, action, type ActionKind } from '../actions';
import type { Changeset, ProjectState } from '../model/changeset';
import { applyChangeset, stateFromSnapshot } from '../model/changeset';
import type { FrameworkId } from '../model/types';
import { importTranscript } from '../import';
import { addImportedTranscripts, createProject, updateInformant } from '../project';
import { createGuide } from './edit';

export const NOW = '2026-01-02T03:04:05.000Z';

/** Runs one action as the owner, as the app's store does. */
export function run(state: ProjectState, kind: ActionKind, build: (s: ProjectState) => Changeset): ProjectState {
  return commit(state, action(kind, build), { coderId: null, reviewing: false }, NOW)?.next ?? state;
}

export function rootOf(state: ProjectState, framework: FrameworkId): string {
  const root = Object.values(state.codes).find((c) => c.parentId === null && c.frameworkId === framework);
  if (!root) throw new Error(`no ${framework}`);
  return root.id;
}

export function projectWithGuide(framework: FrameworkId = 'empowerment'): ProjectState {
  const state = stateFromSnapshot(createProject({ title: 'Uji pedoman', frameworks: [framework, 'factors'] }, NOW));
  return run(state, 'createGuide', (s) => createGuide(s, rootOf(s, framework)));
}

/** Imports .txt interviews (header + P:/I: turns) and sets each informant's category and group. */
export async function withInterviews(
  state: ProjectState,
  interviews: { name: string; category: string; group: string; turns: string[] }[],
): Promise<ProjectState> {
  const imported = [];
  for (const interview of interviews) {
    const text = [`Nama informan : ${interview.name}`, 'Jabatan : -', '', ...interview.turns].join('\n');
    imported.push(await importTranscript({ name: `${interview.name}.txt`, bytes: new TextEncoder().encode(text) }));
  }
  let next = applyChangeset(state, addImportedTranscripts(state, imported, NOW).changeset);
  for (const interview of interviews) {
    const informant = Object.values(next.informants).find((i) => i.name === interview.name);
    if (!informant) throw new Error(`no informant ${interview.name}`);
    next = applyChangeset(next, updateInformant(next, informant.id, { category: interview.category, group: interview.group }));
  }
  return next;
}
