/**
 * Fieldwork photos as REFI-QDA `PictureSource`s, so other tools see them: the image file in
 * `sources/`, the caption as the source's `TextDescription`, the memo as its `Description`,
 * and each whole-photo coding as a `PictureSelection` covering the whole image. Reading back,
 * Pilah's own photos return as they were (caption, date and place come from Pilah's extras);
 * another tool's photo regions become codings of the whole photo, since Pilah codes photos whole.
 */
import { readPicture, PictureError, type PictureMediaType } from '../import/picture';
import type { Document, Segment } from '../model/types';
import { translate } from '../i18n';
import { isoFromRefi, refiDateTime } from './date-time';
import { derivedGuid, guidForId, normalizeGuid } from './guid';
import { joinMemo } from './read-notes';
import type { SourceReadingInput } from './read-sources';
import { childNamed, childrenNamed, itemsIn, type XmlElement } from './xml-tree';
import { writeSelection, type UserOf } from './write-selection';
import type { XmlWriter } from './xml-writer';

const EXTENSIONS: Record<PictureMediaType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png' };

/** The image file of a photo document inside the zip (`<guid>.jpg` or `.png`). */
export function pictureFileName(document: Document): string {
  const ext = EXTENSIONS[document.original?.mediaType as PictureMediaType] ?? 'jpg';
  return `${guidForId(document.id)}.${ext}`;
}

/** The zip entries of the photos: each photo's original bytes under `sources/`. */
export function pictureFiles(documents: readonly Document[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const d of documents) if (d.medium === 'picture' && d.original) files[`sources/${pictureFileName(d)}`] = d.original.bytes;
  return files;
}

/** The GUID of a photo's caption (its TextDescription), stable across exports. */
const captionGuid = (documentId: string): string => derivedGuid('picture-caption', documentId);


