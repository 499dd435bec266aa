/**
 * A small project for the review tests: the empowerment framework, one informant with a
 * transcript, one coded segment and a conclusion, so every kind of comment target exists.
 */
import { applyChangeset, makeCommand, snapshotFromState, TABLES, type Changeset, type ProjectState } from '../model/changeset';
import type { CommentTarget } from '../model/types';
import { addInformant, applyCodes, updateDocument } from '../project';
import { code, documentIdOf, projectWith, rangeOf, transcript } from '../project/test-support';

export const TEXT = [
  'P: Bagaimana pelatihan dari dinas?',
  'I: Pelatihan pemasaran daring sangat membantu usaha kami.',
  'P: Apa kendalanya?',
  'I: Modal masih sulit didapat.',
].join('\n');

export interface ReviewFixture {
  state: ProjectState;
  segmentId: string;
  codeId: string;
  informantId: string;
  conclusionId: string;
  targets: Record<CommentTarget['kind'], CommentTarget>;
}

export const apply = (state: ProjectState, cs: Changeset): ProjectState => applyChangeset(state, cs);

export function reviewFixture(): ReviewFixture {
  let state = projectWith(['empowerment'], [transcript('Wawancara Bu Sri', TEXT)]);
  const added = addInformant(state, { name: 'Ibu Sri', label: 'I2' });
  state = apply(state, added.changeset);
  const documentId = documentIdOf(state, 'Wawancara Bu Sri');
  state = apply(state, updateDocument(state, documentId, { informantId: added.informantId }));
  const codeId = code(state, 'Enabling').id;
  const coded = applyCodes(state, { ...rangeOf(state, documentId, 'Modal masih sulit didapat.'), codeIds: [codeId] }, '2026-01-02T04:00:00.000Z');
  state = apply(state, coded.changeset);
  const conclusionId = 'kesimpulan-enabling';
  state = apply(state, {
    put: {
      conclusions: [
        { id: conclusionId, projectId: state.project.id, codeId, text: 'Iklim usaha cukup mendukung.', verdict: 'Cukup optimal', evidenceSegmentIds: [coded.segmentId], coderId: null, createdAt: '2026-01-02T05:00:00.000Z', modifiedAt: '2026-01-02T05:00:00.000Z' },
      ],
    },
  });
  return {
    state,
    segmentId: coded.segmentId,
    codeId,
    informantId: added.informantId,
    conclusionId,
    targets: {
      segment: { kind: 'segment', segmentId: coded.segmentId },
      code: { kind: 'code', codeId },
      cell: { kind: 'cell', codeId, informantId: added.informantId },
      conclusion: { kind: 'conclusion', conclusionId },
      project: { kind: 'project' },
    },
  };
}

/** Every table, rows sorted by id: two states compare equal only if nothing differs. */
function everything(state: ProjectState): unknown {
  const snapshot = snapshotFromState(state) as unknown as Record<string, { id: string }[]>;
  return { project: state.project, ...Object.fromEntries(TABLES.map((t) => [t, [...snapshot[t]!].sort((a, b) => a.id.localeCompare(b.id))])) };
}

/**
 * Applies a changeset as the store does and checks that undo restores every table exactly
 * (coders and comments included) and redo repeats it; returns the state after.
 */
export function doAndUndo(before: ProjectState, forward: Changeset): ProjectState {
  const command = makeCommand(before, 'commands:test', forward);
  const after = applyChangeset(before, command.forward);
  const undone = applyChangeset(after, command.backward);
  if (JSON.stringify(everything(undone)) !== JSON.stringify(everything(before))) throw new Error('undo did not restore the state exactly');
  const redone = applyChangeset(undone, command.forward);
  if (JSON.stringify(everything(redone)) !== JSON.stringify(everything(after))) throw new Error('redo did not repeat the action exactly');
  return after;
}
