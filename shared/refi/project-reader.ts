/**
 * Turns a parsed `project.qde` into a Pilah project: codes from the nested CodeBook,
 * informants from Cases and their variables, documents from TextSources, segments from
 * PlainTextSelections. Whatever Pilah has no place for is counted in warnings, never
 * silently dropped.
 */
import { DEFAULT_VERDICT_SCALE, emptyLaterTables } from '../model/defaults';
import type { Code, Document, Informant, Project, ProjectSnapshot, Segment } from '../model/types';
import { PALETTE } from '../frameworks/palette';
import { DEFAULT_INFORMANT_CATEGORIES } from '../project/create-project';
import { detectTurns } from '../text/turns';
import { isoFromRefi } from './date-time';
import { ProjectFileError, type ProjectFileWarning } from './errors';
import { derivedGuid, normalizeGuid } from './guid';
import { fieldForVariable } from './informant-variables';
import { canonicalizeSourceText, positionTable, type CanonicalText, type OffsetModel } from './offsets';
import { childNamed, childrenNamed, itemsIn, type XmlElement } from './xml-tree';

export interface ProjectReaderContext {
  /** The text of an `internal://` or bare relative file, or undefined if the zip lacks it. */
  readFile(path: string): string | undefined;
  /** How the producer counted selection offsets. */
  offsets: OffsetModel;
  /** Same-range selections become one segment, unless each selection is already one (Pilah's files). */
  mergeSameRange: boolean;
  /** Maps a GUID from the file to the id Pilah gives the entity. */
  idFor(guid: string): string;
  /** ISO date-time used where the file says nothing. */
  now: string;
  warn(warning: ProjectFileWarning): void;
}

const OTHER_SOURCES = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'];

/** Reads the standard part of a project; the caller overlays Pilah's extras, if any. */
export function readProjectXml(root: XmlElement, ctx: ProjectReaderContext): ProjectSnapshot {
  if (root.name !== 'Project') throw new ProjectFileError('not-a-project', `root element is <${root.name}>`);
  const ids = new IdAllocator(ctx);
  const notes = readNotes(root, ctx);
  const projectId = crypto.randomUUID();

  const codes = readCodes(root, projectId, ids, notes);
  const codeIds = new Set(codes.map((c) => c.id));
  const { informants, informantOfSource } = readCases(root, projectId, ids);
  const { documents, segments } = readSources(root, { ctx, ids, projectId, codeIds, informantOfSource, notes });
  countSkipped(root, ctx);

  const users = new Map(itemsIn(root, 'Users', 'User').map((u) => [normalizeGuid(u.attributes.guid ?? ''), u.attributes.name ?? '']));
  const at = (value: string | undefined): string => isoFromRefi(value) ?? ctx.now;
  const project: Project = {
    id: projectId,
    title: root.attributes.name ?? '',
    researcher: users.get(normalizeGuid(root.attributes.creatingUserGUID ?? '')) ?? '',
    institution: '',
    focus: childNamed(root, 'Description')?.text ?? '',
    journal: noteText(root, notes),
    settings: {
      informantCategories: distinct([...DEFAULT_INFORMANT_CATEGORIES, ...informants.map((i) => i.category)]),
      informantGroups: distinct(informants.map((i) => i.group)),
      activeFrameworkCodeId: null,
      verdictScale: [...DEFAULT_VERDICT_SCALE],
    },
    createdAt: at(root.attributes.creationDateTime),
    modifiedAt: at(root.attributes.modifiedDateTime ?? root.attributes.creationDateTime),
  };
  return { project, codes, informants, documents, segments, ...emptyLaterTables() };
}

/** Hands out ids: the file's GUIDs where present and unique, derived ones otherwise. */
class IdAllocator {
  private readonly used = new Set<string>();
  constructor(private readonly ctx: ProjectReaderContext) {}

  take(element: XmlElement, kind: string, index: number): string {
    const guid = element.attributes.guid;
    let id = guid ? this.ctx.idFor(guid) : derivedGuid('missing-guid', kind, String(index));
    // Duplicate GUIDs happen in hand-made files; the second one must not overwrite the first.
    if (this.used.has(id)) id = derivedGuid('duplicate-guid', kind, id, String(index));
    this.used.add(id);
    return id;
  }
}

const distinct = (values: string[]): string[] => [...new Set(values.filter((v) => v !== ''))];

/** Note texts by GUID (PlainTextContent, or the file plainTextPath points at). */
function readNotes(root: XmlElement, ctx: ProjectReaderContext): Map<string, string> {
  const notes = new Map<string, string>();
  for (const note of itemsIn(root, 'Notes', 'Note')) {
    const path = note.attributes.plainTextPath;
    const text = childNamed(note, 'PlainTextContent')?.text ?? (path ? ctx.readFile(path) : undefined) ?? '';
    notes.set(normalizeGuid(note.attributes.guid ?? ''), text.replace(/\r\n?/g, '\n'));
  }
  return notes;
}

