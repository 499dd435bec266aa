import { describe, expect, it } from 'vitest';
import type { ProjectState } from '../model/changeset';
import { applyChangeset } from '../model/changeset';
import { applyCodes } from './coding';
import { codeCounts, codeCountsWithDescendants, segmentsByCode, segmentsInDocument } from './queries';
import { code, documentIdOf, projectWith, rangeOf, transcript } from './test-support';

const W1 = 'P: Ada pelatihan?\nI: Ada, pelatihan pengemasan.\nP: Modal?\nI: Belum ada bantuan modal.';
const W2 = 'P: Bagaimana pendampingan?\nI: Pendampingan rutin tiap bulan.';

function coded(): ProjectState {
  let state = projectWith(['empowerment'], [transcript('W1', W1, { name: 'Bu Ani', extra: {} }), transcript('W2', W2)]);
  const apply = (title: string, words: string, ...labels: string[]): void => {
    const range = rangeOf(state, documentIdOf(state, title), words);
    state = applyChangeset(state, applyCodes(state, { ...range, codeIds: labels.map((l) => code(state, l).id) }).changeset);
  };
  apply('W2', 'Pendampingan rutin tiap bulan', 'Pendampingan');
  apply('W1', 'Belum ada bantuan modal', 'Permodalan', 'Empowering');
  apply('W1', 'pelatihan pengemasan', 'Pelatihan');
  return state;
}

describe('counts per code', () => {
  it('counts segments per code directly and with sub-codes, a segment once per code', () => {
    const state = coded();
    const direct = codeCounts(state);
    expect(direct[code(state, 'Pelatihan').id]).toBe(1);
    expect(direct[code(state, 'Empowering').id]).toBe(1);
    expect(direct[code(state, 'Enabling').id]).toBeUndefined();
    const rolled = codeCountsWithDescendants(state);
    expect(rolled[code(state, 'Empowering').id]).toBe(3);
    expect(rolled[code(state, 'Pemberdayaan').id]).toBe(3);
    expect(rolled[code(state, 'Permodalan').id]).toBe(1);
  });

  it('follows changes to segments and to the tree', () => {
    const state = coded();
    const empowering = code(state, 'Empowering').id;
    expect(codeCountsWithDescendants(state)[empowering]).toBe(3);
    const pendampingan = code(state, 'Pendampingan');
    const moved = applyChangeset(state, { put: { codes: [{ ...pendampingan, parentId: code(state, 'Enabling').id }] } });
    expect(codeCountsWithDescendants(moved)[empowering]).toBe(2);
    expect(codeCountsWithDescendants(moved)[code(state, 'Enabling').id]).toBe(1);
    const uncoded = applyChangeset(state, { delete: { segments: Object.keys(state.segments) } });
    expect(codeCounts(uncoded)).toEqual({});
    expect(codeCountsWithDescendants(state)[empowering]).toBe(3);
  });
});

describe('segmentsByCode', () => {
  it('retrieves a code’s segments with document, informant, line and text, in document then text order', () => {
    const state = coded();
    const rows = segmentsByCode(state, code(state, 'Empowering').id, { includeDescendants: true });
    expect(rows.map((r) => [r.document.title, r.informant?.name ?? null, r.line, r.text])).toEqual([
      ['W1', 'Bu Ani', 2, 'pelatihan pengemasan'],
      ['W1', 'Bu Ani', 4, 'Belum ada bantuan modal'],
      ['W2', 'W2', 2, 'Pendampingan rutin tiap bulan'],
    ]);
  });

  it('without sub-codes returns only segments carrying the code itself', () => {
    const state = coded();
    expect(segmentsByCode(state, code(state, 'Empowering').id).map((r) => r.text)).toEqual(['Belum ada bantuan modal']);
    expect(segmentsByCode(state, code(state, 'Regulasi').id)).toEqual([]);
  });

  it('shows no informant for a document that has none', () => {
    let state = coded();
    const w2 = documentIdOf(state, 'W2');
    state = applyChangeset(state, { put: { documents: [{ ...state.documents[w2]!, informantId: null }] } });
    expect(segmentsByCode(state, code(state, 'Pendampingan').id)[0]!.informant).toBeNull();
  });
});

describe('segmentsInDocument', () => {
  it('lists a document’s segments in reading order and follows changes', () => {
    const state = coded();
    const w1 = documentIdOf(state, 'W1');
    expect(segmentsInDocument(state, w1).map((s) => W1.slice(s.start, s.end))).toEqual(['pelatihan pengemasan', 'Belum ada bantuan modal']);
    const range = rangeOf(state, w1, 'Ada pelatihan?');
    const after = applyChangeset(state, applyCodes(state, { ...range, codeIds: [code(state, 'Pelatihan').id] }).changeset);
    expect(segmentsInDocument(after, w1)).toHaveLength(3);
    expect(segmentsInDocument(after, w1)[0]!.start).toBe(range.start);
    expect(segmentsInDocument(state, w1)).toHaveLength(2);
  });
});
