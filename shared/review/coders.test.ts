import { describe, expect, it } from 'vitest';
import { addCoder, coderName, codersInOrder, removeCoder, updateCoder } from './coders';
import { addComment } from './comments';
import { ReviewError } from './errors';
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

describe('coders', () => {
  it('adds a named coder with a trimmed name, and undo removes them', () => {
    const { state } = reviewFixture();
    const { changeset, coderId } = addCoder(state, { name: '  Dr.  Rina  Sari ', role: 'supervisor' }, '2026-02-01T00:00:00.000Z');
    const after = doAndUndo(state, changeset);
    expect(after.coders[coderId]).toMatchObject({ name: 'Dr. Rina Sari', role: 'supervisor', createdAt: '2026-02-01T00:00:00.000Z', projectId: state.project.id });
    expect(refusal(() => addCoder(state, { name: '   ', role: 'secondCoder' }))).toBe('empty-text');
  });

  it('renames and changes a role, and nothing changes for the same values', () => {
    const { state } = reviewFixture();
    const added = addCoder(state, { name: 'Andi', role: 'secondCoder' });
    const s = apply(state, added.changeset);
    expect(updateCoder(s, added.coderId, { name: 'Andi' })).toEqual({});
    const after = doAndUndo(s, updateCoder(s, added.coderId, { name: 'Andi Wijaya', role: 'student' }));
    expect(after.coders[added.coderId]).toMatchObject({ name: 'Andi Wijaya', role: 'student' });
    expect(refusal(() => updateCoder(s, 'constructor', { name: 'x' }))).toBe('not-found');
  });

  it('removes a coder without work, and refuses one who commented, with the counts', () => {
    const { state, targets } = reviewFixture();
    const added = addCoder(state, { name: 'Rina', role: 'supervisor' });
    let s = apply(state, added.changeset);
    expect(doAndUndo(s, removeCoder(s, added.coderId)).coders[added.coderId]).toBeUndefined();
    s = apply(s, addComment(s, { target: targets.code, text: 'Definisinya kurang tajam.', authorId: added.coderId }).changeset);
    try {
      removeCoder(s, added.coderId);
      throw new Error('not refused');
    } catch (err) {
      expect(err).toBeInstanceOf(ReviewError);
      expect((err as ReviewError).code).toBe('coder-has-work');
      expect((err as ReviewError).values).toEqual({ segments: 0, analysis: 0, comments: 1 });
    }
  });

  it('names the owner by the researcher, a coder by name, and a removed coder as such', () => {
    const { state } = reviewFixture();
    const added = addCoder(state, { name: 'Rina', role: 'supervisor' }, '2026-02-02T00:00:00.000Z');
    const first = addCoder(state, { name: 'Andi', role: 'secondCoder' }, '2026-02-01T00:00:00.000Z');
    const s = apply(apply(state, added.changeset), first.changeset);
    expect(coderName(s, null, 'id')).toBe('Pemilik proyek');
    expect(coderName({ ...s, project: { ...s.project, researcher: 'Sri Lestari' } }, null, 'en')).toBe('Sri Lestari');
    expect(coderName(s, added.coderId, 'id')).toBe('Rina');
    expect(coderName(s, 'gone', 'en')).toBe('a removed coder');
    expect(codersInOrder(s).map((c) => c.name)).toEqual(['Andi', 'Rina']);
  });
});
