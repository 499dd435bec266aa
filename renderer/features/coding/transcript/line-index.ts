/**
 * Which segments touch each line of the open transcript. Rows of the virtualised view ask
 * only for their own line, and when the project changes the index is brought up to date
 * by comparing segment rows by identity (changesets replace a row object whenever it
 * changes), so a new coding touches only the lines it covers instead of rebuilding
 * the highlights of 2,000 segments.
 */
import type { Segment } from '../../../../shared/model/types';
import { lineOfOffset } from '../../../../shared/text/lines';

export class LineIndex {
  /** 0-based line → ids of the segments that cover part of it. */
  private readonly byLine = new Map<number, Set<string>>();
  private readonly segments = new Map<string, Segment>();
  private sortedCache: Segment[] | null = null;
  /** Per-line arrays handed out, kept while the line is unchanged so memoised rows can skip rendering. */
  private readonly lineCache = new Map<number, Segment[]>();

  constructor(
    readonly documentId: string,
    /** Line start offsets of the document (`lineStarts(text)`). */
    readonly starts: readonly number[],
  ) {}

  /** The 0-based first and last line a segment covers; an end at a line start stays on the line before. */
  linesOf(segment: Pick<Segment, 'start' | 'end'>): [number, number] {
    const first = lineOfOffset(this.starts, segment.start) - 1;
    const last = lineOfOffset(this.starts, Math.max(segment.start, segment.end - 1)) - 1;
    return [first, last];
  }

  /**
   * Brings the index in line with the project's segments (all documents; others are
   * skipped). Returns the 0-based lines whose segments changed.
   */
  sync(allSegments: Iterable<Segment>): Set<number> {
    const changed = new Set<number>();
    const seen = new Set<string>();
    for (const segment of allSegments) {
      if (segment.documentId !== this.documentId) continue;
      seen.add(segment.id);
      const old = this.segments.get(segment.id);
      if (old === segment) continue;
      if (old) this.remove(old, changed);
      this.add(segment, changed);
    }
    for (const [id, old] of this.segments) if (!seen.has(id)) this.remove(old, changed);
    if (changed.size) this.sortedCache = null;
    for (const line of changed) this.lineCache.delete(line);
    return changed;
  }

  /** Segments covering part of a 0-based line (the same array until that line changes). */
  segmentsOnLine(line: number): readonly Segment[] {
    const cached = this.lineCache.get(line);
    if (cached) return cached;
    const out: Segment[] = [];
    for (const id of this.byLine.get(line) ?? []) out.push(this.segments.get(id)!);
    this.lineCache.set(line, out);
    return out;
  }

  /** Segments covering `offset` (start ≤ offset < end, or an empty-looking click at the end). */
  segmentsAt(offset: number): Segment[] {
    const line = lineOfOffset(this.starts, offset) - 1;
    return this.segmentsOnLine(line).filter((s) => s.start <= offset && offset < s.end);
  }

  get(segmentId: string): Segment | undefined {
    return this.segments.get(segmentId);
  }

  get size(): number {
    return this.segments.size;
  }

  /** All segments of the document in reading order (start, then the longer first). */
  sorted(): Segment[] {
    this.sortedCache ??= [...this.segments.values()].sort((a, b) => a.start - b.start || b.end - a.end);
    return this.sortedCache;
  }

  private add(segment: Segment, changed: Set<number>): void {
    this.segments.set(segment.id, segment);
    const [first, last] = this.linesOf(segment);
    for (let line = first; line <= last; line++) {
      let ids = this.byLine.get(line);
      if (!ids) this.byLine.set(line, (ids = new Set()));
      ids.add(segment.id);
      changed.add(line);
    }
  }

  private remove(segment: Segment, changed: Set<number>): void {
    this.segments.delete(segment.id);
    const [first, last] = this.linesOf(segment);
    for (let line = first; line <= last; line++) {
      const ids = this.byLine.get(line);
      ids?.delete(segment.id);
      if (ids?.size === 0) this.byLine.delete(line);
      changed.add(line);
    }
  }
}
