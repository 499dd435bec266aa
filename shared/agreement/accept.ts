/**
 * Resolving a disagreement. Accepting one coder's side of a stretch makes it the merged
 * coding of that stretch for BOTH coders: the other coder's segments there lose the code
 * and receive copies of the accepted segments (code only). The two codings then agree, so
 * agreement on the code rises; undo restores both sides exactly. A segment that loses its
 * last code is deleted, but a memo or reduced statement it held moves to the copy that
 * overlaps it, so the student's writing is not lost with the rejected boundaries.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Segment } from '../model/types';
import { requireCode, requireDocument } from '../project/require-row';
import type { CoderId } from './coders';
import type { Side } from './coding-sets';
import type { CodingRegion } from './disagreements';

function segmentsIn(state: ProjectState, region: CodingRegion, coder: CoderId): Segment[] {
  return Object.values(state.segments)
    .filter(
      (s) =>
        (s.coderId ?? null) === coder &&
        s.documentId === region.documentId &&
        s.codeIds.includes(region.codeId) &&
        s.start < region.end &&
        s.end > region.start,
    )
    .sort((x, y) => x.start - y.start || x.end - y.end);
}

const joined = (...texts: string[]) => texts.filter((t) => t.trim()).join('\n\n');

/**
 * The changeset that makes `accept`'s coding of `region` both coders' coding.
 * Returns an empty changeset when the two already agree there.
 * @throws DomainError 'not-found' when the code or the transcript no longer exists.
 */
export function acceptCoding(
  state: ProjectState,
  region: CodingRegion,
  coderA: CoderId,
  coderB: CoderId,
  accept: Side,
  now: string = new Date().toISOString(),
): Changeset {
  requireCode(state, region.codeId);
  requireDocument(state, region.documentId);
  const accepted = segmentsIn(state, region, accept === 'a' ? coderA : coderB);
  const rejectedCoder = accept === 'a' ? coderB : coderA;
  const rejected = segmentsIn(state, region, rejectedCoder);

  const sameRange = (x: Segment, y: Segment) => x.start === y.start && x.end === y.end;
  const keep = rejected.filter((r) => accepted.some((a) => sameRange(a, r)));
  const drop = rejected.filter((r) => !keep.includes(r));
  // Where the other coder already has a segment on exactly this range (with other codes),
  // it gains the code rather than a twin segment, as coding the same range twice does.
  const twinOf = (a: Segment) =>
    Object.values(state.segments).find(
      (s) => (s.coderId ?? null) === rejectedCoder && s.documentId === a.documentId && sameRange(s, a) && !s.codeIds.includes(region.codeId),
    );
  const copies: Segment[] = accepted
    .filter((a) => !keep.some((r) => sameRange(a, r)))
    .map((a) => {
      const twin = twinOf(a);
      if (twin) return { ...twin, codeIds: [...twin.codeIds, region.codeId], modifiedAt: now };
      return { ...a, id: crypto.randomUUID(), codeIds: [region.codeId], memo: '', reduced: '', coderId: rejectedCoder, createdAt: now, modifiedAt: now };
    });

  const puts: Segment[] = [];
  const deletes: string[] = [];
  for (const segment of drop) {
    const codeIds = segment.codeIds.filter((id) => id !== region.codeId);
    if (codeIds.length > 0) {
      puts.push({ ...segment, codeIds, modifiedAt: now });
      continue;
    }
    deletes.push(segment.id);
    const heir = copies.find((c) => c.start < segment.end && c.end > segment.start);
    if (heir) {
      heir.memo = joined(heir.memo, segment.memo);
      heir.reduced = joined(heir.reduced, segment.reduced);
    }
  }
  puts.push(...copies);
  if (puts.length === 0 && deletes.length === 0) return {};
  const changeset: Changeset = {};
  if (puts.length) changeset.put = { segments: puts };
  if (deletes.length) changeset.delete = { segments: deletes };
  return changeset;
}
