/** A check for the tests of shared/conclusions: an action's undo and redo are exact, conclusions and settings included. */
import { expect } from 'vitest';
import { applyChangeset, makeCommand, type Changeset, type ProjectState } from '../model/changeset';

export function doAndUndo(before: ProjectState, forward: Changeset): ProjectState {
  const command = makeCommand(before, 'commands:test', forward);
  const after = applyChangeset(before, command.forward);
  const undone = applyChangeset(after, command.backward);
  expect(undone.conclusions).toEqual(before.conclusions);
  expect(undone.project).toEqual(before.project);
  expect(applyChangeset(undone, command.forward)).toEqual(after);
  return after;
}
