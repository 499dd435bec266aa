import { describe, expect, it } from 'vitest';
import { applyChangeset } from '../model/changeset';
import type { CommentTarget } from '../model/types';
import { deleteSegment } from '../project';
import { addCoder } from './coders';
import { addComment, deleteComment, reopenThread, replyToComment, resolveThread } from './comments';
import { ReviewError } from './errors';
import { targetLabel } from './targets';
import { commentThreads, openThreadCount } from './threads';
import { apply, doAndUndo, reviewFixture } from './test-support';

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ReviewError) return err.code;
    throw err;
  }
  throw new Error('not refused');
};

function withSupervisor() {
  const fixture = reviewFixture();
  const supervisor = addCoder(fixture.state, { name: 'Dr. Rina', role: 'supervisor' });
  return { ...fixture, state: apply(fixture.state, supervisor.changeset), supervisorId: supervisor.coderId };
}

describe('comments', () => {
  it('anchors a comment to each kind of target, with its author and time, and undo takes it back', () => {
    const { state, targets, supervisorId } = withSupervisor();
    for (const target of Object.values(targets)) {
      const { changeset, commentId } = addComment(state, { target, text: '  Perjelas ini. ', authorId: supervisorId }, '2026-03-01T10:00:00.000Z');
      const after = doAndUndo(state, changeset);
      expect(after.comments[commentId]).toMatchObject({ target, text: 'Perjelas ini.', authorId: supervisorId, parentId: null, createdAt: '2026-03-01T10:00:00.000Z', resolvedAt: null });
    }
  });

  it('refuses an empty comment and a target that no longer exists', () => {
    const { state, targets } = withSupervisor();
    expect(refusal(() => addComment(state, { target: targets.segment, text: ' \n ', authorId: null }))).toBe('empty-text');
    const gone: CommentTarget[] = [
      { kind: 'segment', segmentId: 'constructor' },
      { kind: 'code', codeId: 'hilang' },
      { kind: 'cell', codeId: (targets.cell as { codeId: string }).codeId, informantId: 'hilang' },
      { kind: 'conclusion', conclusionId: 'hilang' },
    ];
    for (const target of gone) expect(refusal(() => addComment(state, { target, text: 'x', authorId: null }))).toBe('not-found');
  });

  it('keeps replies in one thread in time order, and a reply to a reply joins the thread', () => {
    const { state, targets, supervisorId } = withSupervisor();
    const root = addComment(state, { target: targets.segment, text: 'Kutipan ini masuk Enabling?', authorId: supervisorId }, '2026-03-01T10:00:00.000Z');
    let s = apply(state, root.changeset);
    const first = replyToComment(s, root.commentId, 'Ya, karena menyangkut iklim usaha.', null, '2026-03-02T10:00:00.000Z');
    s = apply(s, first.changeset);
    s = apply(s, replyToComment(s, first.commentId, 'Baik, tambahkan di memo.', supervisorId, '2026-03-03T10:00:00.000Z').changeset);
    const [thread] = commentThreads(s);
    expect(thread!.root.id).toBe(root.commentId);
    expect(thread!.replies.map((r) => r.text)).toEqual(['Ya, karena menyangkut iklim usaha.', 'Baik, tambahkan di memo.']);
    expect(thread!.replies.every((r) => r.parentId === root.commentId && r.target.kind === 'segment')).toBe(true);
  });

  it('resolves and reopens a thread with who and when, and filters open and resolved threads', () => {
    const { state, targets, supervisorId } = withSupervisor();
    const a = addComment(state, { target: targets.code, text: 'A', authorId: supervisorId }, '2026-03-01T10:00:00.000Z');
    let s = apply(state, a.changeset);
    const b = addComment(s, { target: targets.cell, text: 'B', authorId: supervisorId }, '2026-03-02T10:00:00.000Z');
    s = apply(s, b.changeset);
    expect(openThreadCount(s)).toBe(2);
    expect(commentThreads(s, { filter: 'open' }).map((t) => t.root.text)).toEqual(['B', 'A']);

    s = doAndUndo(s, resolveThread(s, a.commentId, null, '2026-03-05T08:00:00.000Z'));
    expect(s.comments[a.commentId]).toMatchObject({ resolvedAt: '2026-03-05T08:00:00.000Z', resolvedBy: null });
    expect(resolveThread(s, a.commentId, null)).toEqual({});
    expect(openThreadCount(s)).toBe(1);
    expect(commentThreads(s, { filter: 'resolved' }).map((t) => t.root.text)).toEqual(['A']);
    expect(commentThreads(s, { filter: 'open' }).map((t) => t.root.text)).toEqual(['B']);
    expect(commentThreads(s, { target: targets.cell }).map((t) => t.root.text)).toEqual(['B']);

    s = doAndUndo(s, reopenThread(s, a.commentId));
    expect(s.comments[a.commentId]).toMatchObject({ resolvedAt: null, resolvedBy: null });
    const reply = replyToComment(s, a.commentId, 'balasan', null);
    s = apply(s, reply.changeset);
    expect(refusal(() => resolveThread(s, reply.commentId, null))).toBe('not-thread');
  });

  it('deletes only one’s own comment, and not a thread someone else replied to', () => {
    const { state, targets, supervisorId } = withSupervisor();
    const root = addComment(state, { target: targets.code, text: 'A', authorId: supervisorId });
    let s = apply(state, root.changeset);
    const own = replyToComment(s, root.commentId, 'tambahan saya', supervisorId);
    s = apply(s, own.changeset);
    expect(refusal(() => deleteComment(s, root.commentId, null))).toBe('not-author');
    // Own thread with only own replies: deleted whole, and undo brings both back.
    expect(doAndUndo(s, deleteComment(s, root.commentId, supervisorId)).comments).toEqual({});
    const student = replyToComment(s, root.commentId, 'balasan mahasiswa', null);
    s = apply(s, student.changeset);
    expect(refusal(() => deleteComment(s, root.commentId, supervisorId))).toBe('has-replies');
    expect(Object.keys(doAndUndo(s, deleteComment(s, student.commentId, null)).comments).sort()).toEqual([root.commentId, own.commentId].sort());
  });

  it('labels targets readably, and a deleted one as deleted', () => {
    const { state, targets, segmentId } = withSupervisor();
    expect(targetLabel(state, targets.segment, 'id')).toEqual({ text: 'Segmen I2 baris 4', missing: false });
    expect(targetLabel(state, targets.cell, 'id').text).toBe('Sel Enabling × I2');
    expect(targetLabel(state, targets.code, 'en').text).toBe('Code Enabling');
    expect(targetLabel(state, targets.conclusion, 'id').text).toBe('Kesimpulan Enabling');
    expect(targetLabel(state, targets.project, 'en').text).toBe('Project');
    const withComment = apply(state, addComment(state, { target: targets.segment, text: 'x', authorId: null }).changeset);
    const deleted = applyChangeset(withComment, deleteSegment(withComment, segmentId));
    expect(targetLabel(deleted, targets.segment, 'id')).toEqual({ text: 'Segmen yang sudah dihapus', missing: true });
    expect(targetLabel(deleted, { kind: 'conclusion', conclusionId: 'x' }, 'en')).toEqual({ text: 'A deleted conclusion', missing: true });
    // The thread of a deleted target is still listed.
    expect(commentThreads(deleted)).toHaveLength(1);
  });
});
