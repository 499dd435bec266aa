/**
 * One coded selection in project.qde: a text range (PlainTextSelection) or a whole photo
 * (PictureSelection), with who marked it and when, its memo and one Coding per code.
 */
import type { Segment } from '../model/types';
import { refiDateTime } from './date-time';
import { derivedGuid, guidForId } from './guid';
import type { XmlWriter } from './xml-writer';

/** A coder id (null = the owner) to the GUID of the user the file names. */
export type UserOf = (coderId: string | null | undefined) => string;

export const codingGuid = (segmentId: string, codeId: string): string => derivedGuid('coding', segmentId, codeId);

/** Writes `element` for the segment; `where` holds its position attributes (offsets or corners). */
export function writeSelection(
  xml: XmlWriter,
  element: 'PlainTextSelection' | 'PictureSelection',
  segment: Segment,
  where: Record<string, number>,
  userOf: UserOf,
): void {
  const created = refiDateTime(segment.createdAt);
  // The coder made the codings; another tool may have credited the passage itself to someone else.
  const user = userOf(segment.coderId);
  xml.start(element, {
    guid: guidForId(segment.id),
    ...where,
    creatingUser: segment.selectedBy !== undefined ? userOf(segment.selectedBy) : user,
    creationDateTime: created,
    modifyingUser: user,
    modifiedDateTime: refiDateTime(segment.modifiedAt),
  });
  if (segment.memo) xml.text('Description', segment.memo);
  for (const codeId of segment.codeIds) {
    xml
      .start('Coding', { guid: codingGuid(segment.id, codeId), creatingUser: user, creationDateTime: created })
      .empty('CodeRef', { targetGUID: guidForId(codeId) })
      .end();
  }
  xml.end();
}
