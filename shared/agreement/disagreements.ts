/**
 * Where two coders differ on a code: the stretches of text that either coder gave the code
 * (each stretch a run of overlapping or touching segments) in which the two codings are not
 * identical, in reading order, with both sides' segments.
 */
import type { ProjectState } from '../model/changeset';
import type { Segment } from '../model/types';
import type { CoderId } from './coders';
import { compareCodings, type CompareScope, type ComparedCodings } from './coding-sets';
import { differenceOf, type Span, unionOf } from './intervals';

/** A stretch of one transcript and one code that an accept action works on. */
export interface CodingRegion {
  codeId: string;
  documentId: string;
  start: number;
  end: number;
}

export interface Disagreement extends CodingRegion {
  /** Coder A's segments with the code in this stretch, by start. */
  segmentsA: Segment[];
  segmentsB: Segment[];
  /** Characters A coded and B did not, and the reverse. */
  onlyA: Span[];
  onlyB: Span[];
}

/** The disagreements on one code across the compared transcripts, in reading order. */
export function disagreementsFor(compared: ComparedCodings, codeId: string): Disagreement[] {
  const out: Disagreement[] = [];
  for (const document of compared.documents) {
    const a = compared.segmentsOf('a', codeId, document.id);
    const b = compared.segmentsOf('b', codeId, document.id);
    for (const stretch of unionOf([...a, ...b])) {
      const inside = (s: Segment) => s.start < stretch.end && s.end > stretch.start;
      const segmentsA = a.filter(inside);
      const segmentsB = b.filter(inside);
      const coveredA = unionOf(segmentsA);
      const coveredB = unionOf(segmentsB);
      const onlyA = differenceOf(coveredA, coveredB);
      const onlyB = differenceOf(coveredB, coveredA);
      if (onlyA.length === 0 && onlyB.length === 0) continue;
      out.push({ codeId, documentId: document.id, start: stretch.start, end: stretch.end, segmentsA, segmentsB, onlyA, onlyB });
    }
  }
  return out;
}

/** Convenience: the disagreements on one code between two coders of a project. */
export function listDisagreements(state: ProjectState, coderA: CoderId, coderB: CoderId, codeId: string, scope: CompareScope = {}): Disagreement[] {
  return disagreementsFor(compareCodings(state, coderA, coderB, scope), codeId);
}
