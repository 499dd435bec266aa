/**
 * How every display, the Word appendix and the spreadsheet count a code — one rule, one place:
 *
 *   A code counts the distinct segments coded with it or with any of its descendants.
 *
 * So a dimension (Enabling) counts every segment coded with one of its indicators, and a
 * segment coded with two indicators of one dimension counts once for the dimension. The
 * codebook tree counts the same way (codeCountsWithDescendants). A cell of a display holds
 * exactly the segments it counts, so clicking a count opens that many segments.
 *
 * What a row *says* is another matter: a dimension row of a text display (reduction matrix,
 * quotes, statements) shows only what was coded to the dimension itself — its indicators'
 * words stand in their own rows below it, and are not printed twice (`ownCell`).
 */
import type { ProjectState } from '../model/changeset';
import { descendantIds } from '../project/code-tree';
import { makeCell } from './cells';
import type { DisplayCell } from './types';

/** The codes whose segments a code counts: the code and all its descendants. */
export function countedCodeIds(state: ProjectState, codeId: string): string[] {
  return [codeId, ...descendantIds(state, codeId)];
}

/** Whether a segment was coded with the code itself (not only with one of its sub-codes). */
export function codedWith(state: ProjectState, segmentId: string, codeId: string): boolean {
  return state.segments[segmentId]?.codeIds.includes(codeId) ?? false;
}

/**
 * The part of a cell coded with the row's code itself: what a text display prints in the row.
 * For an indicator (a code without sub-codes) it is the whole cell. The summary stays.
 */
export function ownCell<C extends DisplayCell>(state: ProjectState, codeId: string, cell: C): DisplayCell {
  if (cell.segmentIds.every((id) => codedWith(state, id, codeId))) return cell;
  const segments = cell.segmentIds.flatMap((id) => (codedWith(state, id, codeId) && state.documents[state.segments[id]!.documentId] ? [state.segments[id]!] : []));
  const own = makeCell(state, segments, 0, { summary: cell.summary, coverage: 0 });
  return own;
}
