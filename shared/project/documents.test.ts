import { describe, expect, it } from 'vitest';
import { applyChangeset } from '../model/changeset';
import { applyCodes } from './coding';
import { addImportedTranscripts, deleteDocument, updateDocument } from './documents';
import { addInformant } from './informants';
import { code, doAndUndo, documentIdOf, NOW, projectWith, rangeOf, segments, transcript } from './test-support';

describe('addImportedTranscripts', () => {
  it('creates a document and an informant from the interview header', () => {
    const state = projectWith([]);
    const header = {
      name: ' Ibu Supartina ',
      position: 'Kepala Bidang UMKM',
      date: 'Senin, 14 November 2023',
      place: 'Kantor Diskopindag',
      extra: { 'Jenis kelamin': 'Perempuan' },
    };
    const { changeset, documentIds } = addImportedTranscripts(state, [transcript('Wawancara 1', 'P: Halo', header)], NOW);
    const after = doAndUndo(state, changeset);
    const document = after.documents[documentIds[0]!]!;
    expect(document).toMatchObject({ title: 'Wawancara 1', kind: 'interview', text: 'P: Halo', sourceFileName: 'Wawancara 1.docx', importedAt: NOW, order: 0 });
    expect(after.informants[document.informantId!]).toMatchObject({
      label: 'I1',
      name: 'Ibu Supartina',
      position: 'Kepala Bidang UMKM',
      interviewDate: '2023-11-14',
      place: 'Kantor Diskopindag',
      attributes: { 'Jenis kelamin': 'Perempuan' },
    });
  });

  it.each([
    ['a readable date', '14/11/2023', '2023-11-14'],
    ['an unreadable date, kept as written', 'awal November', 'awal November'],
    ['no date', undefined, ''],
  ])('stores %s', (_what, date, stored) => {
    const state = projectWith([]);
    const { changeset, documentIds } = addImportedTranscripts(state, [transcript('W', 'x', { name: 'A', date, extra: {} })]);
    const after = applyChangeset(state, changeset);
    expect(after.informants[after.documents[documentIds[0]!]!.informantId!]!.interviewDate).toBe(stored);
  });

  it('names the informant after the file when the header has no name', () => {
    const state = projectWith([]);
    const { changeset, documentIds } = addImportedTranscripts(state, [transcript('Pelaku UMKM Kerupuk', 'x')]);
    const after = applyChangeset(state, changeset);
    expect(after.informants[after.documents[documentIds[0]!]!.informantId!]!.name).toBe('Pelaku UMKM Kerupuk');
  });

  it('reuses an informant of the same name (any case or spacing) instead of duplicating', () => {
    let state = projectWith([]);
    const existing = addInformant(state, { name: 'Pak  Hasan', position: '' });
    state = applyChangeset(state, existing.changeset);
    const batch = [
      transcript('Hasan sesi 1', 'a', { name: 'pak hasan', position: 'Ketua kelompok', extra: {} }),
      transcript('Rina', 'b', { name: 'Rina', extra: {} }),
      transcript('Rina lanjutan', 'c', { name: 'RINA', extra: {} }),
    ];
    const { changeset, documentIds } = addImportedTranscripts(state, batch, NOW);
    const after = doAndUndo(state, changeset);
    expect(Object.values(after.informants)).toHaveLength(2);
    const [hasan, rina1, rina2] = documentIds.map((id) => after.documents[id]!);
    expect(hasan!.informantId).toBe(existing.informantId);
    expect(after.informants[existing.informantId]).toMatchObject({ name: 'Pak  Hasan', position: 'Ketua kelompok', label: 'I1' });
    expect(rina1!.informantId).toBe(rina2!.informantId);
    expect(after.informants[rina1!.informantId!]!.label).toBe('I2');
    expect([hasan!.order, rina1!.order, rina2!.order]).toEqual([0, 1, 2]);
  });

  it('appends to the documents already there', () => {
    const state = projectWith([], [transcript('Lama', 'x', { name: 'A', extra: {} })]);
    const { changeset, documentIds } = addImportedTranscripts(state, [transcript('Baru', 'y', { name: 'B', extra: {} })]);
    expect(applyChangeset(state, changeset).documents[documentIds[0]!]!.order).toBe(1);
    expect(addImportedTranscripts(state, [])).toEqual({ changeset: {}, documentIds: [] });
  });
});

describe('updateDocument and deleteDocument', () => {
  function withCoding() {
    const state = projectWith(['factors'], [transcript('W1', 'Dana terbatas sekali.', { name: 'A', extra: {} }), transcript('W2', 'Dana cukup.')]);
    const w1 = documentIdOf(state, 'W1');
    const w2 = documentIdOf(state, 'W2');
    const hambat = code(state, 'Faktor penghambat').id;
    let after = applyChangeset(state, applyCodes(state, { ...rangeOf(state, w1, 'Dana terbatas'), codeIds: [hambat] }).changeset);
    after = applyChangeset(after, applyCodes(after, { ...rangeOf(after, w2, 'Dana cukup'), codeIds: [hambat] }).changeset);
    return { state: after, w1, w2 };
  }

  it('edits title, kind, informant and memo, never the text', () => {
    const { state, w1, w2 } = withCoding();
    const other = state.documents[w2]!.informantId;
    const cs = updateDocument(state, w1, { title: 'Observasi pasar', kind: 'observation', informantId: other, memo: 'm' });
    expect(doAndUndo(state, cs).documents[w1]).toMatchObject({ title: 'Observasi pasar', kind: 'observation', informantId: other, memo: 'm', text: 'Dana terbatas sekali.' });
    expect(updateDocument(state, w1, { title: 'W1' })).toEqual({});
    expect(() => updateDocument(state, w1, { title: '' })).toThrow(expect.objectContaining({ code: 'empty-label' }));
    expect(() => updateDocument(state, w1, { informantId: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('deletes a document with its segments only', () => {
    const { state, w1, w2 } = withCoding();
    const after = doAndUndo(state, deleteDocument(state, w1));
    expect(after.documents[w1]).toBeUndefined();
    expect(segments(after).map((s) => s.documentId)).toEqual([w2]);
  });
});
