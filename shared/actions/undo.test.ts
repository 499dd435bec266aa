import { describe, expect, it } from 'vitest';
import { applyChangeset, stateFromSnapshot, type Changeset } from '../model/changeset';
import { realisticProject, SEGMENT } from '../refi/testing/realistic-project';
import { action, commit } from './commit';
import { describeRefusal } from './describe';
import { changedSince, undoChangeset, UndoError } from './undo';

const NOW = '2026-03-04T05:06:07.000Z';
const owner = { coderId: null, reviewing: false };
const editMemo = (id: string, memo: string) =>
  action('editSegmentMemo', (s) => ({ put: { segments: [{ ...s.segments[id]!, memo }] } }));
/** What another machine's change does to the state (the store's applyRemote). */
const remote = (state: ReturnType<typeof stateFromSnapshot>, cs: Changeset) => applyChangeset(state, cs);

describe('undo next to other writers', () => {
  it('undoes and redoes while nobody else touched the rows', () => {
    const start = stateFromSnapshot(realisticProject());
    const done = commit(start, editMemo(SEGMENT.training, 'Memo saya'), owner, NOW)!;
    const undone = applyChangeset(done.next, undoChangeset(done.next, done.command, 'undo'));
    expect(undone.segments[SEGMENT.training]!.memo).toBe(start.segments[SEGMENT.training]!.memo);
    const redone = applyChangeset(undone, undoChangeset(undone, done.command, 'redo'));
    expect(redone.segments[SEGMENT.training]!.memo).toBe('Memo saya');
  });

  it("refuses an undo that would overwrite a collaborator's later edit of the same row, in both languages", () => {
    const start = stateFromSnapshot(realisticProject());
    const done = commit(start, editMemo(SEGMENT.training, 'Memo saya'), owner, NOW)!;
    const theirs = remote(done.next, { put: { segments: [{ ...done.next.segments[SEGMENT.training]!, memo: 'Memo rekan' }] } });
    expect(changedSince(theirs, done.command.forward)).toEqual([`segments:${SEGMENT.training}`]);
    let refusal: unknown;
    try {
      undoChangeset(theirs, done.command, 'undo');
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(UndoError);
    expect(describeRefusal('id', refusal)).toMatch(/tidak bisa diurungkan.*diubah orang lain/);
    expect(describeRefusal('en', refusal)).toMatch(/cannot be undone.*someone else changed/);
  });

  it('refuses an undo of a deletion when a collaborator re-created the row, and a redo after a remote change', () => {
    const start = stateFromSnapshot(realisticProject());
    const deleted = commit(start, action('deleteSegment', () => ({ delete: { segments: [SEGMENT.budget] } })), owner, NOW)!;
    const recreated = remote(deleted.next, { put: { segments: [{ ...start.segments[SEGMENT.budget]!, memo: 'Masih dipakai' }] } });
    expect(() => undoChangeset(recreated, deleted.command, 'undo')).toThrow(UndoError);

    const edited = commit(start, editMemo(SEGMENT.training, 'Memo saya'), owner, NOW)!;
    const undone = applyChangeset(edited.next, undoChangeset(edited.next, edited.command, 'undo'));
    const theirs = remote(undone, { put: { segments: [{ ...undone.segments[SEGMENT.training]!, memo: 'Memo rekan' }] } });
    expect(() => undoChangeset(theirs, edited.command, 'redo')).toThrow(UndoError);
  });

  it("a collaborator's change to other rows, or an equal copy of the same row, does not block the undo", () => {
    const start = stateFromSnapshot(realisticProject());
    const done = commit(start, editMemo(SEGMENT.training, 'Memo saya'), owner, NOW)!;
    const other = remote(done.next, { put: { segments: [{ ...done.next.segments[SEGMENT.budget]!, memo: 'Memo rekan' }] } });
    // Their machine sends my own row back (a fresh copy, equal field by field).
    const echoed = remote(other, { put: { segments: [JSON.parse(JSON.stringify(other.segments[SEGMENT.training]!))] } });
    expect(echoed.segments[SEGMENT.training]).not.toBe(done.next.segments[SEGMENT.training]);
    const undone = applyChangeset(echoed, undoChangeset(echoed, done.command, 'undo'));
    expect(undone.segments[SEGMENT.training]!.memo).toBe(start.segments[SEGMENT.training]!.memo);
    expect(undone.segments[SEGMENT.budget]!.memo).toBe('Memo rekan');
  });
});
