import { describe, expect, it } from 'vitest';
import { stateFromSnapshot } from '../model/changeset';
import { CODE, CONCLUSION_ID, INFORMANT, SEGMENT, realisticProject } from '../refi/testing/realistic-project';
import { deleteCode, mergeCodes } from './codebook';
import { deleteSegment } from './coding';
import { followReferences } from './follow-references';
import { deleteInformant } from './informants';
import { doAndUndo, LATER } from './test-support';

const analysed = () => stateFromSnapshot(realisticProject());
const summariesOf = (state: ReturnType<typeof analysed>) => Object.values(state.cellSummaries).map((s) => [s.codeId, s.informantId, s.text]);

describe('the analysis follows deletions and merges (undo restores all of it)', () => {
  it('deleting a code takes its summaries and conclusions with it', () => {
    const before = analysed();
    const after = doAndUndo(before, followReferences(before, deleteCode(before, CODE.empowering, LATER), LATER));
    expect(summariesOf(after)).toEqual([]);
    expect(after.conclusions[CONCLUSION_ID]).toBeUndefined();
    // The inhibiting factor's triangulation note is untouched.
    expect(Object.values(after.triangulationNotes).map((n) => n.codeId)).toEqual([CODE.inhibiting]);
  });

  it('deleting a segment removes it from the evidence of a conclusion and keeps the rest', () => {
    const before = analysed();
    const after = doAndUndo(before, followReferences(before, deleteSegment(before, SEGMENT.training), LATER));
    expect(after.conclusions[CONCLUSION_ID]!.evidenceSegmentIds).toEqual([SEGMENT.packaging]);
    expect(after.conclusions[CONCLUSION_ID]!.text).toBe(before.conclusions[CONCLUSION_ID]!.text);
  });

  it('deleting an informant removes the summaries of their cells', () => {
    const before = analysed();
    const after = doAndUndo(before, followReferences(before, deleteInformant(before, INFORMANT.sri), LATER));
    expect(summariesOf(after)).toEqual([]);
  });

  it('merging a code moves its summaries, notes and conclusions to the target', () => {
    const before = analysed();
    const after = doAndUndo(before, followReferences(before, mergeCodes(before, CODE.empowering, CODE.enabling, LATER), LATER));
    expect(summariesOf(after)).toEqual([[CODE.enabling, INFORMANT.sri, 'Pelatihan membantu pemasaran daring; omzet naik.']]);
    expect(after.conclusions[CONCLUSION_ID]!.codeId).toBe(CODE.enabling);
  });

  it('merging into a code that has its own summary for the informant appends instead of overwriting', () => {
    const base = analysed();
    const own = { ...Object.values(base.cellSummaries)[0]!, id: 'own', codeId: CODE.enabling, text: 'Ringkasan sendiri.' };
    const before = { ...base, cellSummaries: { ...base.cellSummaries, own } };
    const after = doAndUndo(before, followReferences(before, mergeCodes(before, CODE.empowering, CODE.enabling, LATER), LATER));
    expect(summariesOf(after)).toEqual([[CODE.enabling, INFORMANT.sri, 'Ringkasan sendiri.\n\nPelatihan membantu pemasaran daring; omzet naik.']]);
  });

  it('leaves a changeset without deletions as it is', () => {
    const before = analysed();
    const cs = { put: { codes: [{ ...before.codes[CODE.enabling]!, memo: 'x' }] } };
    expect(followReferences(before, cs)).toBe(cs);
  });
});
