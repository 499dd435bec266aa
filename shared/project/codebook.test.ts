import { describe, expect, it } from 'vitest';
import type { ProjectState } from '../model/changeset';
import { applyChangeset } from '../model/changeset';
import { childrenOf, codeLabel, codePath, descendantIds } from './code-tree';
import { addCode, codeUsage, deleteCode, mergeCodes, moveCode, updateCode } from './codebook';
import { applyCodes } from './coding';
import { code, doAndUndo, documentIdOf, LATER, NOW, projectWith, rangeOf, segments, transcript } from './test-support';

const TEXT =
  'P: Bagaimana sosialisasi programnya?\nI: Sosialisasi lewat grup WhatsApp, lalu ada pelatihan pengemasan dan pendampingan.\n';

/** Empowerment + factors, one transcript with three codings. */
function coded(): ProjectState {
  let state = projectWith(['empowerment', 'factors'], [transcript('Wawancara I1', TEXT)]);
  const doc = documentIdOf(state, 'Wawancara I1');
  const coding = (words: string, ...labels: string[]): void => {
    const { changeset } = applyCodes(state, { ...rangeOf(state, doc, words), codeIds: labels.map((l) => code(state, l).id) }, NOW);
    state = applyChangeset(state, changeset);
  };
  coding('Sosialisasi lewat grup WhatsApp', 'Sosialisasi program', 'Faktor pendukung');
  coding('pelatihan pengemasan', 'Pelatihan');
  coding('pendampingan', 'Pendampingan', 'Pelatihan');
  return state;
}

describe('tree helpers', () => {
  const state = projectWith(['empowerment']);

  it('codePath shows the way from the framework down, in either language', () => {
    const id = code(state, 'Sosialisasi program').id;
    expect(codePath(state, id, 'id')).toBe('Pemberdayaan › Enabling › Sosialisasi program');
    expect(codePath(state, id, 'en')).toBe('Empowerment › Enabling › Programme socialisation');
  });

  it('childrenOf lists siblings in their order; descendantIds reaches every level', () => {
    const root = code(state, 'Pemberdayaan');
    expect(childrenOf(state, root.id).map((c) => c.label.id)).toEqual(['Enabling', 'Empowering', 'Protecting']);
    expect(descendantIds(state, root.id)).toHaveLength(3 + 5 + 7 + 5);
  });

  it('codeLabel falls back to the other language when one is empty', () => {
    const c = { ...code(state, 'Enabling'), label: { id: '', en: 'Enabling only' } };
    expect(codeLabel(c, 'id')).toBe('Enabling only');
  });
});

describe('addCode', () => {
  it('adds a top-level code with the next free palette colour, undoably', () => {
    const state = projectWith(['empowerment']);
    const { changeset, codeId } = addCode(state, { parentId: null, label: '  Kemitraan  ', definition: 'Kerja sama' });
    const after = doAndUndo(state, changeset);
    const added = after.codes[codeId]!;
    expect(added).toMatchObject({ parentId: null, label: { id: 'Kemitraan', en: 'Kemitraan' }, order: 1, source: '', frameworkId: null });
    // Blue, orange and bluish green are taken by the three dimensions.
    expect(added.color).toBe('#CC79A7');
  });

  it('places a sub-code last among its siblings, tinted from its parent', () => {
    const state = projectWith(['empowerment']);
    const enabling = code(state, 'Enabling');
    const { changeset, codeId } = addCode(state, { parentId: enabling.id, label: 'Musyawarah desa' });
    const after = applyChangeset(state, changeset);
    expect(childrenOf(after, enabling.id).at(-1)!.id).toBe(codeId);
    expect(after.codes[codeId]!.color).not.toBe(enabling.color);
  });

  it.each([
    [{ parentId: null, label: '   ' }, 'empty-label'],
    [{ parentId: 'missing', label: 'X' }, 'not-found'],
    [{ parentId: null, label: 'X', color: 'blue' }, 'invalid-color'],
  ])('refuses %o with %s', (input, error) => {
    expect(() => addCode(projectWith([]), input)).toThrow(expect.objectContaining({ code: error }));
  });
});

describe('updateCode', () => {
  const state = projectWith(['empowerment']);
  const enabling = code(state, 'Enabling');

  it('renames in one language, leaving a distinct translation alone', () => {
    const pelatihan = code(state, 'Pelatihan');
    const after = doAndUndo(state, updateCode(state, pelatihan.id, { label: 'Pelatihan teknis' }, 'id'));
    expect(after.codes[pelatihan.id]!.label).toEqual({ id: 'Pelatihan teknis', en: 'Training' });
  });

  it('keeps an untranslated or identical label in step', () => {
    const after = doAndUndo(state, updateCode(state, enabling.id, { label: 'Enabling (pemungkinan)' }, 'id'));
    expect(after.codes[enabling.id]!.label).toEqual({ id: 'Enabling (pemungkinan)', en: 'Enabling (pemungkinan)' });
  });

  it('recolours, redefines and annotates; unchanged values give an empty changeset', () => {
    const cs = updateCode(state, enabling.id, { color: '#88ccee', definition: 'Baru', memo: 'catatan' }, 'en');
    const after = doAndUndo(state, cs);
    expect(after.codes[enabling.id]).toMatchObject({ color: '#88CCEE', memo: 'catatan', definition: { en: 'Baru' } });
    expect(after.codes[enabling.id]!.definition.id).toBe(enabling.definition.id);
    expect(updateCode(state, enabling.id, { color: enabling.color, memo: '' }, 'id')).toEqual({});
  });

  it('refuses an empty label', () => {
    expect(() => updateCode(state, enabling.id, { label: ' ' }, 'id')).toThrow(expect.objectContaining({ code: 'empty-label' }));
  });
});

