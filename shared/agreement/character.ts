/**
 * Character-level agreement, NVivo's method: for one code every character of a transcript
 * is a unit, coded by each coder or not; percent agreement and Cohen's kappa follow from the
 * 2×2 table of characters. Pooled over transcripts, each character counts once.
 */
import { intersectionOf, lengthOf, unionOf } from './intervals';
import type { ComparedCodings } from './coding-sets';
import type { CharacterCounts, CharacterResult, CharacterRow, Figures } from './types';
import { meanFigures } from './mean';

/** The 2×2 table of characters for one code in one transcript of `units` characters. */
export function characterCounts(units: number, spansA: readonly { start: number; end: number }[], spansB: readonly { start: number; end: number }[]): CharacterCounts {
  // Codings are clamped to the text: a character outside it is not a unit.
  const clamp = (s: { start: number; end: number }) => ({ start: Math.max(0, s.start), end: Math.min(units, s.end) });
  const a = unionOf(spansA.map(clamp));
  const b = unionOf(spansB.map(clamp));
  const codedA = lengthOf(a);
  const codedB = lengthOf(b);
  const both = lengthOf(intersectionOf(a, b));
  return { units, both, onlyA: codedA - both, onlyB: codedB - both, neither: units - codedA - codedB + both };
}

export function addCharacterCounts(x: CharacterCounts, y: CharacterCounts): CharacterCounts {
  return { units: x.units + y.units, both: x.both + y.both, onlyA: x.onlyA + y.onlyA, onlyB: x.onlyB + y.onlyB, neither: x.neither + y.neither };
}

/**
 * P_o = (both + neither) / N; P_e = pA·pB + (1 − pA)(1 − pB); κ = (P_o − P_e) / (1 − P_e).
 * When P_e = 1 (neither coder used the code, or both coded everything) κ is 1, noted.
 */
export function characterFigures(c: CharacterCounts): Figures {
  if (c.units === 0) return { percentAgreement: 100, kappa: 1, note: 'no-variation' };
  const observed = (c.both + c.neither) / c.units;
  const pA = (c.both + c.onlyA) / c.units;
  const pB = (c.both + c.onlyB) / c.units;
  const chance = pA * pB + (1 - pA) * (1 - pB);
  if (chance >= 1) return { percentAgreement: observed * 100, kappa: 1, note: 'no-variation' };
  return { percentAgreement: observed * 100, kappa: (observed - chance) / (1 - chance) };
}

/** Character-level agreement per code, per code and transcript, per transcript and overall. */
export function characterAgreement(compared: ComparedCodings): CharacterResult {
  const codes: CharacterRow[] = compared.codeIds.map((codeId) => {
    let pooled: CharacterCounts = { units: 0, both: 0, onlyA: 0, onlyB: 0, neither: 0 };
    const byDocument = compared.documents.map((document) => {
      const counts = characterCounts(document.text.length, compared.segmentsOf('a', codeId, document.id), compared.segmentsOf('b', codeId, document.id));
      pooled = addCharacterCounts(pooled, counts);
      const used = counts.both + counts.onlyA + counts.onlyB > 0;
      return { documentId: document.id, counts, figures: characterFigures(counts), used };
    });
    return { codeId, counts: pooled, figures: characterFigures(pooled), byDocument };
  });
  const byDocument = compared.documents.map((document, i) => {
    // A transcript's figure is the mean over the codes someone used in it.
    const cells = codes.map((row) => row.byDocument[i]!).filter((cell) => cell.used);
    return { documentId: document.id, ...meanFigures(cells.map((cell) => cell.figures)) };
  });
  return { codes, byDocument, overall: meanFigures(codes.map((row) => row.figures)) };
}
