import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { applyCodes, deleteCode, deleteSegment, updateCode, updateSegment } from '../project';
import { documentIdOf, rangeOf } from '../project/test-support';
import { isCodingsOnlyIdentity, isReadOnlyIdentity, syncIdentity, type PilahRoles } from '../sync';
import { setCellSummary, setTechniqueVerdict, triangulationNoteOf } from '../reduction';
import { addComment } from '../review';
import { ReviewError } from '../review/errors';
import { reviewFixture } from '../review/test-support';
import { applyChangeset } from '../model/changeset';
import { describeRefusal } from './describe';
import { action, commit, commitAll } from './commit';
import { ACTION_RULES, type ActionKind } from './rules';
import { DomainError } from '../project/errors';

const NOW = '2026-03-04T05:06:07.000Z';
const student = { coderId: null, reviewing: false };
const supervisor = { coderId: 'sup', reviewing: true };
const kinds = Object.keys(ACTION_RULES) as ActionKind[];

describe('commit: review mode, declared per action', () => {
  it.each(kinds.filter((k) => !ACTION_RULES[k].inReview))('refuses %s to a reviewing supervisor before building anything', (kind) => {
    const { state } = reviewFixture();
    let built = false;
    const attempt = () =>
      commit(state, action(kind, () => ((built = true), { project: { journal: 'x' } })), supervisor, NOW);
    expect(attempt).toThrow(ReviewError);
    expect(built).toBe(false);
  });

  it('lets a reviewing supervisor comment, and records the comment as theirs', () => {
    const { state, targets } = reviewFixture();
    const done = commit(state, action('addComment', (s, by) => addComment(s, { target: targets.segment, text: 'Perlu data pendukung.', authorId: by.coderId }).changeset), supervisor, NOW);
    const comment = Object.values(done!.next.comments)[0]!;
    expect(comment.authorId).toBe('sup');
    expect(comment.text).toBe('Perlu data pendukung.');
  });

  it('every action has an undo label in both languages', () => {
    for (const kind of kinds) {
      for (const locale of ['id', 'en'] as const) expect(translate(locale, `commands:${kind}`)).not.toBe(`commands:${kind}`);
    }
  });
});

describe('commit: an observer of a team-sync project changes nothing', () => {
  const roles: PilahRoles = { students: ['dewi'], supervisors: ['ani'], coders: ['rudi'], observers: ['tamu'], coderIds: { rudi: 'coder-rudi' } };
  const actorFor = (user: string) => {
    const identity = syncIdentity(roles, user);
    return { coderId: identity.coderId, reviewing: false, readOnly: isReadOnlyIdentity(identity), codingsOnly: isCodingsOnlyIdentity(identity) };
  };
  const codePhrase = (s: Parameters<typeof applyCodes>[0], by: { coderId: string | null; now: string }, codeId: string) =>
    applyCodes(s, { ...rangeOf(s, documentIdOf(s, 'Wawancara Bu Sri'), 'Pelatihan pemasaran daring'), codeIds: [codeId], coderId: by.coderId }, by.now).changeset;

  it.each(kinds)('refuses %s to an observer before building anything', (kind) => {
    const { state } = reviewFixture();
    let built = false;
    const attempt = () => commit(state, action(kind, () => ((built = true), { project: { journal: 'x' } })), actorFor('tamu'), NOW);
    expect(attempt).toThrow(new ReviewError('read-only'));
    expect(built).toBe(false);
  });

  it('says why in one sentence, in either language; a user the roles do not name gets the same', () => {
    const { state, codeId } = reviewFixture();
    for (const user of ['tamu', 'orang-lain']) {
      let refusal: unknown;
      try {
        commit(state, action('applyCode', (s, by) => codePhrase(s, by, codeId)), actorFor(user), NOW);
      } catch (err) {
        refusal = err;
      }
      expect(describeRefusal('id', refusal)).toBe('Hanya baca: peran Anda di server proyek ini tidak mengizinkan perubahan, jadi tidak ada yang diubah.');
      expect(describeRefusal('en', refusal)).toBe("Read only: your role on this project's server allows no changes, so nothing was changed.");
    }
  });

  it("a second coder's own coding goes through, recorded as theirs", () => {
    const { state, codeId } = reviewFixture();
    const done = commit(state, action('applyCode', (s, by) => codePhrase(s, by, codeId)), actorFor('rudi'), NOW)!;
    const added = Object.values(done.next.segments).filter((s) => !state.segments[s.id]);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ coderId: 'coder-rudi', codeIds: [codeId] });
    expect(done.next.documents[added[0]!.documentId]!.text.slice(added[0]!.start, added[0]!.end)).toBe('Pelatihan pemasaran daring');
  });

  it("a second coder changes only their own codings: a code's memo or the student's coding is refused in words, nothing built is kept", () => {
    const { state, codeId } = reviewFixture();
    const rudi = actorFor('rudi');
    const own = commit(state, action('applyCode', (s, by) => codePhrase(s, by, codeId)), rudi, NOW)!;
    const mine = Object.values(own.next.segments).find((s) => s.coderId === 'coder-rudi')!;
    const students = Object.values(state.segments).find((s) => s.coderId === null)!;
    // Their own coding: memo and deletion go through.
    const memo = commit(own.next, action('editSegmentMemo', (s) => updateSegment(s, mine.id, { memo: 'Catatan Rudi' }, NOW)), rudi, NOW)!;
    expect(memo.next.segments[mine.id]!.memo).toBe('Catatan Rudi');
    expect(commit(memo.next, action('deleteSegment', (s) => deleteSegment(s, mine.id)), rudi, NOW)!.next.segments[mine.id]).toBeUndefined();
    // Anything else is what the server would refuse.
    const refusals: unknown[] = [];
    for (const attempt of [
      action('editCodeMemo', (s) => updateCode(s, codeId, { memo: 'Memo Rudi' }, 'id')),
      action('editSegmentMemo', (s) => updateSegment(s, students.id, { memo: 'Diubah Rudi' }, NOW)),
      action('deleteSegment', (s) => deleteSegment(s, students.id)),
    ]) {
      try {
        commit(own.next, attempt, rudi, NOW);
      } catch (err) {
        refusals.push(err);
      }
    }
    expect(refusals).toEqual([new ReviewError('codings-only'), new ReviewError('codings-only'), new ReviewError('codings-only')]);
    expect(describeRefusal('id', refusals[0])).toBe(
      'Sebagai koder kedua, Anda hanya dapat membuat, mengubah, dan menghapus koding Anda sendiri; server proyek menolak perubahan lain, jadi tidak ada yang diubah.',
    );
    expect(describeRefusal('en', refusals[0])).toBe(
      "As a second coder you can only add, change and remove your own codings; the project's server refuses any other change, so nothing was changed.",
    );
    // The student, connected or not, is free.
    expect(commit(state, action('editCodeMemo', (s) => updateCode(s, codeId, { memo: 'Memo' }, 'id')), actorFor('dewi'), NOW)).not.toBeNull();
  });

  it('the student and a user of a project without a server are not read-only', () => {
    expect(actorFor('dewi').readOnly).toBe(false);
    expect(isReadOnlyIdentity(null)).toBe(false);
  });
});