/** The texts of the Notes an element's NoteRefs point at, one paragraph each. */
function noteText(element: XmlElement, notes: Map<string, string>): string {
  return childrenNamed(element, 'NoteRef')
    .map((ref) => notes.get(normalizeGuid(ref.attributes.targetGUID ?? '')) ?? '')
    .filter((t) => t !== '')
    .join('\n\n');
}

const joinMemo = (...parts: string[]): string => parts.filter((p) => p !== '').join('\n\n');

function readCodes(root: XmlElement, projectId: string, ids: IdAllocator, notes: Map<string, string>): Code[] {
  const codes: Code[] = [];
  const visit = (element: XmlElement, parentId: string | null, order: number): void => {
    const id = ids.take(element, 'code', codes.length);
    const name = element.attributes.name ?? '';
    codes.push({
      id,
      projectId,
      parentId,
      label: { id: name, en: '' },
      definition: { id: childNamed(element, 'Description')?.text ?? '', en: '' },
      color: hexColor(element.attributes.color) ?? PALETTE[codes.length % PALETTE.length]!.hex,
      source: '',
      frameworkId: null,
      order,
      memo: noteText(element, notes),
    });
    childrenNamed(element, 'Code').forEach((child, i) => visit(child, id, i));
  };
  const codeBook = childNamed(root, 'CodeBook');
  if (codeBook) itemsIn(codeBook, 'Codes', 'Code').forEach((code, i) => visit(code, null, i));
  return codes;
}

