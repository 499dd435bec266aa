/**
 * The coding stripes in the transcript margin (as MAXQDA draws them): each code used in a
 * document gets one lane, so its stripe always runs in the same column. Codes whose
 * segments never share a stretch of lines share a lane, which keeps the margin narrow
 * when a document uses many codes in different places.
 */
import type { Segment } from '../../../../shared/model/types';

export interface LinedSegment {
  id: string;
  codeIds: readonly string[];
  /** 0-based first and last line the segment covers. */
  firstLine: number;
  lastLine: number;
}

/**
 * Lane (0-based) per code. Codes are taken by their first line (ties: `codeRank`, e.g. the
 * codebook order) and each gets the lowest lane that is free again by then.
 */
export function assignLanes(segments: Iterable<LinedSegment>, codeRank: (codeId: string) => number = () => 0): Map<string, number> {
  const extent = new Map<string, { first: number; last: number }>();
  for (const s of segments) {
    for (const code of s.codeIds) {
      const e = extent.get(code);
      if (!e) extent.set(code, { first: s.firstLine, last: s.lastLine });
      else {
        e.first = Math.min(e.first, s.firstLine);
        e.last = Math.max(e.last, s.lastLine);
      }
    }
  }
  const order = [...extent.entries()].sort(
    ([a, ea], [b, eb]) => ea.first - eb.first || codeRank(a) - codeRank(b) || a.localeCompare(b),
  );
  const laneFreeAfter: number[] = [];
  const lanes = new Map<string, number>();
  for (const [code, e] of order) {
    let lane = laneFreeAfter.findIndex((last) => last < e.first);
    if (lane === -1) lane = laneFreeAfter.length;
    laneFreeAfter[lane] = e.last;
    lanes.set(code, lane);
  }
  return lanes;
}

export interface Stripe {
  lane: number;
  codeId: string;
  /** The segment a click on the stripe selects (the shortest one of this code here). */
  segmentId: string;
  /** The stripe begins / ends on this line (drawn with a rounded cap). */
  begins: boolean;
  ends: boolean;
}

/** The stripes to draw beside one 0-based line, one per lane in use there. */
export function lineStripes(
  line: number,
  segmentsOnLine: readonly Pick<Segment, 'id' | 'start' | 'end' | 'codeIds'>[],
  lanes: ReadonlyMap<string, number>,
  linesOf: (s: Pick<Segment, 'start' | 'end'>) => [number, number],
): Stripe[] {
  const byLane = new Map<number, { stripe: Stripe; length: number }>();
  for (const s of segmentsOnLine) {
    const [first, last] = linesOf(s);
    for (const codeId of s.codeIds) {
      const lane = lanes.get(codeId);
      if (lane === undefined) continue;
      const length = s.end - s.start;
      const held = byLane.get(lane);
      if (held && held.length <= length) {
        // A longer segment of the same code keeps the stripe running past this one.
        held.stripe.begins &&= first === line;
        held.stripe.ends &&= last === line;
        continue;
      }
      const stripe: Stripe = { lane, codeId, segmentId: s.id, begins: first === line, ends: last === line };
      if (held) {
        stripe.begins &&= held.stripe.begins;
        stripe.ends &&= held.stripe.ends;
      }
      byLane.set(lane, { stripe, length });
    }
  }
  return [...byLane.values()].map((v) => v.stripe).sort((a, b) => a.lane - b.lane);
}
