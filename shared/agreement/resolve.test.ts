import { describe, expect, it } from 'vitest';
import { stateFromSnapshot, snapshotFromState } from '../model/changeset';
import { createProject } from '../project/create-project';
import { code, doAndUndo, documentIdOf, LATER, projectWith, transcript } from '../project/test-support';
import { updateSegment } from '../project/coding';
import { applyChangeset } from '../model/changeset';
import { acceptCoding } from './accept';
import { listDisagreements } from './disagreements';
import { importSecondCoder } from './import-second-coder';
import { agreementReport } from './report';
import { codeWords, NOW, withCoder } from './test-support';
import { addImportedTranscripts } from '../project/documents';

const B = 'coder-b';
const TEXT = 'P: Apa kendalanya?\nI: Modal kami kurang, dan pelatihan jarang.\nP: Lalu?\nI: Pelatihan hanya sekali setahun.';

function twoCoders() {
  let state = withCoder(projectWith(['factors'], [transcript('W1', TEXT)]), B, 'Rina');
  const doc = documentIdOf(state, 'W1');
  const hambat = code(state, 'Faktor penghambat').id;
  const dukung = code(state, 'Faktor pendukung').id;
  state = codeWords(state, null, doc, 'Modal kami kurang', [hambat]);
  state = codeWords(state, B, doc, 'Modal kami kurang, dan pelatihan jarang', [hambat]);
  state = codeWords(state, null, doc, 'Pelatihan hanya sekali', [hambat, dukung]);
  state = codeWords(state, B, doc, 'Pelatihan hanya sekali', [hambat]);
  return { state, doc, hambat, dukung };
}

describe('disagreements', () => {
  it('lists the stretches where the coders differ, with both sides, in reading order', () => {
    const { state, doc, hambat, dukung } = twoCoders();
    const list = listDisagreements(state, null, B, hambat);
    expect(list).toHaveLength(1);
    const [d] = list;
    expect(state.documents[doc]!.text.slice(d!.start, d!.end)).toBe('Modal kami kurang, dan pelatihan jarang');
    expect(d!.segmentsA.map((s) => s.coderId)).toEqual([null]);
    expect(d!.segmentsB.map((s) => s.coderId)).toEqual([B]);
    expect(d!.onlyA).toEqual([]);
    expect(state.documents[doc]!.text.slice(d!.onlyB[0]!.start, d!.onlyB[0]!.end)).toBe(', dan pelatihan jarang');
    // A alone used "Faktor pendukung".
    expect(listDisagreements(state, null, B, dukung).map((x) => x.segmentsB.length)).toEqual([0]);
  });
});

describe('acceptCoding', () => {
  it("accepting B gives the owner B's boundaries and raises agreement to 100%, undoably", () => {
    const { state, hambat } = twoCoders();
    const before = agreementReport(state, null, B).character.codes.find((r) => r.codeId === hambat)!;
    expect(before.figures.percentAgreement).toBeLessThan(100);
    const [d] = listDisagreements(state, null, B, hambat);
    const after = doAndUndo(state, acceptCoding(state, d!, null, B, 'b', NOW));
    const row = agreementReport(after, null, B).character.codes.find((r) => r.codeId === hambat)!;
    expect(row.figures).toMatchObject({ percentAgreement: 100, kappa: 1 });
    expect(listDisagreements(after, null, B, hambat)).toEqual([]);
  });

  it("accepting A removes B's extra characters and keeps B's other codes", () => {
    const setup = twoCoders();
    const { doc, hambat, dukung } = setup;
    const state = codeWords(setup.state, B, doc, 'Modal kami kurang, dan pelatihan jarang', [dukung]);
    const [d] = listDisagreements(state, null, B, hambat);
    const after = doAndUndo(state, acceptCoding(state, d!, null, B, 'a', NOW));
    const bSegments = Object.values(after.segments).filter((s) => s.coderId === B && s.documentId === doc);
    const texts = bSegments.map((s) => [state.documents[doc]!.text.slice(s.start, s.end), s.codeIds]);
    expect(texts).toEqual(
      expect.arrayContaining([
        ['Modal kami kurang, dan pelatihan jarang', [dukung]],
        ['Modal kami kurang', [hambat]],
      ]),
    );
    expect(listDisagreements(after, null, B, hambat)).toEqual([]);
  });

  it("moves the owner's reduced statement to the accepted segment instead of losing it", () => {
    const setup = twoCoders();
    const { hambat } = setup;
    let state = setup.state;
    const owner = Object.values(state.segments).find((s) => s.coderId === null && s.codeIds.length === 1)!;
    state = applyChangeset(state, updateSegment(state, owner.id, { reduced: 'Modal kurang' }, NOW));
    const [d] = listDisagreements(state, null, B, hambat);
    const after = applyChangeset(state, acceptCoding(state, d!, null, B, 'b', NOW));
    expect(after.segments[owner.id]).toBeUndefined();
    expect(Object.values(after.segments).filter((s) => s.coderId === null).map((s) => s.reduced)).toContain('Modal kurang');
  });

  it('changes nothing where the coders already agree', () => {
    const { state, doc, hambat } = twoCoders();
    const start = state.documents[doc]!.text.indexOf('Pelatihan hanya');
    expect(acceptCoding(state, { codeId: hambat, documentId: doc, start, end: start + 22 }, null, B, 'a', NOW)).toEqual({});
  });
});