describe('moveCode', () => {
  const state = projectWith(['empowerment', 'factors']);
  const enabling = code(state, 'Enabling');
  const protecting = code(state, 'Protecting');

  it('moves a code with its sub-codes under another parent and renumbers both sibling lists', () => {
    const socialisation = code(state, 'Sosialisasi program');
    const after = doAndUndo(state, moveCode(state, socialisation.id, protecting.id, 0));
    expect(childrenOf(after, protecting.id).map((c) => c.label.id)[0]).toBe('Sosialisasi program');
    expect(childrenOf(after, protecting.id).map((c) => c.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(childrenOf(after, enabling.id).map((c) => c.order)).toEqual([0, 1, 2, 3]);
  });

  it('reorders among siblings', () => {
    const root = code(state, 'Pemberdayaan');
    const after = doAndUndo(state, moveCode(state, protecting.id, root.id, 0));
    expect(childrenOf(after, root.id).map((c) => c.label.id)).toEqual(['Protecting', 'Enabling', 'Empowering']);
  });

  it('moves a code to the top level', () => {
    const after = doAndUndo(state, moveCode(state, enabling.id, null));
    expect(after.codes[enabling.id]).toMatchObject({ parentId: null, order: 2 });
    expect(descendantIds(after, enabling.id)).toHaveLength(5);
  });

  it.each([
    ['itself', 'Enabling'],
    ['its own sub-code', 'Sosialisasi program'],
  ])('refuses to move a code under %s', (_what, target) => {
    expect(() => moveCode(state, enabling.id, code(state, target).id)).toThrow(expect.objectContaining({ code: 'cycle' }));
    expect(() => moveCode(state, code(state, 'Pemberdayaan').id, code(state, target).id)).toThrow(
      expect.objectContaining({ code: 'cycle' }),
    );
  });
});

describe('codeUsage, mergeCodes, deleteCode', () => {
  it('counts segments on a code or below it, and its sub-codes', () => {
    const state = coded();
    expect(codeUsage(state, code(state, 'Empowering').id)).toEqual({ segments: 2, descendants: 7 });
    expect(codeUsage(state, code(state, 'Pemberdayaan').id)).toEqual({ segments: 3, descendants: 20 });
    expect(codeUsage(state, code(state, 'Regulasi').id)).toEqual({ segments: 0, descendants: 0 });
  });

  it('merging recodes every segment to the target without duplicates and deletes the source', () => {
    const state = coded();
    const pendampingan = code(state, 'Pendampingan');
    const pelatihan = code(state, 'Pelatihan');
    const after = doAndUndo(state, mergeCodes(state, pendampingan.id, pelatihan.id, LATER));
    expect(after.codes[pendampingan.id]).toBeUndefined();
    expect(segments(after).filter((s) => s.codeIds.includes(pelatihan.id))).toHaveLength(2);
    for (const segment of segments(after)) expect(new Set(segment.codeIds).size).toBe(segment.codeIds.length);
    expect(after.codes[pelatihan.id]!.definition.id).toContain(pendampingan.definition.id);
  });

  it('merging moves the source’s sub-codes under the target and passes on the active framework', () => {
    const state = coded();
    const root = code(state, 'Pemberdayaan');
    const factors = code(state, 'Faktor');
    expect(state.project.settings.activeFrameworkCodeId).toBe(root.id);
    const after = doAndUndo(state, mergeCodes(state, root.id, factors.id));
    expect(childrenOf(after, factors.id).map((c) => c.label.id)).toEqual([
      'Faktor pendukung',
      'Faktor penghambat',
      'Enabling',
      'Empowering',
      'Protecting',
    ]);
    expect(after.project.settings.activeFrameworkCodeId).toBe(factors.id);
  });

  it.each([
    ['into itself', 'Enabling', 'Enabling', 'merge-self'],
    ['into its own sub-code', 'Enabling', 'Sosialisasi program', 'cycle'],
  ])('refuses to merge a code %s', (_what, source, target, error) => {
    const state = coded();
    expect(() => mergeCodes(state, code(state, source).id, code(state, target).id)).toThrow(expect.objectContaining({ code: error }));
  });

  it('deleting a code removes it and its sub-codes from segments and deletes segments left uncoded', () => {
    const state = coded();
    const empowering = code(state, 'Empowering');
    const after = doAndUndo(state, deleteCode(state, empowering.id, LATER));
    expect(Object.keys(after.codes)).toHaveLength(Object.keys(state.codes).length - 8);
    // "pelatihan pengemasan" and "pendampingan" only had Empowering codes; the first segment survives.
    expect(segments(after)).toHaveLength(1);
    expect(segments(after)[0]!.codeIds.map((id) => after.codes[id]!.label.id)).toEqual(['Sosialisasi program', 'Faktor pendukung']);
  });

  it('deleting a code keeps segments that still carry another code', () => {
    const state = coded();
    const after = doAndUndo(state, deleteCode(state, code(state, 'Pendampingan').id, LATER));
    expect(segments(after)).toHaveLength(3);
    const last = segments(after).find((s) => s.modifiedAt === LATER)!;
    expect(last.codeIds).toEqual([code(state, 'Pelatihan').id]);
  });

  it('deleting the active framework clears it', () => {
    const state = coded();
    const after = doAndUndo(state, deleteCode(state, code(state, 'Pemberdayaan').id));
    expect(after.project.settings.activeFrameworkCodeId).toBeNull();
    expect(segments(after)).toHaveLength(1);
  });
});
