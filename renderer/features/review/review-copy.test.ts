/**
 * The supervisor's laptop opens the student's project file as the app does — a copy with
 * fresh ids — comments, and saves; the student takes the comments back from that file.
 * mergeReview must find the student's segments, codes, cells and coders by what a copy keeps.
 */
import { describe, expect, it } from 'vitest';
import { applyChangeset, snapshotFromState, stateFromSnapshot, type ProjectState } from '../../../shared/model/changeset';
import { readQdpx, writeQdpx } from '../../../shared/refi';
import { addCoder, addComment, commentThreads, mergeReview, replyToComment, resolveThread } from '../../../shared/review';
import { reviewFixture } from '../../../shared/review/test-support';
import { copySnapshotWithNewIds } from '../../lib/copy-snapshot';

const file = (state: ProjectState) => writeQdpx(snapshotFromState(state));

describe('a review made on a copy opened from the project file', () => {
  it('comes back anchored to the student’s own segment, code, cell and conclusion, once', () => {
    const fixture = reviewFixture();
    const own = addComment(fixture.state, { target: { kind: 'project' }, text: 'Mohon periksa bab 4.', authorId: null }, '2026-05-01T08:00:00.000Z');
    const student = applyChangeset(fixture.state, own.changeset);

    // The supervisor's laptop: the app's "open project file" copy, with fresh ids everywhere.
    let review = stateFromSnapshot(copySnapshotWithNewIds(readQdpx(file(student)).snapshot));
    expect(review.project.id).not.toBe(student.project.id);
    const supervisor = addCoder(review, { name: 'Dr. Rina', role: 'supervisor' }, '2026-05-02T08:00:00.000Z');
    review = applyChangeset(review, supervisor.changeset);
    const copied = {
      segment: Object.keys(review.segments)[0]!,
      code: Object.values(review.codes).find((c) => c.label.id === 'Enabling')!.id,
      informant: Object.values(review.informants).find((i) => i.label === 'I2')!.id,
      conclusion: Object.keys(review.conclusions)[0]!,
    };
    const texts = ['Segmen', 'Kode', 'Sel', 'Kesimpulan'];
    const targets = [
      { kind: 'segment' as const, segmentId: copied.segment },
      { kind: 'code' as const, codeId: copied.code },
      { kind: 'cell' as const, codeId: copied.code, informantId: copied.informant },
      { kind: 'conclusion' as const, conclusionId: copied.conclusion },
    ];
    targets.forEach((target, i) => {
      review = applyChangeset(review, addComment(review, { target, text: texts[i]!, authorId: supervisor.coderId }, `2026-05-02T09:0${i}:00.000Z`).changeset);
    });
    const ownCopy = Object.values(review.comments).find((c) => c.text === 'Mohon periksa bab 4.')!;
    review = applyChangeset(review, replyToComment(review, ownCopy.id, 'Sudah saya baca.', supervisor.coderId, '2026-05-02T10:00:00.000Z').changeset);
    review = applyChangeset(review, resolveThread(review, ownCopy.id, supervisor.coderId, '2026-05-02T10:01:00.000Z'));
    const reviewed = readQdpx(file(review)).snapshot;

    const changeset = mergeReview(student, reviewed);
    const merged = applyChangeset(student, changeset);
    const threads = commentThreads(merged);
    const target = (text: string) => threads.find((t) => t.root.text === text)!.root.target;
    expect(target('Segmen')).toEqual(fixture.targets.segment);
    expect(target('Kode')).toEqual(fixture.targets.code);
    expect(target('Sel')).toEqual(fixture.targets.cell);
    expect(target('Kesimpulan')).toEqual(fixture.targets.conclusion);
    // The student's own thread is recognised, not duplicated: it gains the reply and the resolution.
    const mine = threads.filter((t) => t.root.text === 'Mohon periksa bab 4.');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.root).toMatchObject({ id: own.commentId, resolvedAt: '2026-05-02T10:01:00.000Z' });
    expect(mine[0]!.replies.map((r) => r.text)).toEqual(['Sudah saya baca.']);
    expect(Object.values(merged.coders).map((c) => c.name)).toEqual(['Dr. Rina']);
    expect(mergeReview(merged, reviewed)).toEqual({});

    // The supervisor reviews again on a NEW copy of the merged file: nothing is duplicated.
    const again = readQdpx(file(stateFromSnapshot(copySnapshotWithNewIds(readQdpx(file(merged)).snapshot)))).snapshot;
    expect(mergeReview(merged, again)).toEqual({});
  });
});
