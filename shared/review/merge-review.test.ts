import { describe, expect, it } from 'vitest';
import { applyChangeset, snapshotFromState, stateFromSnapshot, type ProjectState } from '../model/changeset';
import { createProject } from '../project';
import { readQdpx, writeQdpx } from '../refi';
import { addCoder } from './coders';
import { addComment, replyToComment, resolveThread } from './comments';
import { ReviewError } from './errors';
import { describeMerge, mergeReview } from './merge-review';
import { commentThreads } from './threads';
import { apply, doAndUndo, reviewFixture } from './test-support';

/** The project as a file on the supervisor's laptop, read back exactly as written. */
const throughFile = (state: ProjectState): ProjectState => stateFromSnapshot(readQdpx(writeQdpx(snapshotFromState(state))).snapshot);

/** The student's project with one open thread of their own, and the supervisor's reviewed copy. */
function roundTrip() {
  const fixture = reviewFixture();
  const own = addComment(fixture.state, { target: fixture.targets.project, text: 'Catatan untuk pembimbing: bab 4 belum lengkap.', authorId: null }, '2026-04-01T09:00:00.000Z');
  const student = apply(fixture.state, own.changeset);

  let review = throughFile(student);
  const supervisor = addCoder(review, { name: 'Dr. Rina Sari', role: 'supervisor' }, '2026-04-02T08:00:00.000Z');
  review = apply(review, supervisor.changeset);
  const onSegment = addComment(review, { target: fixture.targets.segment, text: 'Kutipan ini lebih cocok di Protecting?', authorId: supervisor.coderId }, '2026-04-02T09:00:00.000Z');
  review = apply(review, onSegment.changeset);
  const onCell = addComment(review, { target: fixture.targets.cell, text: 'Ringkasan sel ini terlalu umum.', authorId: supervisor.coderId }, '2026-04-02T09:05:00.000Z');
  review = apply(review, onCell.changeset);
  review = apply(review, replyToComment(review, own.commentId, 'Baik, lengkapi dulu tabel triangulasi.', supervisor.coderId, '2026-04-02T09:10:00.000Z').changeset);
  review = apply(review, resolveThread(review, own.commentId, supervisor.coderId, '2026-04-02T09:11:00.000Z'));
  return { fixture, student, reviewed: readQdpx(writeQdpx(snapshotFromState(review))).snapshot, supervisorId: supervisor.coderId, ownId: own.commentId };
}

describe('mergeReview', () => {
  it("adds the supervisor, their comments anchored as they were, replies and resolutions, as one undoable step", () => {
    const { fixture, student, reviewed, supervisorId, ownId } = roundTrip();
    const changeset = mergeReview(student, reviewed);
    expect(describeMerge(student, changeset)).toEqual({ comments: 2, replies: 1, resolutions: 1, coders: 1 });
    const merged = doAndUndo(student, changeset);

    expect(merged.coders[supervisorId]).toMatchObject({ name: 'Dr. Rina Sari', role: 'supervisor', projectId: student.project.id });
    const threads = commentThreads(merged);
    const byText = (text: string) => threads.find((t) => t.root.text === text)!;
    expect(byText('Kutipan ini lebih cocok di Protecting?').root).toMatchObject({ target: fixture.targets.segment, authorId: supervisorId, resolvedAt: null, projectId: student.project.id });
    expect(byText('Ringkasan sel ini terlalu umum.').root.target).toEqual(fixture.targets.cell);
    const own = byText('Catatan untuk pembimbing: bab 4 belum lengkap.');
    expect(own.root).toMatchObject({ id: ownId, resolvedAt: '2026-04-02T09:11:00.000Z', resolvedBy: supervisorId });
    expect(own.replies.map((r) => [r.text, r.authorId])).toEqual([['Baik, lengkapi dulu tabel triangulasi.', supervisorId]]);
    // Nothing of the student's project besides coders and comments is touched.
    expect(Object.keys(changeset.put ?? {}).sort()).toEqual(['coders', 'comments']);
    expect(changeset.delete).toBeUndefined();
    expect(changeset.project).toBeUndefined();
  });

  it('adds nothing when the same file is merged twice', () => {
    const { student, reviewed } = roundTrip();
    const once = applyChangeset(student, mergeReview(student, reviewed));
    expect(mergeReview(once, reviewed)).toEqual({});
  });

  it("keeps the student's resolution and their replies written meanwhile", () => {
    const { student, reviewed } = roundTrip();
    let s = applyChangeset(student, mergeReview(student, reviewed));
    const thread = commentThreads(s).find((t) => t.root.text.startsWith('Kutipan'))!;
    s = apply(s, replyToComment(s, thread.root.id, 'Sudah saya pindahkan.', null, '2026-04-03T10:00:00.000Z').changeset);
    s = apply(s, resolveThread(s, thread.root.id, null, '2026-04-03T10:01:00.000Z'));
    expect(mergeReview(s, reviewed)).toEqual({});
    expect(s.comments[thread.root.id]).toMatchObject({ resolvedAt: '2026-04-03T10:01:00.000Z', resolvedBy: null });
  });

  it("keeps a comment whose segment the student deleted meanwhile, anchored to the old id", () => {
    const { fixture, student, reviewed } = roundTrip();
    const without = applyChangeset(student, { delete: { segments: [fixture.segmentId] } });
    const merged = applyChangeset(without, mergeReview(without, reviewed));
    const orphan = commentThreads(merged).find((t) => t.root.text.startsWith('Kutipan'))!;
    expect(orphan.root.target).toEqual(fixture.targets.segment);
  });

  it('refuses a file of another project, changing nothing', () => {
    const { student } = roundTrip();
    const other = createProject({ title: 'Proyek lain', frameworks: ['edward3'] }, '2025-12-01T00:00:00.000Z');
    expect(() => mergeReview(student, other)).toThrow(ReviewError);
    try {
      mergeReview(student, other);
    } catch (err) {
      expect((err as ReviewError).code).toBe('other-project');
      expect((err as ReviewError).messageKey).toBe('review:refused.other-project');
    }
  });
});
