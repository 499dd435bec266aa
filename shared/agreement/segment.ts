/**
 * Segment-level agreement, MAXQDA's method: each segment either coder gave a code counts as
 * a match when the other coder gave the same code to a segment overlapping it by at least
 * the threshold (shared characters / characters in the union of the two). Kappa is corrected
 * for chance after Brennan & Prediger, P_c = 1/k over the k codes compared.
 */
import type { Segment } from '../model/types';
import type { ComparedCodings } from './coding-sets';
import { overlapOf } from './intervals';
import { meanFigures } from './mean';
import type { Figures, SegmentCounts, SegmentResult, SegmentRow } from './types';

/** The default overlap threshold, in percent (MAXQDA's default). */
export const DEFAULT_THRESHOLD = 90;

/** True when `segment` shares at least `threshold`% of the union with one of `others` (sorted by start). */
function hasMatch(segment: Segment, others: readonly Segment[], threshold: number): boolean {
  for (const other of others) {
    if (other.start >= segment.end) break;
    const { shared, union } = overlapOf(segment, other);
    // Integer arithmetic: 90% of 10 characters is exactly 9, never 8.999….
    if (shared > 0 && shared * 100 >= threshold * union) return true;
  }
  return false;
}

/** a, b and c for one code in one transcript. */
export function segmentCounts(segmentsA: readonly Segment[], segmentsB: readonly Segment[], threshold: number): SegmentCounts {
  const matchedA = segmentsA.filter((s) => hasMatch(s, segmentsB, threshold)).length;
  const matchedB = segmentsB.filter((s) => hasMatch(s, segmentsA, threshold)).length;
  return {
    segmentsA: segmentsA.length,
    segmentsB: segmentsB.length,
    a: matchedA + matchedB,
    b: segmentsA.length - matchedA,
    c: segmentsB.length - matchedB,
  };
}

export function addSegmentCounts(x: SegmentCounts, y: SegmentCounts): SegmentCounts {
  return { segmentsA: x.segmentsA + y.segmentsA, segmentsB: x.segmentsB + y.segmentsB, a: x.a + y.a, b: x.b + y.b, c: x.c + y.c };
}

/** P_o = a / (a + b + c); κ_n = (P_o − P_c) / (1 − P_c). Null when neither coder has a segment. */
export function segmentFigures(c: SegmentCounts, chance: number): Figures | null {
  const checked = c.a + c.b + c.c;
  if (checked === 0) return null;
  const observed = c.a / checked;
  return { percentAgreement: observed * 100, kappa: (observed - chance) / (1 - chance) };
}

/**
 * The number of categories for Brennan & Prediger's chance agreement: the codes compared,
 * but at least two, since one code still leaves two choices (coded or not) and P_c = 1
 * would make κ_n undefined.
 */
export function categoriesFor(codes: number): number {
  return Math.max(2, codes);
}

/** Segment-level agreement per code, per code and transcript, per transcript and overall. */
export function segmentAgreement(compared: ComparedCodings, threshold: number = DEFAULT_THRESHOLD): SegmentResult {
  const k = categoriesFor(compared.codeIds.length);
  const chance = 1 / k;
  const codes: SegmentRow[] = compared.codeIds.map((codeId) => {
    let pooled: SegmentCounts = { segmentsA: 0, segmentsB: 0, a: 0, b: 0, c: 0 };
    const byDocument = compared.documents.map((document) => {
      const counts = segmentCounts(compared.segmentsOf('a', codeId, document.id), compared.segmentsOf('b', codeId, document.id), threshold);
      pooled = addSegmentCounts(pooled, counts);
      return { documentId: document.id, counts, figures: segmentFigures(counts, chance) };
    });
    // A code in the table was used by someone, so its pooled figures exist.
    return { codeId, counts: pooled, figures: segmentFigures(pooled, chance)!, byDocument };
  });
  const byDocument = compared.documents.map((document, i) => {
    const figures = codes.map((row) => row.byDocument[i]!.figures).filter((f): f is Figures => f !== null);
    return { documentId: document.id, ...meanFigures(figures) };
  });
  return { threshold, k, chance, codes, byDocument, overall: meanFigures(codes.map((row) => row.figures)) };
}
