/**
 * Writes `project.qde`: the standard REFI-QDA part of a Pilah project, in the element order
 * Project.xsd demands and without empty containers (the XSD rejects them).
 */
import type { Code, Document, Informant, Locale, ProjectSnapshot, Segment } from '../model/types';
import { translate } from '../i18n';
import { refiDateTime } from './date-time';
import { derivedGuid, guidForId } from './guid';
import { attributeNames, FIELD_VARIABLES } from './informant-variables';
import { codePointCounter } from './offsets';
import { isPdfDocument, pdfFileName, representationGuid } from './pdf-sources';
import { writePictureSource } from './picture-sources';
import { writeSelection, type UserOf } from './write-selection';
import { codeName, writeCodes } from './write-code-tree';
import { XmlWriter } from './xml-writer';

export const REFI_NAMESPACE = 'urn:QDA-XML:project:1.0';
const SCHEMA_LOCATION = `${REFI_NAMESPACE} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd`;

export interface ProjectXmlOptions {
  /** Written into `origin` as "Pilah <version>"; importers use it for per-producer fixes. */
  appVersion: string;
  /** Language of the names Pilah gives its notes ("Jurnal penelitian" …). */
  locale: Locale;
  /** How selection positions are counted; see {@link QdpxOffsets}. */
  offsets: QdpxOffsets;
}

/**
 * How selection positions are counted: Unicode code points (the standard) or UTF-16 code
 * units, which is what NVivo reads. The two differ only in texts with characters outside the
 * Basic Multilingual Plane (emoji and the like).
 */
export type QdpxOffsets = 'codepoints' | 'utf16';

/**
 * What Pilah appends to `origin` when it writes UTF-16 positions, so a reader (Pilah's own,
 * or a person) knows the file departs from the standard's code points on purpose.
 */
export const UTF16_ORIGIN_NOTE = '(UTF-16 offsets, NVivo-compatible)';

/** The `origin` Pilah writes: "Pilah 0.1.0", with the UTF-16 note when it applies. */
export function pilahOrigin(appVersion: string, offsets: QdpxOffsets): string {
  return offsets === 'utf16' ? `Pilah ${appVersion} ${UTF16_ORIGIN_NOTE}` : `Pilah ${appVersion}`;
}

/** The path of a document's plain text inside the zip, and its `internal://` reference. */
export function sourceFileName(document: Document): string {
  return `${guidForId(document.id)}.txt`;
}

/** GUIDs of things Pilah keeps no id for, derived so every export of a project writes the same ones. */
export const noteGuid = {
  journal: (projectId: string): string => derivedGuid('note', 'journal', projectId),
  codeMemo: (codeId: string): string => derivedGuid('note', 'code-memo', codeId),
};
export const ownerGuid = (projectId: string): string => derivedGuid('user', 'owner', projectId);
/** The owner's GUID in a project's files: the one the other tool gave them, else derived from the project id. */
export const projectOwnerGuid = (project: { id: string; ownerGuid?: string }): string => project.ownerGuid || ownerGuid(project.id);
/** The file that holds the research journal's text, beside the transcripts (QualCoder reads journals only from files). */
export const journalFileName = (projectId: string): string => `${noteGuid.journal(projectId)}.txt`;
export const fieldVariableGuid = (field: string): string => derivedGuid('variable', 'field', field);
export const attributeVariableGuid = (name: string): string => derivedGuid('variable', 'attribute', name);

