import { describe, expect, it } from 'vitest';
import { applyChangeset, snapshotFromState, stateFromSnapshot, type Changeset } from '../model/changeset';
import { CODE, DOCUMENT, realisticProject, SEGMENT } from '../refi/testing/realistic-project';
import { canonicalSnapshot, docsForChangeset, snapshotToDocs, type SyncDoc } from './docs';
import { changesFromDocs } from './inbound';

const overTheWire = (docs: SyncDoc[]): SyncDoc[] => JSON.parse(JSON.stringify(docs)) as SyncDoc[];

describe('documents arriving from the server', () => {
  it('bring another machine the same edits, deletions and new transcripts', () => {
    const start = stateFromSnapshot(realisticProject());
    const doc = start.documents[DOCUMENT.interview]!;
    const newDoc = { ...doc, id: 'd-new', title: 'Wawancara baru', text: 'Teks wawancara baru' };
    const edit: Changeset = {
      project: { journal: 'Catatan dari laptop' },
      put: {
        segments: [{ ...start.segments[SEGMENT.training]!, memo: 'Memo dari laptop' }],
        documents: [newDoc],
      },
      delete: { segments: [SEGMENT.budget], codes: [CODE.digital] },
    };
    const after = applyChangeset(start, edit);
    const docs = overTheWire(docsForChangeset(start, edit));
    const texts = new Map(docs.filter((d) => d.type === 'doctext').map((d) => [String(d.documentId), d]));
    const { changeset, waitingForText } = changesFromDocs(start, docs, (id) => texts.get(id));
    expect(waitingForText).toEqual([]);
    const arrived = applyChangeset(start, changeset);
    expect(canonicalSnapshot(snapshotFromState({ ...arrived, project: { ...arrived.project, modifiedAt: '' } }))).toEqual(
      canonicalSnapshot(snapshotFromState({ ...after, project: { ...after.project, modifiedAt: '' } })),
    );
  });

  it("change nothing when they are the app's own writes coming back", () => {
    const state = stateFromSnapshot(realisticProject());
    const docs = overTheWire(snapshotToDocs(snapshotFromState(state)));
    const texts = new Map(docs.filter((d) => d.type === 'doctext').map((d) => [String(d.documentId), d]));
    expect(changesFromDocs(state, docs, (id) => texts.get(id)).changeset).toEqual({});
  });

  it('hold back a new transcript until its text has arrived', () => {
    const state = stateFromSnapshot(realisticProject());
    const doc = { ...state.documents[DOCUMENT.interview]!, id: 'd-late' };
    const docs = overTheWire(docsForChangeset(state, { put: { documents: [doc] } })).filter((d) => d.type !== 'doctext');
    const result = changesFromDocs(state, docs, () => undefined);
    expect(result.changeset).toEqual({});
    expect(result.waitingForText).toEqual(['document:d-late']);
  });

  it('replace a cell summary written on another machine for the same cell', () => {
    const state = stateFromSnapshot(realisticProject());
    const existing = Object.values(state.cellSummaries)[0]!;
    const theirs = { ...existing, id: 'other-summary', text: 'Ringkasan dari komputer kampus' };
    const docs = overTheWire(docsForChangeset(state, { put: { cellSummaries: [theirs] } }));
    const { changeset } = changesFromDocs(state, docs, () => undefined);
    const next = applyChangeset(state, changeset);
    expect(Object.values(next.cellSummaries).filter((s) => s.codeId === existing.codeId && s.informantId === existing.informantId).map((s) => s.text)).toEqual([
      'Ringkasan dari komputer kampus',
    ]);
  });
});