/** `#RGB` or `#RRGGBB` as `#RRGGBB`; undefined for anything else. */
function hexColor(value: string | undefined): string | undefined {
  const v = value?.trim() ?? '';
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v;
  if (/^#[0-9a-fA-F]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toUpperCase();
  return undefined;
}

function readCases(root: XmlElement, projectId: string, ids: IdAllocator): { informants: Informant[]; informantOfSource: Map<string, string> } {
  const variables = new Map<string, string>();
  for (const v of itemsIn(root, 'Variables', 'Variable')) {
    variables.set(normalizeGuid(v.attributes.guid ?? ''), v.attributes.name ?? '');
  }
  const informants: Informant[] = [];
  const informantOfSource = new Map<string, string>();
  itemsIn(root, 'Cases', 'Case').forEach((element, order) => {
    const informant: Informant = {
      id: ids.take(element, 'case', order),
      projectId,
      label: element.attributes.name ?? `I${order + 1}`,
      name: '',
      position: '',
      category: '',
      group: '',
      interviewDate: '',
      place: '',
      attributes: {},
      memo: childNamed(element, 'Description')?.text ?? '',
      order,
    };
    for (const value of childrenNamed(element, 'VariableValue')) {
      const ref = childNamed(value, 'VariableRef')?.attributes.targetGUID;
      const variableName = ref ? variables.get(normalizeGuid(ref)) : undefined;
      if (!variableName) continue;
      // The value is whichever of TextValue, IntegerValue, DateValue … the file used.
      const text = value.children.find((c) => c.name !== 'VariableRef')?.text.trim() ?? '';
      const field = fieldForVariable(variableName);
      if (field) informant[field] = text;
      else informant.attributes[variableName] = text;
    }
    if (!informant.name) informant.name = informant.label;
    for (const ref of childrenNamed(element, 'SourceRef')) {
      const source = normalizeGuid(ref.attributes.targetGUID ?? '');
      if (!informantOfSource.has(source)) informantOfSource.set(source, informant.id);
    }
    informants.push(informant);
  });
  return { informants, informantOfSource };
}

interface SourceContext {
  ctx: ProjectReaderContext;
  ids: IdAllocator;
  projectId: string;
  codeIds: Set<string>;
  informantOfSource: Map<string, string>;
  notes: Map<string, string>;
}

function readSources(root: XmlElement, sc: SourceContext): { documents: Document[]; segments: Segment[] } {
  const documents: Document[] = [];
  const segments: Segment[] = [];
  const textSources = itemsIn(root, 'Sources', 'TextSource');
  let withoutText = 0;
  for (const element of textSources) {
    const raw = sourceText(element, sc.ctx);
    if (raw === undefined) {
      withoutText++;
      continue;
    }
    const canonical = canonicalizeSourceText(raw);
    const document = readDocument(element, canonical.text, documents.length, sc);
    documents.push(document);
    for (const segment of readSelections(element, raw, canonical, document, sc)) segments.push(segment);
  }
  if (withoutText > 0) sc.ctx.warn({ code: 'skipped-sources', what: 'TextSource', count: withoutText });
  return { documents, segments };
}

/**
 * A TextSource's raw text: its plain-text file, else its inline PlainTextContent; undefined
 * when it names neither (e.g. only a .docx). A named file that is in neither place is an
 * error: the project would open with a transcript missing.
 */
function sourceText(element: XmlElement, ctx: ProjectReaderContext): string | undefined {
  const path = element.attributes.plainTextPath;
  const text = (path ? ctx.readFile(path) : undefined) ?? childNamed(element, 'PlainTextContent')?.text;
  if (text === undefined && path) throw new ProjectFileError('missing-source', path);
  return text;
}

function readDocument(element: XmlElement, text: string, order: number, sc: SourceContext): Document {
  const id = sc.ids.take(element, 'source', order);
  const turns = detectTurns(text);
  const name = element.attributes.name ?? '';
  return {
    id,
    projectId: sc.projectId,
    informantId: sc.informantOfSource.get(normalizeGuid(element.attributes.guid ?? '')) ?? null,
    title: name || id,
    kind: turns.length > 0 ? 'interview' : 'document',
    text,
    turns,
    sourceFileName: name,
    memo: joinMemo(childNamed(element, 'Description')?.text ?? '', noteText(element, sc.notes)),
    importedAt: isoFromRefi(element.attributes.creationDateTime) ?? sc.ctx.now,
    order,
  };
}

/** Selections as segments, their positions carried from the raw file into the canonical text. */
function readSelections(element: XmlElement, raw: string, { rawToText }: CanonicalText, document: Document, sc: SourceContext): Segment[] {
  const { ctx } = sc;
  const table = positionTable(raw, ctx.offsets);
  const toText = (position: number): number => rawToText[table[position]!]!;
  const segments: Segment[] = [];
  const byRange = new Map<string, Segment>();
  let outOfRange = 0;
  let unknownCodes = 0;
  childrenNamed(element, 'PlainTextSelection').forEach((selection, index) => {
    const start = Number(selection.attributes.startPosition);
    const end = Number(selection.attributes.endPosition);
    const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end < table.length;
    const range = valid ? { start: toText(start), end: toText(end) } : null;
    if (!range || range.start >= range.end) {
      outOfRange++;
      return;
    }
    const codeIds: string[] = [];
    for (const coding of childrenNamed(selection, 'Coding')) {
      const target = childNamed(coding, 'CodeRef')?.attributes.targetGUID;
      const codeId = target ? ctx.idFor(target) : '';
      if (sc.codeIds.has(codeId)) codeIds.push(codeId);
      else unknownCodes++;
    }
    const memo = joinMemo(childNamed(selection, 'Description')?.text ?? '', noteText(selection, sc.notes));
    const key = `${range.start}:${range.end}`;
    const same = ctx.mergeSameRange ? byRange.get(key) : undefined;
    if (same) {
      for (const codeId of codeIds) if (!same.codeIds.includes(codeId)) same.codeIds.push(codeId);
      same.memo = joinMemo(same.memo, memo === same.memo ? '' : memo);
      return;
    }
    const createdAt = isoFromRefi(selection.attributes.creationDateTime) ?? ctx.now;
    const segment: Segment = {
      id: sc.ids.take(selection, 'selection', index),
      projectId: sc.projectId,
      documentId: document.id,
      ...range,
      codeIds: [...new Set(codeIds)],
      memo,
      reduced: '',
      coderId: null,
      createdAt,
      modifiedAt: isoFromRefi(selection.attributes.modifiedDateTime) ?? createdAt,
    };
    byRange.set(key, segment);
    segments.push(segment);
  });
  if (outOfRange > 0) ctx.warn({ code: 'skipped-selections', what: document.title, count: outOfRange });
  if (unknownCodes > 0) ctx.warn({ code: 'unknown-code-ref', what: document.title, count: unknownCodes });
  const wholeDocument = childrenNamed(element, 'Coding').length;
  if (wholeDocument > 0) ctx.warn({ code: 'skipped-document-codings', what: document.title, count: wholeDocument });
  return segments;
}

/** Counts what Pilah cannot hold (media sources, links, sets, graphs) so the user is told. */
function countSkipped(root: XmlElement, ctx: ProjectReaderContext): void {
  for (const type of OTHER_SOURCES) {
    const count = itemsIn(root, 'Sources', type).length;
    if (count > 0) ctx.warn({ code: 'skipped-sources', what: type, count });
  }
  const containers = [
    ['Links', 'Link', 'skipped-links'],
    ['Sets', 'Set', 'skipped-sets'],
    ['Graphs', 'Graph', 'skipped-graphs'],
  ] as const;
  for (const [container, item, code] of containers) {
    const count = itemsIn(root, container, item).length;
    if (count > 0) ctx.warn({ code, what: item, count });
  }
}
