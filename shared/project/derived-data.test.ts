import { describe, expect, it } from 'vitest';
import type { Changeset, ProjectState } from '../model/changeset';
import { applyChangeset } from '../model/changeset';
import { applyCodes, deleteSegment, removeCodeFromSegment } from './coding';
import { deleteDocument } from './documents';
import { codeCounts, codeCountsWithDescendants } from './code-counts';
import { advanceDerivedData } from './derived-data';
import { segmentCount, segmentsOfDocumentSorted } from './segment-index';
import { code, documentIdOf, projectWith, segments, transcript } from './test-support';

const TEXT = 'Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh. '.repeat(20);

/** The same state with fresh table objects, so nothing cached for `state` applies to it. */
const uncached = (state: ProjectState): ProjectState => ({ ...state, segments: { ...state.segments } });

describe('advanceDerivedData', () => {
  it('gives, after every kind of change, the same segments per document and counts per code as computing from scratch', () => {
    let state = projectWith(['factors'], [transcript('A', TEXT), transcript('B', TEXT)]);
    const docs = [documentIdOf(state, 'A'), documentIdOf(state, 'B')];
    const [pendukung, penghambat] = [code(state, 'Faktor pendukung').id, code(state, 'Faktor penghambat').id];
    // Derive everything for the starting state, as the coding workspace does on first render.
    segmentsOfDocumentSorted(state, docs[0]!);
    codeCounts(state);
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    for (let step = 0; step < 200; step++) {
      const existing = segments(state);
      let changeset: Changeset;
      const roll = random(10);
      if (roll < 6 || existing.length === 0) {
        const start = random(TEXT.length - 30);
        const documentId = docs[random(2)]!;
        const codeIds = random(3) ? [random(2) ? pendukung : penghambat] : [pendukung, penghambat];
        changeset = applyCodes(state, { documentId, start, end: start + 3 + random(25), codeIds }).changeset;
      } else if (roll < 8) {
        const segment = existing[random(existing.length)]!;
        changeset = removeCodeFromSegment(state, segment.id, segment.codeIds[0]!);
      } else if (roll < 9) {
        changeset = deleteSegment(state, existing[random(existing.length)]!.id);
      } else {
        const segment = existing[random(existing.length)]!;
        changeset = { put: { segments: [{ ...segment, documentId: docs.find((d) => d !== segment.documentId)! }] } };
      }
      const next = applyChangeset(state, changeset);
      advanceDerivedData(state, changeset, next);
      state = next;
      const fresh = uncached(state);
      for (const documentId of docs) {
        expect(segmentsOfDocumentSorted(state, documentId)).toEqual(segmentsOfDocumentSorted(fresh, documentId));
      }
      expect(codeCounts(state)).toEqual(codeCounts(fresh));
      expect(segmentCount(state)).toBe(Object.keys(state.segments).length);
      expect(codeCountsWithDescendants(state)).toEqual(codeCountsWithDescendants(fresh));
    }
    const withoutA = applyChangeset(state, deleteDocument(state, docs[0]!));
    advanceDerivedData(state, deleteDocument(state, docs[0]!), withoutA);
    expect(segmentsOfDocumentSorted(withoutA, docs[0]!)).toEqual([]);
    expect(codeCountsWithDescendants(withoutA)).toEqual(codeCountsWithDescendants(uncached(withoutA)));
  });
});
