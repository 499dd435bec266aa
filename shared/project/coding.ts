/**
 * Coding transcripts: applying codes to ranges, removing them, and editing a segment's memo,
 * reduced statement and bounds. Segments may overlap freely; the same range coded again
 * by the same coder gains the new codes instead of becoming a second segment.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Segment } from '../model/types';
import { DomainError } from './errors';
import { requireCode, requireDocument, requireSegment } from './require-row';
import { rangeKey, segmentsOfDocumentUnordered } from './segment-index';

export interface CodingInput {
  documentId: string;
  start: number;
  end: number;
  codeIds: string[];
  /** The second coder's id in inter-coder work; null/absent = the project's owner. */
  coderId?: string | null;
}

export interface SegmentPatch {
  memo?: string;
  reduced?: string;
  start?: number;
  end?: number;
}

export interface TextRange {
  documentId: string;
  start: number;
  end: number;
}

// Unicode White_Space, tested per code unit without a regular expression per character.
const WHITESPACE = new Set(
  [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000].concat(
    Array.from({ length: 11 }, (_, i) => 0x2000 + i),
  ),
);

/**
 * The range without leading and trailing whitespace, so a sloppy mouse selection codes the
 * words the student meant. Throws 'invalid-range' outside the text, 'empty-selection' when
 * nothing but whitespace is left.
 */
function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new DomainError('invalid-range', `${start}–${end} of ${text.length}`);
  }
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.has(text.charCodeAt(s))) s++;
  while (e > s && WHITESPACE.has(text.charCodeAt(e - 1))) e--;
  if (s >= e) throw new DomainError('empty-selection');
  return { start: s, end: e };
}

/**
 * Plans codings against the state plus the segments already planned in this action, so
 * that several ranges (code every search hit) become one changeset and one undo step.
 */
class CodingPlan {
  private readonly planned = new Map<string, Segment>();
  /** The latest version of each range touched so far, planned or found in the state. */
  private readonly byRange = new Map<string, Segment>();

  constructor(
    private readonly state: ProjectState,
    private readonly now: string,
  ) {}

  code(input: CodingInput): string {
    const document = requireDocument(this.state, input.documentId);
    const codeIds = [...new Set(input.codeIds)];
    if (codeIds.length === 0) throw new DomainError('no-code');
    for (const id of codeIds) requireCode(this.state, id);
    const { start, end } = trimRange(document.text, input.start, input.end);
    const coderId = input.coderId ?? null;

    const key = rangeKey(document.id, start, end, coderId);
    const existing = this.byRange.get(key) ?? this.findInState(document.id, start, end, coderId);
    if (existing) {
      const missing = codeIds.filter((id) => !existing.codeIds.includes(id));
      const current = missing.length ? { ...existing, codeIds: [...existing.codeIds, ...missing], modifiedAt: this.now } : existing;
      if (missing.length) this.planned.set(current.id, current);
      this.byRange.set(key, current);
      return current.id;
    }
    const segment: Segment = {
      id: crypto.randomUUID(),
      projectId: this.state.project.id,
      documentId: document.id,
      start,
      end,
      codeIds,
      memo: '',
      reduced: '',
      coderId,
      createdAt: this.now,
      modifiedAt: this.now,
    };
    this.planned.set(segment.id, segment);
    this.byRange.set(key, segment);
    return segment.id;
  }

  changeset(): Changeset {
    return this.planned.size ? { put: { segments: [...this.planned.values()] } } : {};
  }

  /** The segment this coder already has on exactly this range, if any. */
  private findInState(documentId: string, start: number, end: number, coderId: string | null): Segment | undefined {
    for (const candidate of segmentsOfDocumentUnordered(this.state, documentId)) {
      if (candidate.start === start && candidate.end === end && (candidate.coderId ?? null) === coderId) return candidate;
    }
    return undefined;
  }
}

/**
 * Applies codes to a range of a document. Whitespace at both ends is trimmed off; an empty
 * range is refused ('empty-selection'). If this coder already has a segment on exactly
 * this range, the codes are added to it; otherwise a new segment is made, overlapping
 * others if need be.
 */
export function applyCodes(
  state: ProjectState,
  input: CodingInput,
  now: string = new Date().toISOString(),
): { changeset: Changeset; segmentId: string } {
  const plan = new CodingPlan(state, now);
  const segmentId = plan.code(input);
  return { changeset: plan.changeset(), segmentId };
}

/**
 * Codes every hit (of a text search) with one code, as one action and one undo step.
 * Hits that are only whitespace are skipped; hits on the same range share one segment.
 * The segments are the given coder's (null = the owner).
 */
export function codeAllHits(
  state: ProjectState,
  hits: readonly TextRange[],
  codeId: string,
  now: string = new Date().toISOString(),
  coderId: string | null = null,
): Changeset {
  const plan = new CodingPlan(state, now);
  for (const hit of hits) {
    try {
      plan.code({ ...hit, codeIds: [codeId], coderId });
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'empty-selection')) throw error;
    }
  }
  return plan.changeset();
}

/**
 * Takes one code off a segment. Taking off the last code deletes the segment, memo and
 * reduced statement included: a segment without a code cannot be retrieved anywhere, and
 * undo restores it whole.
 */
export function removeCodeFromSegment(
  state: ProjectState,
  segmentId: string,
  codeId: string,
  now: string = new Date().toISOString(),
): Changeset {
  const segment = requireSegment(state, segmentId);
  if (!segment.codeIds.includes(codeId)) return {};
  const codeIds = segment.codeIds.filter((id) => id !== codeId);
  if (codeIds.length === 0) return { delete: { segments: [segmentId] } };
  return { put: { segments: [{ ...segment, codeIds, modifiedAt: now }] } };
}

/** Deletes a segment with all its codes, memo and reduced statement. */
export function deleteSegment(state: ProjectState, segmentId: string): Changeset {
  requireSegment(state, segmentId);
  return { delete: { segments: [segmentId] } };
}

/**
 * Edits a segment's memo, reduced statement or bounds. New bounds are trimmed like a new
 * selection and must stay inside the document. Returns an empty changeset if nothing changes.
 */
export function updateSegment(
  state: ProjectState,
  segmentId: string,
  patch: SegmentPatch,
  now: string = new Date().toISOString(),
): Changeset {
  const segment = requireSegment(state, segmentId);
  const next: Segment = { ...segment };
  if (patch.memo !== undefined) next.memo = patch.memo;
  if (patch.reduced !== undefined) next.reduced = patch.reduced;
  if (patch.start !== undefined || patch.end !== undefined) {
    const document = requireDocument(state, segment.documentId);
    Object.assign(next, trimRange(document.text, patch.start ?? segment.start, patch.end ?? segment.end));
  }
  const changed =
    next.memo !== segment.memo || next.reduced !== segment.reduced || next.start !== segment.start || next.end !== segment.end;
  if (!changed) return {};
  next.modifiedAt = now;
  return { put: { segments: [next] } };
}
