/**
 * Segments per code, for the counts in the codebook tree. The tree asks on every render,
 * so counts are kept per version of the segments table (tables are replaced, never mutated,
 * by applyChangeset) and can be carried over to the next version from the changeset alone.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Segment } from '../model/types';
import { ancestorsAndSelf } from './code-tree';

interface Counts {
  codes: ProjectState['codes'];
  /** Segments carrying the code itself. */
  direct: Readonly<Record<string, number>>;
  /** Segments carrying the code or any of its sub-codes, each segment once. */
  rolledUp: Readonly<Record<string, number>>;
}

const cache = new WeakMap<ProjectState['segments'], Counts>();

/** Adds (`sign` = 1) or removes (−1) one segment's contribution to both tallies. */
function tallier(state: ProjectState, direct: Record<string, number>, rolledUp: Record<string, number>) {
  const chains = new Map<string, string[]>();
  const chain = (codeId: string): string[] => {
    let ids = chains.get(codeId);
    if (!ids) {
      ids = ancestorsAndSelf(state, codeId).map((code) => code.id);
      chains.set(codeId, ids);
    }
    return ids;
  };
  const bump = (counts: Record<string, number>, id: string, sign: number): void => {
    const value = (counts[id] ?? 0) + sign;
    if (value) counts[id] = value;
    else delete counts[id];
  };
  return (segment: Segment, sign: number): void => {
    const { codeIds } = segment;
    if (codeIds.length === 1) {
      // The common case: one code, no de-duplication needed.
      bump(direct, codeIds[0]!, sign);
      for (const id of chain(codeIds[0]!)) bump(rolledUp, id, sign);
      return;
    }
    const rolled = new Set<string>();
    for (const codeId of new Set(codeIds)) {
      bump(direct, codeId, sign);
      for (const id of chain(codeId)) rolled.add(id);
    }
    for (const id of rolled) bump(rolledUp, id, sign);
  };
}

function counts(state: ProjectState): Counts {
  const hit = cache.get(state.segments);
  if (hit && hit.codes === state.codes) return hit;
  const direct: Record<string, number> = {};
  const rolledUp: Record<string, number> = {};
  const add = tallier(state, direct, rolledUp);
  for (const id in state.segments) add(state.segments[id]!, 1);
  const fresh: Counts = { codes: state.codes, direct: Object.freeze(direct), rolledUp: Object.freeze(rolledUp) };
  cache.set(state.segments, fresh);
  return fresh;
}

/** How many segments carry each code directly. Codes never used are absent (count 0). Frozen. */
export function codeCounts(state: ProjectState): Record<string, number> {
  return counts(state).direct;
}

/**
 * How many segments carry each code or any of its sub-codes — what a collapsed tree node
 * shows. A segment coded with a code and its sub-code counts once for the parent. Frozen.
 */
export function codeCountsWithDescendants(state: ProjectState): Record<string, number> {
  return counts(state).rolledUp;
}

/**
 * Carries the counts of `before` over to `after` = applyChangeset(before, changeset) by
 * re-tallying only the segments the changeset touches. Does nothing when `before` was never
 * counted or the codebook changed (then counts are recomputed when next asked for).
 */
export function advanceCodeCounts(before: ProjectState, changeset: Changeset, after: ProjectState): void {
  const old = cache.get(before.segments);
  if (!old || old.codes !== before.codes || after.codes !== before.codes || after.segments === before.segments) return;
  if (cache.has(after.segments)) return;
  const direct = { ...old.direct };
  const rolledUp = { ...old.rolledUp };
  const tally = tallier(after, direct, rolledUp);
  const touched = new Set([...(changeset.delete?.segments ?? []), ...(changeset.put?.segments ?? []).map((s) => s.id)]);
  for (const id of touched) {
    const previous = before.segments[id];
    if (previous) tally(previous, -1);
    const next = after.segments[id];
    if (next) tally(next, 1);
  }
  cache.set(after.segments, { codes: after.codes, direct: Object.freeze(direct), rolledUp: Object.freeze(rolledUp) });
}
