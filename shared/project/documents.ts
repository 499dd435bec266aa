/**
 * Transcripts in a project: adding imported files (each attached to its informant), editing
 * a document's title, kind, informant and memo, and deleting it with its codings.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { Document, DocumentKind, DocumentSourceInfo, ImportedTranscript, Informant } from '../model/types';
import { parseIndonesianDate } from '../text/header';
import { DomainError } from './errors';
import { nextInformantLabel } from './informants';
import { requireDocument, requireInformant } from './require-row';
import { segmentsOfDocumentUnordered } from './segment-index';

export interface DocumentPatch {
  title?: string;
  kind?: DocumentKind;
  informantId?: string | null;
  memo?: string;
}

const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

/** Header fields filled into an existing informant only where the informant has none. */
function fillBlanks(informant: Informant, from: Informant): Informant {
  return {
    ...informant,
    position: informant.position || from.position,
    interviewDate: informant.interviewDate || from.interviewDate,
    place: informant.place || from.place,
    attributes: { ...from.attributes, ...informant.attributes },
  };
}

/** The informant a transcript's header describes; the file title stands in for a missing name. */
function informantFromHeader(transcript: ImportedTranscript, projectId: string, label: string, order: number): Informant {
  const { header } = transcript;
  const date = header.date?.trim() ?? '';
  return {
    id: crypto.randomUUID(),
    projectId,
    label,
    name: header.name?.trim() || transcript.title.trim() || transcript.fileName,
    position: header.position?.trim() ?? '',
    category: '',
    group: '',
    interviewDate: (date && parseIndonesianDate(date)) || date,
    place: header.place?.trim() ?? '',
    attributes: { ...header.extra },
    memo: '',
    order,
  };
}

/**
 * Adds imported transcripts as documents, in the given order after the existing ones. Each
 * gets an informant from its interview header (name, position, date as ISO when it can be
 * read, place, other fields as attributes) or, without a name, from its file title. An
 * informant whose name is already in the project (ignoring case and spacing) is reused —
 * and only gains header fields it lacked — rather than duplicated.
 */
export function addImportedTranscripts(
  state: ProjectState,
  imported: readonly ImportedTranscript[],
  now: string = new Date().toISOString(),
): { changeset: Changeset; documentIds: string[] } {
  const informantsByName = new Map<string, Informant>();
  for (const informant of Object.values(state.informants)) {
    const key = nameKey(informant.name);
    if (key && !informantsByName.has(key)) informantsByName.set(key, informant);
  }
  const touched = new Map<string, Informant>();
  let labelNumber = Number(nextInformantLabel(state).slice(1));
  let informantOrder = Object.values(state.informants).reduce((max, i) => Math.max(max, i.order + 1), 0);
  let documentOrder = Object.values(state.documents).reduce((max, d) => Math.max(max, d.order + 1), 0);

  const documents: Document[] = imported.map((transcript) => {
    // A PDF is a documentation source, not someone's interview: it belongs to no informant until the student says so.
    if (transcript.medium === 'pdf') return { ...documentOf(transcript, state.project.id, null, now, documentOrder++), ...pdfFields(transcript) };
    const candidate = informantFromHeader(transcript, state.project.id, `I${labelNumber}`, informantOrder);
    const key = nameKey(candidate.name);
    const existing = informantsByName.get(key);
    let informant: Informant;
    if (existing) {
      informant = fillBlanks(existing, candidate);
    } else {
      informant = candidate;
      labelNumber++;
      informantOrder++;
    }
    informantsByName.set(key, informant);
    touched.set(informant.id, informant);
    return documentOf(transcript, state.project.id, informant.id, now, documentOrder++);
  });

  // Reused informants whose blanks stayed blank need not be written at all.
  const informants = [...touched.values()].filter((i) => JSON.stringify(state.informants[i.id]) !== JSON.stringify(i));
  const put: Changeset['put'] = { documents };
  if (informants.length) put.informants = informants;
  return { changeset: documents.length ? { put } : {}, documentIds: documents.map((d) => d.id) };
}

function documentOf(transcript: ImportedTranscript, projectId: string, informantId: string | null, now: string, order: number): Document {
  return {
    id: crypto.randomUUID(),
    projectId,
    informantId,
    title: transcript.title.trim() || transcript.fileName,
    kind: transcript.kind,
    text: transcript.text,
    turns: transcript.turns,
    sourceFileName: transcript.fileName,
    memo: '',
    importedAt: now,
    order,
  };
}

/** What a PDF brings beyond its text: its pages, what identifies it, and the file itself. */
function pdfFields(transcript: ImportedTranscript): Partial<Document> {
  const fields: Partial<Document> = { medium: 'pdf' };
  if (transcript.pages) fields.pages = transcript.pages.map((p) => ({ ...p }));
  if (transcript.sourceInfo) fields.sourceInfo = { ...transcript.sourceInfo };
  if (transcript.original) fields.original = transcript.original;
  return fields;
}

/**
 * Edits a document's title, kind, informant or memo (never its text, which offsets depend
 * on). An empty title is refused ('empty-label'); an unknown informant is 'not-found'.
 */
export function updateDocument(state: ProjectState, documentId: string, patch: DocumentPatch): Changeset {
  const document = requireDocument(state, documentId);
  const next: Document = { ...document };
  if (patch.title !== undefined) {
    const title = patch.title.trim();
    if (!title) throw new DomainError('empty-label');
    next.title = title;
  }
  if (patch.kind !== undefined) next.kind = patch.kind;
  if (patch.informantId !== undefined) {
    if (patch.informantId !== null) requireInformant(state, patch.informantId);
    next.informantId = patch.informantId;
  }
  if (patch.memo !== undefined) next.memo = patch.memo;
  const changed =
    next.title !== document.title ||
    next.kind !== document.kind ||
    next.informantId !== document.informantId ||
    next.memo !== document.memo;
  return changed ? { put: { documents: [next] } } : {};
}

/**
 * Edits what identifies a documentation source — issuer, date, number — each trimmed; the
 * fields not in the patch keep their value. A document that never had them starts empty.
 */
export function updateDocumentSource(state: ProjectState, documentId: string, patch: Partial<DocumentSourceInfo>): Changeset {
  const document = requireDocument(state, documentId);
  const before: DocumentSourceInfo = document.sourceInfo ?? { issuer: '', date: '', number: '' };
  const after: DocumentSourceInfo = {
    issuer: patch.issuer?.trim() ?? before.issuer,
    date: patch.date?.trim() ?? before.date,
    number: patch.number?.trim() ?? before.number,
  };
  if (after.issuer === before.issuer && after.date === before.date && after.number === before.number) return {};
  return { put: { documents: [{ ...document, sourceInfo: after }] } };
}

/** Deletes a document together with every segment coded in it. */
export function deleteDocument(state: ProjectState, documentId: string): Changeset {
  requireDocument(state, documentId);
  const segments = segmentsOfDocumentUnordered(state, documentId).map((s) => s.id);
  const changeset: Changeset = { delete: { documents: [documentId] } };
  if (segments.length) changeset.delete!.segments = segments;
  return changeset;
}
