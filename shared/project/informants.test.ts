import { describe, expect, it } from 'vitest';
import { applyChangeset } from '../model/changeset';
import { addInformant, deleteInformant, nextInformantLabel, updateInformant, updateProject } from './informants';
import { doAndUndo, documentIdOf, projectWith, transcript } from './test-support';

describe('informants', () => {
  it('labels new informants I1, I2 … after the highest number in use', () => {
    let state = projectWith([]);
    expect(nextInformantLabel(state)).toBe('I1');
    const first = addInformant(state, { name: 'Bu Rina', group: 'ASN' });
    state = doAndUndo(state, first.changeset);
    expect(state.informants[first.informantId]).toMatchObject({ label: 'I1', name: 'Bu Rina', group: 'ASN', order: 0, attributes: {} });
    state = applyChangeset(state, addInformant(state, { label: 'I7' }).changeset);
    state = applyChangeset(state, addInformant(state, { label: 'Kepala Dinas' }).changeset);
    expect(nextInformantLabel(state)).toBe('I8');
  });

  it('edits fields and refuses an empty label', () => {
    const s0 = projectWith([]);
    const { changeset, informantId } = addInformant(s0, {});
    const s1 = applyChangeset(s0, changeset);
    const s2 = doAndUndo(s1, updateInformant(s1, informantId, { category: 'Informan kunci', attributes: { usia: '45' } }));
    expect(s2.informants[informantId]).toMatchObject({ category: 'Informan kunci', attributes: { usia: '45' }, label: 'I1' });
    expect(() => updateInformant(s1, informantId, { label: '' })).toThrow(expect.objectContaining({ code: 'empty-label' }));
    expect(() => updateInformant(s1, 'nope', {})).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('deleting an informant keeps their transcripts, now without informant', () => {
    const state = projectWith([], [transcript('W1', 'teks', { name: 'Pak Budi', extra: {} })]);
    const doc = documentIdOf(state, 'W1');
    const informantId = state.documents[doc]!.informantId!;
    const after = doAndUndo(state, deleteInformant(state, informantId));
    expect(after.informants[informantId]).toBeUndefined();
    expect(after.documents[doc]!.informantId).toBeNull();
  });
});

describe('updateProject', () => {
  it('changes only what differs, trims the title, and undoes exactly', () => {
    const state = projectWith(['factors']);
    const cs = updateProject(state, { title: ' Baru ', journal: 'Hari 1: wawancara', researcher: state.project.researcher });
    expect(cs).toEqual({ project: { title: 'Baru', journal: 'Hari 1: wawancara' } });
    expect(doAndUndo(state, cs).project.journal).toBe('Hari 1: wawancara');
  });

  it('edits settings lists and refuses an empty title', () => {
    const state = projectWith([]);
    const settings = { ...state.project.settings, informantGroups: ['ASN', 'Pelaku UMKM', 'Akademisi'] };
    expect(doAndUndo(state, updateProject(state, { settings })).project.settings.informantGroups).toHaveLength(3);
    expect(updateProject(state, { settings: state.project.settings })).toEqual({});
    expect(() => updateProject(state, { title: ' ' })).toThrow(expect.objectContaining({ code: 'empty-label' }));
  });
});
