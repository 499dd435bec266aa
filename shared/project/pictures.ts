/**
 * Fieldwork photos in a project: adding imported photos as documentation (kind `document`,
 * medium `picture`), editing a photo's caption, date, place and informant or site, and
 * coding a photo as a whole. A photo's `text` is its caption, so a photo's coding is one
 * segment over the whole caption; when the caption changes, its codings follow it.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Document, Segment } from '../model/types';
import type { ImportedPicture } from '../import/picture';
import { DomainError } from './errors';
import { requireDocument, requireInformant } from './require-row';
import { segmentsOfDocumentUnordered } from './segment-index';

/** Whether a document is a photo. */
export const isPicture = (d: Pick<Document, 'medium'>): boolean => d.medium === 'picture';

/** Adds imported photos as documents after the existing ones, each captioned with its file title. */
export function addImportedPictures(
  state: ProjectState,
  pictures: readonly ImportedPicture[],
  now: string = new Date().toISOString(),
): { changeset: Changeset; documentIds: string[] } {
  let order = Object.values(state.documents).reduce((max, d) => Math.max(max, d.order + 1), 0);
  const documents: Document[] = pictures.map((p) => {
    const caption = p.title.trim() || p.fileName;
    return {
      id: crypto.randomUUID(),
      projectId: state.project.id,
      informantId: null,
      title: caption,
      kind: 'document',
      text: caption,
      turns: [],
      sourceFileName: p.fileName,
      memo: '',
      importedAt: now,
      order: order++,
      medium: 'picture',
      picture: { caption, date: p.date, place: '', width: p.width, height: p.height },
      original: { mediaType: p.mediaType, bytes: p.bytes },
    };
  });
  return { changeset: documents.length ? { put: { documents } } : {}, documentIds: documents.map((d) => d.id) };
}

export interface PicturePatch {
  caption?: string;
  date?: string;
  place?: string;
  /** The informant or site the photo concerns; null = none. */
  informantId?: string | null;
}

/**
 * Edits a photo's caption, date, place or informant. The caption is the photo's text: an
 * empty one is refused ('empty-label'), and every coding of the photo is stretched over the
 * new caption so it still covers the photo as a whole.
 */
export function updatePicture(state: ProjectState, documentId: string, patch: PicturePatch): Changeset {
  const document = requireDocument(state, documentId);
  if (!document.picture) throw new DomainError('not-found');
  const picture = { ...document.picture };
  const next: Document = { ...document, picture };
  if (patch.caption !== undefined) {
    const caption = patch.caption.trim().replace(/\s+/g, ' ');
    if (!caption) throw new DomainError('empty-label');
    picture.caption = caption;
    next.text = caption;
  }
  if (patch.date !== undefined) picture.date = patch.date.trim();
  if (patch.place !== undefined) picture.place = patch.place.trim();
  if (patch.informantId !== undefined) {
    if (patch.informantId !== null) requireInformant(state, patch.informantId);
    next.informantId = patch.informantId;
  }
  if (JSON.stringify({ ...next, original: null }) === JSON.stringify({ ...document, original: null })) return {};
  const put: Changeset['put'] = { documents: [next] };
  if (next.text !== document.text) {
    const segments = segmentsOfDocumentUnordered(state, documentId).map((s): Segment => ({ ...s, start: 0, end: next.text.length }));
    if (segments.length) put.segments = segments;
  }
  return { put };
}

/** The range that codes a photo as a whole: its whole caption. */
export const wholePicture = (document: Pick<Document, 'text'>): { start: number; end: number } => ({ start: 0, end: document.text.length });