describe('importSecondCoder', () => {
  function secondFile(owner: ReturnType<typeof twoCoders>['state']) {
    // The second coder's own project: the same transcript (another title), codes made anew
    // (other ids, same names), and one transcript this project does not have.
    let theirs = stateFromSnapshot(createProject({ title: 'Koder kedua', frameworks: ['factors'] }, NOW));
    theirs = applyChangeset(theirs, addImportedTranscripts(theirs, [transcript('Wawancara 1 (salinan)', TEXT + '\n'), transcript('Lain', 'Teks lain sama sekali.')], NOW).changeset);
    const doc = documentIdOf(theirs, 'Wawancara 1 (salinan)');
    theirs = codeWords(theirs, null, doc, 'Modal kami kurang', [code(theirs, 'Faktor penghambat').id]);
    theirs = codeWords(theirs, null, documentIdOf(theirs, 'Lain'), 'Teks lain', [code(theirs, 'Faktor pendukung').id]);
    expect(code(theirs, 'Faktor penghambat').id).not.toBe(code(owner, 'Faktor penghambat').id);
    const snapshot = snapshotFromState(theirs);
    // Coded on another day than the owner's codings.
    snapshot.segments = snapshot.segments.map((s) => ({ ...s, createdAt: LATER, modifiedAt: LATER }));
    return snapshot;
  }

  it('places their codings on our transcript and codes as a new coder, and reports the rest', () => {
    const { state, doc, hambat } = twoCoders();
    const imported = importSecondCoder(state, secondFile(state), { name: '  Dosen Pembimbing ' }, NOW);
    const after = doAndUndo(state, imported.changeset);
    expect(after.coders[imported.coderId]).toMatchObject({ name: 'Dosen Pembimbing', role: 'secondCoder' });
    const theirs = Object.values(after.segments).filter((s) => s.coderId === imported.coderId);
    expect(theirs.map((s) => [s.documentId, after.documents[doc]!.text.slice(s.start, s.end), s.codeIds])).toEqual([[doc, 'Modal kami kurang', [hambat]]]);
    expect(imported.report).toMatchObject({
      unmatchedDocuments: ['Lain'],
      unmatchedCodes: [],
      segmentsImported: 1,
      segmentsSkipped: 1,
      segmentsAlreadyHere: 0,
    });
    expect(imported.report.matchedDocuments).toEqual([{ documentId: doc, title: 'W1', theirTitle: 'Wawancara 1 (salinan)' }]);
    // The first answer now agrees; the owner's "Pelatihan hanya sekali" is the one difference left.
    expect(listDisagreements(after, null, imported.coderId, hambat)).toHaveLength(1);
  });

  it("skips this project's own codings that travelled with a copy of the file", () => {
    const { state } = twoCoders();
    const copy = snapshotFromState(state);
    expect(() => importSecondCoder(state, copy, { name: 'Salinan' }, NOW)).toThrow(expect.objectContaining({ code: 'nothing-to-import' }));
  });

  it('skips codings a copy with new ids carried along, and takes the ones added in it', () => {
    const { state, doc, hambat } = twoCoders();
    // As opening a project file does: every id new, everything else kept.
    const fresh = (id: string) => `baru-${id}`;
    const copy = snapshotFromState(state);
    copy.documents = copy.documents.map((d) => ({ ...d, id: fresh(d.id) }));
    copy.codes = copy.codes.map((c) => ({ ...c, id: fresh(c.id), parentId: c.parentId && fresh(c.parentId) }));
    copy.segments = copy.segments.map((s) => ({ ...s, id: fresh(s.id), documentId: fresh(s.documentId), codeIds: s.codeIds.map(fresh) }));
    let theirs = stateFromSnapshot(copy);
    theirs = codeWords(theirs, null, fresh(doc), 'P: Lalu?', [fresh(hambat)]);
    const imported = importSecondCoder(state, snapshotFromState(theirs), { name: 'Rina' }, NOW);
    expect(imported.report).toMatchObject({ segmentsImported: 1, segmentsAlreadyHere: 2 });
    expect(imported.changeset.put!.segments!.map((s) => state.documents[doc]!.text.slice(s.start, s.end))).toEqual(['P: Lalu?']);
  });

  it('refuses a file with none of our transcripts, or no name, changing nothing', () => {
    const { state } = twoCoders();
    const other = snapshotFromState(projectWith(['factors'], [transcript('X', 'Tidak ada yang sama.')]));
    expect(() => importSecondCoder(state, other, { name: 'Rina' }, NOW)).toThrow(expect.objectContaining({ code: 'no-shared-transcripts' }));
    expect(() => importSecondCoder(state, secondFile(state), { name: '  ' }, NOW)).toThrow(expect.objectContaining({ code: 'empty-coder-name' }));
  });

  it('lists codes it could not match by id or name, and places the rest', () => {
    const { state, doc, hambat } = twoCoders();
    let theirs = stateFromSnapshot(createProject({ title: 'Lain', frameworks: ['woolcock', 'factors'] }, NOW));
    theirs = applyChangeset(theirs, addImportedTranscripts(theirs, [transcript('W1', TEXT)], NOW).changeset);
    const their = documentIdOf(theirs, 'W1');
    theirs = codeWords(theirs, null, their, 'Modal kami', [code(theirs, 'Bonding').id]);
    theirs = codeWords(theirs, null, their, 'Pelatihan hanya', [code(theirs, 'Bonding').id, code(theirs, 'Faktor penghambat').id]);
    const imported = importSecondCoder(state, snapshotFromState(theirs), { name: 'Rina' }, NOW);
    expect(imported.report.unmatchedCodes).toEqual(['Bonding']);
    expect(imported.report).toMatchObject({ segmentsImported: 1, segmentsSkipped: 1 });
    const placed = imported.changeset.put!.segments!;
    expect(placed.map((s) => [s.documentId, s.codeIds])).toEqual([[doc, [hambat]]]);
  });
});
