import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { action, advance, commit, type Action } from '../../../shared/actions';
import { snapshotFromState, stateFromSnapshot, type ProjectState } from '../../../shared/model/changeset';
import { deleteCode } from '../../../shared/project/codebook';
import { deleteSegment, updateSegment } from '../../../shared/project/coding';
import { updateDocument } from '../../../shared/project/documents';
import { setCellSummary } from '../../../shared/reduction/cell-summaries';
import { CODE, DOCUMENT, INFORMANT, realisticProject, SEGMENT } from '../../../shared/refi/testing/realistic-project';
import { canonicalSnapshot, snapshotToDocs } from '../../../shared/sync';
import { mirrorChangeset, snapshotFromReplica } from './mirror';
import { openReplica } from './replica';

const owner = { coderId: null, reviewing: false };
const NOW = '2026-10-01T09:00:00.000Z';

describe('mirroring committed changesets into the local replica (idb adapter)', () => {
  beforeAll(() => {
    // PouchDB's idb adapter reads the browser's user agent; Node 20 has no `navigator` (21+ has).
    if (!('navigator' in globalThis)) Object.defineProperty(globalThis, 'navigator', { value: { userAgent: 'node' }, configurable: true });
  });

  it('keeps the replica holding exactly the project the store holds, through edits, deletions and an undo', async () => {
    const replica = openReplica(`mirror-${Math.random().toString(36).slice(2)}`);
    const start = realisticProject();
    await replica.bulkDocs(snapshotToDocs(start) as unknown as PouchDB.Core.PutDocument<object>[]);
    let state: ProjectState = stateFromSnapshot(start);

    const steps: Action[] = [
      action('editCellSummary', (s, ctx) => setCellSummary(s, { codeId: CODE.empowering, informantId: INFORMANT.sri }, 'Ringkasan baru', ctx)),
      action('editSegmentMemo', (s) => updateSegment(s, SEGMENT.training, { memo: 'Memo baru' }, NOW)),
      action('updateDocument', (s) => updateDocument(s, DOCUMENT.interview, { title: 'Wawancara Ibu Sri' })),
      action('deleteSegment', (s) => deleteSegment(s, SEGMENT.budget)),
      // Deleting a code also updates the segments and the analysis that named it.
      action('deleteCode', (s, ctx) => deleteCode(s, CODE.digital, ctx.now)),
    ];
    const commands = [];
    for (const step of steps) {
      const committed = commit(state, step, owner, NOW)!;
      const result = await mirrorChangeset(replica, state, committed.command.forward);
      expect(result.failed).toEqual([]);
      commands.push(committed.command);
      state = committed.next;
      expect(await snapshotFromReplica(replica)).toEqual(canonicalSnapshot(snapshotFromState(state)));
    }

    // Undo the code deletion and the segment deletion: the rows come back on top of their tombstones.
    for (const command of commands.slice(-2).reverse()) {
      const result = await mirrorChangeset(replica, state, command.backward);
      expect(result.failed).toEqual([]);
      state = advance(state, command.backward);
    }
    expect(await snapshotFromReplica(replica)).toEqual(canonicalSnapshot(snapshotFromState(state)));
    expect(state.segments[SEGMENT.budget]).toBeDefined();

    // Renaming the document wrote a small revision; its transcript was written once.
    const text = await replica.get(`doctext:${DOCUMENT.interview}`);
    expect(text._rev).toMatch(/^1-/);
    const budget = await replica.get(`segment:${SEGMENT.budget}`);
    expect(budget._rev).toMatch(/^3-/);
    await replica.destroy();
  });
});
