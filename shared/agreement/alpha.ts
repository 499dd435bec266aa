/**
 * Krippendorff's alpha (nominal, two coders) on paragraph units: a unit is a speaker turn,
 * or a non-empty line when the transcript has no recognised turns. A coder's value for a
 * unit and a code is 1 when any of their segments with that code overlaps the unit, else 0.
 */
import type { Document } from '../model/types';
import type { ComparedCodings } from './coding-sets';
import type { Span } from './intervals';
import { meanFigures } from './mean';
import type { AlphaCounts, AlphaResult, AlphaRow, Figures } from './types';

/** The paragraph units of a transcript: its turns, else its non-empty lines. */
export function paragraphUnits(document: Document): Span[] {
  if (document.turns.length > 0) return document.turns.map((t) => ({ start: t.start, end: t.end })).filter((u) => u.end > u.start);
  const units: Span[] = [];
  let start = 0;
  for (const line of document.text.split('\n')) {
    if (line.trim()) units.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return units;
}

function touches(unit: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < unit.end && s.end > unit.start);
}

/**
 * α = 1 − D_o / D_e from the coincidence matrix of the two coders' values; with n = 2N
 * pairable values and d units the coders disagree on, α = 1 − (n − 1)·d / (n₀·n₁).
 * When every value is the same (n₀·n₁ = 0) α is 1, noted.
 */
export function alphaFigures(c: AlphaCounts): Figures {
  const n = 2 * c.units;
  const n1 = 2 * c.both + c.onlyA + c.onlyB;
  const n0 = n - n1;
  const disagreements = c.onlyA + c.onlyB;
  const percentAgreement = c.units === 0 ? 100 : ((c.units - disagreements) / c.units) * 100;
  if (n0 * n1 === 0) return { percentAgreement, kappa: 1, note: 'no-variation' };
  return { percentAgreement, kappa: 1 - ((n - 1) * disagreements) / (n0 * n1) };
}

/** Krippendorff's alpha per code (units pooled over transcripts) and the mean across codes. */
export function alphaAgreement(compared: ComparedCodings): AlphaResult {
  const unitsOf = new Map(compared.documents.map((d) => [d.id, paragraphUnits(d)]));
  const codes: AlphaRow[] = compared.codeIds.map((codeId) => {
    const counts: AlphaCounts = { units: 0, both: 0, onlyA: 0, onlyB: 0, neither: 0 };
    for (const document of compared.documents) {
      const a = compared.segmentsOf('a', codeId, document.id);
      const b = compared.segmentsOf('b', codeId, document.id);
      for (const unit of unitsOf.get(document.id)!) {
        const inA = touches(unit, a);
        const inB = touches(unit, b);
        counts.units++;
        if (inA && inB) counts.both++;
        else if (inA) counts.onlyA++;
        else if (inB) counts.onlyB++;
        else counts.neither++;
      }
    }
    return { codeId, counts, figures: alphaFigures(counts) };
  });
  return { codes, overall: meanFigures(codes.map((row) => row.figures)) };
}
