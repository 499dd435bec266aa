import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../db/database';
import { ProjectRepository } from '../../db/project-repository';
import { useAppStore } from '../../store';
import { makeSnapshot } from '../../testing/fixtures';
import { codeSelection } from './coding-actions';
import { useWorkspace } from './workspace-store';

let projectId = '';
let count = 0;
const stored = async () => Object.values((await new ProjectRepository(getDatabase()).loadProject(projectId)).segments);

beforeEach(async () => {
  projectId = `k${++count}`;
  useAppStore.getState().closeProject();
  await useAppStore.getState().addProject(makeSnapshot(projectId));
});

describe('coding a selection with two quick key presses', () => {
  it('keeps both codes on one segment (the second press does not drop the first code)', async () => {
    useWorkspace.getState().setSelection({ documentId: `${projectId}-d1`, start: 0, end: 12 });
    // Pressing 1 then 2 before the first write finished: neither is awaited.
    const first = codeSelection([`${projectId}-c1`]);
    const second = codeSelection([`${projectId}-c2`]);
    await Promise.all([first, second]);
    const onRange = (await stored()).filter((s) => s.start === 0 && s.end === 12);
    expect(onRange).toHaveLength(1);
    expect([...onRange[0]!.codeIds].sort()).toEqual([`${projectId}-c1`, `${projectId}-c2`]);
    // Both are undone one at a time, each press its own step.
    await useAppStore.getState().undo();
    expect((await stored()).find((s) => s.start === 0 && s.end === 12)?.codeIds).toEqual([`${projectId}-c1`]);
  });
});