/** Builds the XML of `project.qde` for a snapshot. */
export function buildProjectXml(snapshot: ProjectSnapshot, options: ProjectXmlOptions): string {
  const { project } = snapshot;
  const owner = projectOwnerGuid(project);
  const userOf = (coderId: string | null | undefined): string => (coderId ? guidForId(coderId) : owner);
  const xml = new XmlWriter();
  xml.start('Project', {
    xmlns: REFI_NAMESPACE,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': SCHEMA_LOCATION,
    name: project.title || translate(options.locale, 'refi:untitled-project'),
    origin: pilahOrigin(options.appVersion, options.offsets),
    creatingUserGUID: owner,
    creationDateTime: refiDateTime(project.createdAt),
    modifyingUserGUID: owner,
    modifiedDateTime: refiDateTime(project.modifiedAt),
  });
  writeUsers(xml, snapshot, owner, options.locale);
  writeCodeBook(xml, snapshot.codes);
  writeVariablesAndCases(xml, snapshot.informants, snapshot.documents);
  writeSources(xml, snapshot.documents, snapshot.segments, userOf, options.offsets);
  writeNotes(xml, snapshot, userOf, options.locale);
  if (project.focus) xml.text('Description', project.focus);
  if (project.journal) xml.empty('NoteRef', { targetGUID: noteGuid.journal(project.id) });
  xml.end();
  return xml.toString();
}

/** The user GUID of a coder id; null or absent = the project's owner. */

/**
 * The owner first, then every named coder of the project, then any coder a segment names
 * that the coders table lacks (written under its id, so its codings still say who made them).
 */
function writeUsers(xml: XmlWriter, snapshot: ProjectSnapshot, owner: string, locale: Locale): void {
  xml.start('Users');
  xml.empty('User', { guid: owner, name: snapshot.project.researcher || translate(locale, 'refi:owner') });
  const written = new Set<string>();
  for (const coder of [...snapshot.coders].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1))) {
    written.add(coder.id);
    xml.empty('User', { guid: guidForId(coder.id), name: coder.name || coder.id, id: coder.id });
  }
  const mention = (coderId: string | null | undefined): void => {
    if (!coderId || written.has(coderId)) return;
    written.add(coderId);
    xml.empty('User', { guid: guidForId(coderId), name: coderId, id: coderId });
  };
  for (const s of snapshot.segments) {
    mention(s.coderId);
    mention(s.selectedBy);
  }
  for (const d of snapshot.documents) {
    mention(d.addedBy);
    mention(d.memoBy);
  }
  for (const c of snapshot.codes) mention(c.memoBy);
  xml.end();
}

function writeCodeBook(xml: XmlWriter, codes: readonly Code[]): void {
  if (codes.length === 0) return;
  xml.start('CodeBook');
  writeCodes(xml, codes, {
    afterDescription: (w, code) => {
      if (code.memo) w.empty('NoteRef', { targetGUID: noteGuid.codeMemo(code.id) });
    },
  });
  xml.end();
}

function writeVariablesAndCases(xml: XmlWriter, informants: readonly Informant[], documents: readonly Document[]): void {
  if (informants.length === 0) return;
  const attributes = attributeNames(informants);
  xml.start('Variables');
  for (const { field, name } of FIELD_VARIABLES) xml.empty('Variable', { guid: fieldVariableGuid(field), name, typeOfVariable: 'Text' });
  for (const name of attributes) xml.empty('Variable', { guid: attributeVariableGuid(name), name, typeOfVariable: 'Text' });
  xml.end();

  const documentsOf = new Map<string, Document[]>();
  for (const d of [...documents].sort((a, b) => a.order - b.order)) {
    if (d.informantId === null) continue;
    const list = documentsOf.get(d.informantId);
    if (list) list.push(d);
    else documentsOf.set(d.informantId, [d]);
  }
  xml.start('Cases');
  for (const informant of [...informants].sort((a, b) => a.order - b.order)) {
    xml.start('Case', { guid: guidForId(informant.id), name: informant.label || informant.name });
    if (informant.memo) xml.text('Description', informant.memo);
    for (const { field } of FIELD_VARIABLES) writeTextValue(xml, fieldVariableGuid(field), informant[field]);
    for (const name of attributes) writeTextValue(xml, attributeVariableGuid(name), informant.attributes[name]);
    for (const d of documentsOf.get(informant.id) ?? []) xml.empty('SourceRef', { targetGUID: guidForId(d.id) });
    xml.end();
  }
  xml.end();
}

function writeTextValue(xml: XmlWriter, variableGuid: string, value: string | undefined): void {
  if (!value) return;
  xml.start('VariableValue').empty('VariableRef', { targetGUID: variableGuid }).text('TextValue', value).end();
}

