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

describe('what the screen is told when a selection is coded', () => {
  it('shows the new coding already selected, in one update (never the coding first and its selection after)', async () => {
    useWorkspace.getState().setSelection({ documentId: `${projectId}-d1`, start: 0, end: 12 });
    // React renders a store change in a microtask queued at the change: what the screen shows
    // first is the state when that microtask runs.
    let shown: { selected: string | null; selection: unknown } | null = null;
    const stop = useAppStore.subscribe((s) => {
      const segment = Object.values(s.current?.segments ?? {}).find((x) => x.start === 0 && x.end === 12);
      if (!segment || shown) return;
      shown = { selected: null, selection: undefined };
      queueMicrotask(() => {
        shown = { selected: useAppStore.getState().selectedSegmentId === segment.id ? segment.id : null, selection: useWorkspace.getState().selection };
      });
    });
    await codeSelection([`${projectId}-c1`]);
    stop();
    const first = shown as { selected: string | null; selection: unknown } | null;
    expect(first?.selected).toBeTruthy();
    expect(first?.selection).toBeNull();
    // And it was stored before it was shown.
    expect((await stored()).some((s) => s.id === first?.selected)).toBe(true);
  });

  it('leaves the panes alone when a key press reads the same selection again', () => {
    const range = { documentId: `${projectId}-d1`, start: 0, end: 12 };
    useWorkspace.getState().setSelection(null);
    let updates = 0;
    const stop = useWorkspace.subscribe(() => updates++);
    useWorkspace.getState().setSelection(range);
    useWorkspace.getState().setSelection({ ...range });
    expect(updates).toBe(1);
    useWorkspace.getState().setSelection({ ...range, end: 13 });
    expect(updates).toBe(2);
    stop();
  });
});
