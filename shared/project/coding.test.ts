import { describe, expect, it } from 'vitest';
import { applyChangeset, makeCommand } from '../model/changeset';
import { applyCodes, codeAllHits, deleteSegment, removeCodeFromSegment, updateSegment } from './coding';
import { segmentsInDocument } from './queries';
import { code, doAndUndo, documentIdOf, LATER, NOW, projectWith, rangeOf, segments, transcript } from './test-support';

const TEXT = 'P: Apa kendalanya?\nI:   Modal kami kurang, dan pelatihan jarang.  \n\nP: Lalu?\nI: Pelatihan hanya sekali.';

function setup() {
  const state = projectWith(['empowerment', 'factors'], [transcript('W1', TEXT)]);
  const doc = documentIdOf(state, 'W1');
  return { state, doc, modal: code(state, 'Permodalan').id, latih: code(state, 'Pelatihan').id, hambat: code(state, 'Faktor penghambat').id };
}

describe('applyCodes', () => {
  it('creates a segment with the codes, undoably', () => {
    const { state, doc, modal, hambat } = setup();
    const { changeset, segmentId } = applyCodes(state, { ...rangeOf(state, doc, 'Modal kami kurang'), codeIds: [modal, hambat] }, NOW);
    const after = doAndUndo(state, changeset);
    expect(after.segments[segmentId]).toMatchObject({ codeIds: [modal, hambat], memo: '', reduced: '', coderId: null, createdAt: NOW });
  });

  it.each([
    ['leading spaces', '   Modal kami kurang', 'Modal kami kurang'],
    ['trailing spaces and line end', 'jarang.  \n', 'jarang.'],
    ['a blank line around', '\n\nP: Lalu?\n', 'P: Lalu?'],
    ['nothing to trim', 'Modal', 'Modal'],
  ])('trims %s off the selection', (_what, selected, coded) => {
    const { state, doc, modal } = setup();
    const { changeset, segmentId } = applyCodes(state, { ...rangeOf(state, doc, selected), codeIds: [modal] }, NOW);
    const segment = applyChangeset(state, changeset).segments[segmentId]!;
    expect(TEXT.slice(segment.start, segment.end)).toBe(coded);
  });

  it.each([
    ['only whitespace', (d: string) => ({ documentId: d, start: 21, end: 24 }), 'empty-selection'],
    ['an empty range', (d: string) => ({ documentId: d, start: 5, end: 5 }), 'empty-selection'],
    ['a backwards range', (d: string) => ({ documentId: d, start: 9, end: 5 }), 'empty-selection'],
    ['a range past the end', (d: string) => ({ documentId: d, start: 5, end: 5000 }), 'invalid-range'],
    ['an unknown document', () => ({ documentId: 'nope', start: 0, end: 5 }), 'not-found'],
  ])('refuses %s', (_what, range, error) => {
    const { state, doc, modal } = setup();
    expect(() => applyCodes(state, { ...range(doc), codeIds: [modal] })).toThrow(expect.objectContaining({ code: error }));
  });

  it('refuses coding without a code, or with a code that no longer exists', () => {
    const { state, doc } = setup();
    const range = rangeOf(state, doc, 'Modal');
    expect(() => applyCodes(state, { ...range, codeIds: [] })).toThrow(expect.objectContaining({ code: 'no-code' }));
    expect(() => applyCodes(state, { ...range, codeIds: ['gone'] })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('adds codes to the segment on exactly the same range instead of making a second one', () => {
    const { state: s0, doc, modal, hambat } = setup();
    const first = applyCodes(s0, { ...rangeOf(s0, doc, 'Modal kami kurang'), codeIds: [modal] }, NOW);
    const s1 = applyChangeset(s0, first.changeset);
    // The sloppier selection trims to the same range.
    const range = rangeOf(s1, doc, ' Modal kami kurang');
    const second = applyCodes(s1, { ...range, codeIds: [hambat, modal] }, LATER);
    expect(second.segmentId).toBe(first.segmentId);
    const s2 = doAndUndo(s1, second.changeset);
    expect(segments(s2)).toHaveLength(1);
    expect(s2.segments[first.segmentId]).toMatchObject({ codeIds: [modal, hambat], createdAt: NOW, modifiedAt: LATER });
    // Coding it again with what it already has changes nothing.
    expect(applyCodes(s2, { ...range, codeIds: [modal] }).changeset).toEqual({});
  });

  it('lets segments overlap, and keeps a second coder’s segment apart', () => {
    const { state: s0, doc, modal, latih } = setup();
    const a = applyCodes(s0, { ...rangeOf(s0, doc, 'Modal kami kurang, dan pelatihan'), codeIds: [modal] }, NOW);
    const s1 = applyChangeset(s0, a.changeset);
    const b = applyCodes(s1, { ...rangeOf(s1, doc, 'pelatihan jarang'), codeIds: [latih] }, NOW);
    const s2 = applyChangeset(s1, b.changeset);
    const c = applyCodes(s2, { ...rangeOf(s2, doc, 'pelatihan jarang'), codeIds: [latih], coderId: 'koder-2' }, NOW);
    const s3 = applyChangeset(s2, c.changeset);
    expect(new Set([a.segmentId, b.segmentId, c.segmentId]).size).toBe(3);
    const listed = segmentsInDocument(s3, doc).map((s) => [TEXT.slice(s.start, s.end), s.coderId ?? '']);
    expect(listed.sort()).toEqual([
      ['Modal kami kurang, dan pelatihan', ''],
      ['pelatihan jarang', ''],
      ['pelatihan jarang', 'koder-2'],
    ]);
  });
});

describe('codeAllHits', () => {
  it('codes every hit in one changeset, one undo step, reusing segments on the same range', () => {
    const { state: s0, doc, latih, hambat } = setup();
    const first = rangeOf(s0, doc, 'pelatihan');
    const s1 = applyChangeset(s0, applyCodes(s0, { ...first, codeIds: [hambat] }, NOW).changeset);
    const second = rangeOf(s1, doc, 'Pelatihan');
    const hits = [first, second, second, { documentId: doc, start: 21, end: 24 }];
    const changeset = codeAllHits(s1, hits, latih, LATER);
    const command = makeCommand(s1, 'commands:codeAllHits', changeset);
    const s2 = applyChangeset(s1, command.forward);
    expect(segments(s2)).toHaveLength(2);
    expect(segments(s2).every((s) => s.codeIds.includes(latih))).toBe(true);
    expect(applyChangeset(s2, command.backward)).toEqual(s1);
    doAndUndo(s1, changeset);
  });

  it('changes nothing when every hit is already coded', () => {
    const { state: s0, doc, latih } = setup();
    const hit = rangeOf(s0, doc, 'Pelatihan');
    const s1 = applyChangeset(s0, codeAllHits(s0, [hit], latih, NOW));
    expect(codeAllHits(s1, [hit], latih)).toEqual({});
  });

  it("codes the hits as the second coder's own segments, beside the owner's", () => {
    const { state: s0, doc, latih } = setup();
    const hit = rangeOf(s0, doc, 'Pelatihan');
    const s1 = applyChangeset(s0, codeAllHits(s0, [hit], latih, NOW));
    const s2 = applyChangeset(s1, codeAllHits(s1, [hit], latih, LATER, 'koder-2'));
    expect(segments(s2).map((s) => s.coderId).sort()).toEqual(['koder-2', null].sort());
  });
});

describe('editing segments', () => {
  function codedSegment() {
    const { state, doc, modal, hambat } = setup();
    const { changeset, segmentId } = applyCodes(state, { ...rangeOf(state, doc, 'Modal kami kurang'), codeIds: [modal, hambat] }, NOW);
    return { state: applyChangeset(state, changeset), segmentId, modal, hambat };
  }

  it('removing one code keeps the segment with the others', () => {
    const { state, segmentId, modal, hambat } = codedSegment();
    const after = doAndUndo(state, removeCodeFromSegment(state, segmentId, modal, LATER));
    expect(after.segments[segmentId]!.codeIds).toEqual([hambat]);
  });

  it('removing the last code deletes the segment, memo and reduced statement included; undo restores them', () => {
    const { state: s0, segmentId, modal, hambat } = codedSegment();
    const s1 = applyChangeset(s0, updateSegment(s0, segmentId, { memo: 'penting', reduced: 'Modal kurang' }, LATER));
    const s2 = applyChangeset(s1, removeCodeFromSegment(s1, segmentId, modal));
    const command = makeCommand(s2, 'commands:removeCode', removeCodeFromSegment(s2, segmentId, hambat));
    const s3 = applyChangeset(s2, command.forward);
    expect(s3.segments[segmentId]).toBeUndefined();
    expect(applyChangeset(s3, command.backward).segments[segmentId]).toMatchObject({ memo: 'penting', reduced: 'Modal kurang' });
  });

  it('deletes a segment', () => {
    const { state, segmentId } = codedSegment();
    expect(doAndUndo(state, deleteSegment(state, segmentId)).segments[segmentId]).toBeUndefined();
    expect(() => deleteSegment(state, 'nope')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('edits memo, reduced statement and bounds (trimmed), stamping the time', () => {
    const { state, segmentId } = codedSegment();
    const old = state.segments[segmentId]!;
    const cs = updateSegment(state, segmentId, { memo: 'M', reduced: 'R', end: old.end + 2 }, LATER);
    const after = doAndUndo(state, cs).segments[segmentId]!;
    expect(after).toMatchObject({ memo: 'M', reduced: 'R', modifiedAt: LATER });
    expect(TEXT.slice(after.start, after.end)).toBe('Modal kami kurang,');
    expect(updateSegment(state, segmentId, { memo: '' })).toEqual({});
    expect(() => updateSegment(state, segmentId, { start: old.end })).toThrow(expect.objectContaining({ code: 'empty-selection' }));
  });
});
