/**
 * Turns a parsed `project.qde` into a Pilah project: codes from the CodeBook, informants
 * from Cases and variables, coders from Users, documents from TextSources, segments from
 * PlainTextSelections, memos from wherever the producer put them. Whatever Pilah has no
 * place for is counted in warnings, never silently dropped.
 */
import { DEFAULT_VERDICT_SCALE, emptyLaterTables } from '../model/defaults';
import type { Locale, Project, ProjectSnapshot } from '../model/types';
import { DEFAULT_INFORMANT_CATEGORIES } from '../project/create-project';
import { isoFromRefi } from './date-time';
import { ProjectFileError, type ProjectFileWarning } from './errors';
import { IdAllocator } from './id-allocator';
import type { Producer } from './producer';
import { isUnreadablePdfSource, skippedPdfCodings } from './pdf-sources';
import { readCases } from './read-cases';
import { readCodes } from './read-codes';
import { joinMemo, NoteIndex } from './read-notes';
import { readSources } from './read-sources';
import { readPictureSources } from './picture-sources';
import { readUsers } from './read-users';
import { childNamed, childrenNamed, itemsIn, type XmlElement } from './xml-tree';

export interface ProjectReaderContext {
  /** The text of an `internal://` or bare relative file, or undefined if the zip lacks it. */
  readFile(path: string): string | undefined;
  /** The bytes of an `internal://` or bare relative file (a PDF, a photo), or undefined if the zip lacks it. */
  readBytes(path: string): Uint8Array | undefined;
  /** The text of a rich-text (.docx) file, when the caller extracted it beforehand. */
  richText?(path: string): string | undefined;
  /** Who wrote the file: sets the offset model to try first and how strict to be. */
  producer: Producer;
  /** Maps a GUID from the file to the id Pilah gives the entity. */
  idFor(guid: string): string;
  /** ISO date-time used where the file says nothing. */
  now: string;
  /** Language of the names Pilah makes up (an untitled document). */
  locale: Locale;
  warn(warning: ProjectFileWarning): void;
}

// Photos are read (picture-sources.ts); the other media are counted and left out.
const MEDIA_SOURCES = ['PDFSource', 'AudioSource', 'VideoSource'] as const;

/** Reads the standard part of a project; the caller overlays Pilah's extras, if any. */
export function readProjectXml(root: XmlElement, ctx: ProjectReaderContext): ProjectSnapshot {
  if (root.name !== 'Project') throw new ProjectFileError('not-a-project', `root element is <${root.name}>`);
  const ids = new IdAllocator(ctx.idFor);
  const notes = new NoteIndex(root, ctx.readFile);
  const projectId = crypto.randomUUID();
  const foreign = ctx.producer.id !== 'pilah';

  const { codes, unflattened } = readCodes(childNamed(root, 'CodeBook'), projectId, ids, notes, foreign);
  if (unflattened > 0) ctx.warn({ code: 'rebuilt-hierarchy', what: '::', count: unflattened });
  const users = readUsers(root, projectId, ids, ctx.now);
  const { informants, informantOfSource, selectionRefs } = readCases(root, projectId, ids, notes);
  if (selectionRefs > 0) ctx.warn({ code: 'skipped-case-selections', what: 'SelectionRef', count: selectionRefs });
  const codeIds = new Set(codes.map((c) => c.id));
  const sourceInput = { ctx, ids, projectId, codeIds, informantOfSource, notes, users };
  const { documents, segments } = readSources(root, sourceInput);
  const pictures = readPictureSources(root, sourceInput, ctx.readBytes, documents.length);
  documents.push(...pictures.documents);
  segments.push(...pictures.segments);
  countSkipped(root, notes, ctx);

  const at = (value: string | undefined): string => isoFromRefi(value) ?? ctx.now;
  // Notes nothing points at are the researcher's too: they join the journal, after its own notes.
  const journal = joinMemo(notes.textFor(root), foreign ? notes.unattached() : '');
  const project: Project = {
    id: projectId,
    title: root.attributes.name ?? '',
    researcher: users.ownerName,
    institution: '',
    focus: childNamed(root, 'Description')?.text ?? '',
    journal,
    settings: {
      informantCategories: distinct([...DEFAULT_INFORMANT_CATEGORIES, ...informants.map((i) => i.category)]),
      informantGroups: distinct(informants.map((i) => i.group)),
      activeFrameworkCodeId: null,
      verdictScale: [...DEFAULT_VERDICT_SCALE],
    },
    createdAt: at(root.attributes.creationDateTime),
    modifiedAt: at(root.attributes.modifiedDateTime ?? root.attributes.creationDateTime),
    // Kept so a re-export credits the same person (another tool may hold more of their work).
    ...(users.ownerGuid !== '' ? { ownerGuid: users.ownerGuid } : {}),
  };
  return { project, codes, informants, documents, segments, ...emptyLaterTables(), coders: users.coders };
}

const distinct = (values: string[]): string[] => [...new Set(values.filter((v) => v !== ''))];

/** Every Coding anywhere inside `element`. */
function codingsWithin(element: XmlElement): number {
  let count = 0;
  for (const child of element.children) count += child.name === 'Coding' ? 1 : codingsWithin(child);
  return count;
}

/** Counts what Pilah cannot hold (media sources and their codings, links, sets, graphs) so the user is told. */
function countSkipped(root: XmlElement, notes: NoteIndex, ctx: ProjectReaderContext): void {
  for (const type of MEDIA_SOURCES) {
    const all = itemsIn(root, 'Sources', type);
    // A PDF with a text Representation is read (as text); only its page-area codings are lost.
    const sources = type === 'PDFSource' ? all.filter((s) => isUnreadablePdfSource(s, ctx)) : all;
    if (sources.length > 0) ctx.warn({ code: 'skipped-sources', what: type, count: sources.length });
    const read = type === 'PDFSource' ? all.filter((s) => !isUnreadablePdfSource(s, ctx)).reduce((n, s) => n + skippedPdfCodings(s), 0) : 0;
    const codings = sources.reduce((n, s) => n + codingsWithin(s), 0) + read;
    if (codings > 0) ctx.warn({ code: 'skipped-media-codings', what: type, count: codings });
  }
  if (notes.otherLinks > 0) ctx.warn({ code: 'skipped-links', what: 'Link', count: notes.otherLinks });
  const sets = itemsIn(root, 'Sets', 'Set');
  if (sets.length > 0) ctx.warn({ code: 'skipped-sets', what: 'Set', count: sets.length });
  const graphs = itemsIn(root, 'Graphs', 'Graph');
  if (graphs.length > 0) ctx.warn({ code: 'skipped-graphs', what: 'Graph', count: graphs.length });
  const caseCodings = itemsIn(root, 'Cases', 'Case').reduce((n, c) => n + childrenNamed(c, 'CodeRef').length, 0);
  if (caseCodings > 0) ctx.warn({ code: 'skipped-case-codings', what: 'CodeRef', count: caseCodings });
}