function writeSources(xml: XmlWriter, documents: readonly Document[], segments: readonly Segment[], userOf: UserOf, offsets: QdpxOffsets): void {
  if (documents.length === 0) return;
  const segmentsOf = new Map<string, Segment[]>();
  for (const s of segments) {
    const list = segmentsOf.get(s.documentId);
    if (list) list.push(s);
    else segmentsOf.set(s.documentId, [s]);
  }
  xml.start('Sources');
  for (const document of [...documents].sort((a, b) => a.order - b.order)) {
    if (document.medium === 'picture') {
      writePictureSource(xml, document, segmentsOf.get(document.id) ?? [], userOf);
      continue;
    }
    const audit = {
      creatingUser: userOf(document.addedBy),
      creationDateTime: refiDateTime(document.importedAt),
      // The text never changes after import; only its memo does.
      modifyingUser: userOf(document.memo && document.memoBy !== undefined ? document.memoBy : document.addedBy),
      modifiedDateTime: refiDateTime(latest(document.importedAt, document.memo ? document.memoAt : undefined)),
    };
    const pdf = isPdfDocument(document);
    if (pdf) {
      // The PDF itself, and its text as the plain-text Representation that holds the codings.
      xml.start('PDFSource', { guid: guidForId(document.id), name: document.title, path: `internal://${pdfFileName(document)}`, ...audit });
      if (document.memo) xml.text('Description', document.memo);
      xml.start('Representation', { guid: representationGuid(document.id), name: document.title, plainTextPath: `internal://${sourceFileName(document)}`, ...audit });
    } else {
      xml.start('TextSource', { guid: guidForId(document.id), name: document.title, plainTextPath: `internal://${sourceFileName(document)}`, ...audit });
      if (document.memo) xml.text('Description', document.memo);
    }
    // Pilah's offsets are UTF-16 units already; only code points need converting.
    const toPosition = offsets === 'utf16' ? (offset: number): number => offset : codePointCounter(document.text);
    const ordered = (segmentsOf.get(document.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
    for (const segment of ordered) writeSelection(xml, 'PlainTextSelection', segment, { startPosition: toPosition(segment.start), endPosition: toPosition(segment.end) }, userOf);
    xml.end();
    if (pdf) xml.end();
  }
  xml.end();
}

/** The later of two ISO date-times; the first when the second is absent. */
const latest = (a: string, b: string | undefined): string => (b !== undefined && b > a ? b : a);

/**
 * The journal and the code memos as Notes, each with the dates and users other tools expect
 * (QualCoder stops at a Note without a date). The journal's text is a file, as NVivo and
 * QualCoder write journals (QualCoder takes only such Notes as journals); a code memo's text
 * is inline, so that no tool lists it as a journal.
 */
function writeNotes(xml: XmlWriter, snapshot: ProjectSnapshot, userOf: UserOf, locale: Locale): void {
  const { project } = snapshot;
  const memos = snapshot.codes.filter((c) => c.memo);
  if (!project.journal && memos.length === 0) return;
  xml.start('Notes');
  if (project.journal) {
    xml.empty('Note', {
      guid: noteGuid.journal(project.id),
      name: translate(locale, 'refi:note-journal'),
      plainTextPath: `internal://${journalFileName(project.id)}`,
      creatingUser: userOf(null),
      creationDateTime: refiDateTime(project.createdAt),
      modifyingUser: userOf(null),
      modifiedDateTime: refiDateTime(project.modifiedAt),
    });
  }
  for (const code of memos) {
    const name = translate(locale, 'refi:note-code-memo', { code: codeName(code) });
    const at = refiDateTime(code.memoAt ?? project.modifiedAt);
    const by = userOf(code.memoBy);
    xml
      .start('Note', { guid: noteGuid.codeMemo(code.id), name, creatingUser: by, creationDateTime: at, modifyingUser: by, modifiedDateTime: at })
      .text('PlainTextContent', code.memo)
      .end();
  }
  xml.end();
}
