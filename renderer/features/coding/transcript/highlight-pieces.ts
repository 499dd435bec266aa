/**
 * Splits one line of a transcript into pieces that each carry the same set of codes, so
 * overlapping segments stay readable: every piece knows all segments covering it,
 * innermost (shortest) first.
 */
import type { Segment } from '../../../../shared/model/types';

export interface Piece {
  start: number;
  end: number;
  /** Covering segments, shortest first: the first is what a click on the piece selects. */
  segmentIds: string[];
  /** Codes of the covering segments, innermost segment's codes first, without repeats. */
  codeIds: string[];
  /** Part of a speaker label ("P:", "[00:01:10] Informan:") shown bold. */
  speaker: boolean;
}

/**
 * The pieces of the line [lineStart, lineEnd). `segments` are those touching the line (from
 * the line index); `speakerEnd` is where the speaker label that opens the line ends (equal
 * to lineStart when the line has none). Cost grows with the segments on this line only.
 */
export function linePieces(
  lineStart: number,
  lineEnd: number,
  segments: readonly Pick<Segment, 'id' | 'start' | 'end' | 'codeIds'>[],
  speakerEnd = lineStart,
): Piece[] {
  if (lineEnd <= lineStart) return [];
  const clamp = (n: number) => Math.min(lineEnd, Math.max(lineStart, n));
  const cuts = new Set<number>([lineStart, lineEnd, clamp(speakerEnd)]);
  for (const s of segments) {
    cuts.add(clamp(s.start));
    cuts.add(clamp(s.end));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const bySize = [...segments].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    const covering = bySize.filter((s) => s.start <= start && s.end >= end);
    const codeIds: string[] = [];
    for (const s of covering) for (const c of s.codeIds) if (!codeIds.includes(c)) codeIds.push(c);
    pieces.push({ start, end, segmentIds: covering.map((s) => s.id), codeIds, speaker: end <= speakerEnd });
  }
  return pieces;
}