describe('commit: the rules every front end gets', () => {
  it('deleting a code takes its summaries along, and its undo brings them back', () => {
    const { state, codeId, informantId } = reviewFixture();
    const withSummary = commitAll(state, [action('editCellSummary', (s, by) => setCellSummary(s, { codeId, informantId }, 'Modal sulit.', by))], NOW);
    expect(Object.values(withSummary.cellSummaries)).toHaveLength(1);
    const deleted = commit(withSummary, action('deleteCode', (s) => deleteCode(s, codeId, NOW)), student, NOW)!;
    expect(Object.values(deleted.next.cellSummaries)).toHaveLength(0);
    expect(Object.values(deleted.next.conclusions).some((c) => c.codeId === codeId)).toBe(false);
    const undone = applyChangeset(deleted.next, deleted.command.backward);
    expect(Object.values(undone.cellSummaries).map((c) => c.text)).toEqual(['Modal sulit.']);
    expect(undone.codes[codeId]).toBeDefined();
  });

  it('a technique verdict is the student’s: refused in review, undone in one step', () => {
    const { state, codeId } = reviewFixture();
    const judge = action('setTechniqueVerdict', (s, by) => setTechniqueVerdict(s, codeId, 'sama', by));
    expect(() => commit(state, judge, supervisor, NOW)).toThrow(ReviewError);
    const done = commit(state, judge, student, NOW)!;
    expect(done.command.labelKey).toBe('commands:setTechniqueVerdict');
    expect(triangulationNoteOf(done.next, codeId)).toMatchObject({ techniqueVerdict: 'sama', verdict: null });
    expect(triangulationNoteOf(applyChangeset(done.next, done.command.backward), codeId)).toBeUndefined();
  });

  it('stamps a memo with who wrote it and when', () => {
    const { state, codeId } = reviewFixture();
    const done = commit(state, action('editCodeMemo', (s) => updateCode(s, codeId, { memo: 'Memo baru' }, 'id')), { coderId: 'k2', reviewing: false }, NOW)!;
    expect(done.next.codes[codeId]).toMatchObject({ memo: 'Memo baru', memoBy: 'k2', memoAt: NOW });
  });

  it('an action that changes nothing is not stored and not undoable', () => {
    const { state } = reviewFixture();
    expect(commit(state, action('editJournal', () => ({})), student, NOW)).toBeNull();
  });

  it('a refusal reads as one sentence in either language, never a stack', () => {
    expect(describeRefusal('id', new DomainError('empty-label', 'title'))).toBe('Nama atau judul tidak boleh kosong.');
    expect(describeRefusal('en', new ReviewError('coder-has-work', { segments: 3, analysis: 1, comments: 0 }))).toContain('3');
    expect(describeRefusal('en', new Error('boom'))).toContain('boom');
  });
});
