/**
 * Clicking through a display cell: the segments behind it, each with its document,
 * informant, line and text, as the retrieval list shows them.
 */
import type { ProjectState } from '../model/changeset';
import type { RetrievedSegment } from '../project/queries';
import { lineStartsOf } from '../project/line-cache';
import { lineOfOffset } from '../text/lines';
import type { DisplayMatrix } from './types';

/**
 * The segments behind cell [row][column] of `matrix`, in document order and then offset
 * order. Segments or documents deleted since the matrix was built are left out; a cell
 * outside the matrix has none.
 */
export function cellSegments(state: ProjectState, matrix: DisplayMatrix, row: number, column: number): RetrievedSegment[] {
  const cell = matrix.cells[row]?.[column];
  if (!cell) return [];
  const out: RetrievedSegment[] = [];
  for (const id of cell.segmentIds) {
    const segment = state.segments[id];
    const document = segment && state.documents[segment.documentId];
    if (!segment || !document) continue;
    out.push({
      segment,
      document,
      informant: document.informantId ? (state.informants[document.informantId] ?? null) : null,
      line: lineOfOffset(lineStartsOf(document), segment.start),
      text: document.text.slice(segment.start, segment.end),
    });
  }
  return out.sort(
    (a, b) =>
      a.document.order - b.document.order ||
      a.document.id.localeCompare(b.document.id) ||
      a.segment.start - b.segment.start ||
      a.segment.end - b.segment.end ||
      a.segment.id.localeCompare(b.segment.id),
  );
}