/** Writes one photo document as a PictureSource with its whole-photo codings. */
export function writePictureSource(xml: XmlWriter, document: Document, segments: readonly Segment[], userOf: UserOf): void {
  const created = refiDateTime(document.importedAt);
  const modified = refiDateTime(document.memo && document.memoAt && document.memoAt > document.importedAt ? document.memoAt : document.importedAt);
  const owner = userOf(document.addedBy);
  xml.start('PictureSource', {
    guid: guidForId(document.id),
    name: document.title,
    path: `internal://${pictureFileName(document)}`,
    creatingUser: owner,
    creationDateTime: created,
    modifyingUser: userOf(document.memo && document.memoBy !== undefined ? document.memoBy : document.addedBy),
    modifiedDateTime: modified,
  });
  if (document.memo) xml.text('Description', document.memo);
  const caption = document.picture?.caption ?? document.text;
  if (caption) {
    xml
      .start('TextDescription', { guid: captionGuid(document.id), name: caption, creatingUser: owner, creationDateTime: created })
      .text('PlainTextContent', caption)
      .end();
  }
  const width = Math.max(1, document.picture?.width ?? 1);
  const height = Math.max(1, document.picture?.height ?? 1);
  const ordered = [...segments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
  for (const segment of ordered) writeSelection(xml, 'PictureSelection', segment, { firstX: 0, firstY: 0, secondX: width, secondY: height }, userOf);
  xml.end();
}

/** Reads the bytes of an `internal://` or bare relative file, or undefined when the zip lacks it. */
export type ReadBytes = (path: string) => Uint8Array | undefined;

/**
 * Documents and whole-photo segments from the PictureSources. A photo whose file is missing or
 * is not a readable JPG or PNG is left out with a warning (its codings counted), never half read.
 */
export function readPictureSources(
  root: XmlElement,
  input: SourceReadingInput,
  readBytes: ReadBytes | undefined,
  firstOrder: number,
): { documents: Document[]; segments: Segment[] } {
  const { ctx } = input;
  const documents: Document[] = [];
  const segments: Segment[] = [];
  let skipped = 0;
  let skippedCodings = 0;
  for (const element of itemsIn(root, 'Sources', 'PictureSource')) {
    const path = element.attributes.path ?? element.attributes.currentPath ?? '';
    const bytes = path ? readBytes?.(path) : undefined;
    let picture;
    try {
      picture = bytes ? readPicture({ name: path.split('/').pop() ?? path, bytes }) : null;
    } catch (err) {
      if (!(err instanceof PictureError)) throw err;
      picture = null;
    }
    if (!picture) {
      skipped++;
      skippedCodings += countCodings(element);
      continue;
    }
    const order = firstOrder + documents.length;
    const id = input.ids.take(element, 'source', order);
    const name = element.attributes.name?.trim() ?? '';
    const described = childNamed(childNamed(element, 'TextDescription') ?? element, 'PlainTextContent')?.text?.trim();
    const caption = (described || name || picture.title || translate(ctx.locale, 'refi:untitled-document', { number: order + 1 })).replace(/\s+/g, ' ');
    const addedBy = input.users.coderOf(element.attributes.creatingUser);
    const document: Document = {
      id,
      projectId: input.projectId,
      informantId: input.informantOfSource.get(normalizeGuid(element.attributes.guid ?? '')) ?? null,
      title: name || caption,
      kind: 'document',
      text: caption,
      turns: [],
      sourceFileName: name || picture.fileName,
      memo: joinMemo(childNamed(element, 'Description')?.text ?? '', input.notes.textFor(element)),
      importedAt: isoFromRefi(element.attributes.creationDateTime) ?? ctx.now,
      ...(addedBy !== null ? { addedBy } : {}),
      order,
      medium: 'picture',
      picture: { caption, date: picture.date, place: '', width: picture.width, height: picture.height },
      original: { mediaType: picture.mediaType, bytes: picture.bytes },
    };
    documents.push(document);
    segments.push(...wholePhotoSegments(element, document, input));
  }
  if (skipped > 0) ctx.warn({ code: 'skipped-sources', what: 'PictureSource', count: skipped });
  if (skippedCodings > 0) ctx.warn({ code: 'skipped-media-codings', what: 'PictureSource', count: skippedCodings });
  return { documents, segments };
}

const countCodings = (element: XmlElement): number =>
  childrenNamed(element, 'Coding').length + childrenNamed(element, 'PictureSelection').reduce((n, s) => n + childrenNamed(s, 'Coding').length, 0);

/**
 * Every PictureSelection (and every Coding on the source itself) as a coding of the whole
 * photo: per coder one segment holding all their codes, the selections' memos joined. In
 * Pilah's own file each selection is already one whole-photo segment and keeps its id.
 */
function wholePhotoSegments(element: XmlElement, document: Document, input: SourceReadingInput): Segment[] {
  const { ctx } = input;
  const own = ctx.producer.id === 'pilah';
  const whole = { start: 0, end: document.text.length };
  const byCoder = new Map<string, Segment>();
  const segments: Segment[] = [];
  let unknownCodes = 0;
  const marks = [...childrenNamed(element, 'PictureSelection'), ...(childrenNamed(element, 'Coding').length > 0 ? [element] : [])];
  marks.forEach((mark, index) => {
    const isSource = mark === element;
    const memo = isSource ? '' : joinMemo(childNamed(mark, 'Description')?.text ?? '', input.notes.textFor(mark));
    for (const coding of childrenNamed(mark, 'Coding')) {
      const target = childNamed(coding, 'CodeRef')?.attributes.targetGUID;
      const codeId = target ? ctx.idFor(target) : '';
      if (!input.codeIds.has(codeId)) {
        unknownCodes++;
        continue;
      }
      const coderId = input.users.coderOf(coding.attributes.creatingUser ?? mark.attributes.creatingUser);
      const key = own && !isSource ? `selection:${index}` : `coder:${coderId ?? ''}`;
      const same = byCoder.get(key);
      if (same) {
        if (!same.codeIds.includes(codeId)) same.codeIds.push(codeId);
        if (memo && !same.memo.includes(memo)) same.memo = joinMemo(same.memo, memo);
        continue;
      }
      const createdAt = isoFromRefi(mark.attributes.creationDateTime ?? coding.attributes.creationDateTime) ?? ctx.now;
      const segment: Segment = {
        id: isSource ? derivedGuid('picture-source-coding', document.id, coderId ?? 'owner') : input.ids.take(mark, 'selection', index),
        projectId: input.projectId,
        documentId: document.id,
        ...whole,
        codeIds: [codeId],
        memo,
        reduced: '',
        coderId,
        createdAt,
        modifiedAt: isoFromRefi(mark.attributes.modifiedDateTime) ?? createdAt,
      };
      byCoder.set(key, segment);
      segments.push(segment);
    }
  });
  if (unknownCodes > 0) ctx.warn({ code: 'unknown-code-ref', what: document.title, count: unknownCodes });
  return segments;
}
