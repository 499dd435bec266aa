/**
 * Text sources as documents and their PlainTextSelections as coded segments. Offsets are
 * read in the model the producer uses, confirmed by scoring against the texts, and carried
 * into Pilah's canonical text (LF, no BOM) through a mapping, never by arithmetic.
 */
import type { Document, Segment } from '../model/types';
import { translate } from '../i18n';
import { detectTurns } from '../text/turns';
import { isoFromRefi } from './date-time';
import { ProjectFileError } from './errors';
import { derivedGuid, isGuid, normalizeGuid } from './guid';
import type { IdAllocator } from './id-allocator';
import { sourcePositions, SPEC_OFFSETS, type OffsetModel, type SourcePositions } from './offsets';
import { chooseOffsetModel, expectedOffsetModel } from './offset-scoring';
import { PDF_MEDIA_TYPE, textSourcesIn, type TextSourceElement } from './pdf-sources';
import type { ProjectReaderContext } from './project-reader';
import { joinMemo, type NoteIndex } from './read-notes';
import type { UserReading } from './read-users';
import { childNamed, childrenNamed, type XmlElement } from './xml-tree';

export interface SourceReadingInput {
  ctx: ProjectReaderContext;
  ids: IdAllocator;
  projectId: string;
  codeIds: Set<string>;
  informantOfSource: Map<string, string>;
  notes: NoteIndex;
  users: UserReading;
}

interface TextOf {
  element: XmlElement;
  raw: string;
  /** False when the text came from the .docx: the selections' offsets do not apply to it. */
  selectionsApply: boolean;
  /** A PDF's representation: the PDF file's place and bytes. */
  pdf?: TextSourceElement['pdf'];
}

/**
 * Documents and segments from the TextSources. Another tool's missing or empty sources are
 * listed in warnings; a transcript missing from Pilah's own file is an error.
 */
export function readSources(root: XmlElement, input: SourceReadingInput): { documents: Document[]; segments: Segment[] } {
  const { ctx } = input;
  const strict = ctx.producer.id === 'pilah';
  const texts: TextOf[] = [];
  const missing: string[] = [];
  let missingCodings = 0;
  let withoutText = 0;
  for (const { element, pdf } of textSourcesIn(root, ctx)) {
    // A PDF missing from Pilah's own file is as damaged as a missing text.
    if (pdf && strict && !pdf.bytes) throw new ProjectFileError('missing-source', pdf.path);
    const found = sourceText(element, ctx);
    if (found.kind === 'text' && (strict || found.raw.trim() !== '')) texts.push({ element, raw: found.raw, selectionsApply: found.selectionsApply, ...(pdf ? { pdf } : {}) });
    else if (found.kind === 'missing') {
      // Pilah's own file with a transcript missing is damaged; another tool's often omits them.
      if (strict) throw new ProjectFileError('missing-source', found.path);
      missing.push(element.attributes.name || found.path);
      missingCodings += countCodings(element);
    } else {
      // No text at all, or only blanks (NVivo for Mac can export empty .txt and .docx files).
      withoutText++;
      missingCodings += countCodings(element);
    }
  }
  if (missing.length > 0) ctx.warn({ code: 'missing-sources', what: missing.join(', '), count: missing.length });
  if (missingCodings > 0) ctx.warn({ code: 'skipped-codings-missing-source', what: 'TextSource', count: missingCodings });
  if (withoutText > 0) ctx.warn({ code: 'skipped-sources', what: 'TextSource', count: withoutText });

  const model = offsetModel(texts, ctx);
  const documents: Document[] = [];
  const segments: Segment[] = [];
  for (const source of texts) {
    const positions = sourcePositions(source.raw, model);
    const document = readDocument(source.element, positions.text, documents.length, input);
    if (source.pdf) {
      document.medium = 'pdf';
      document.kind = 'document';
      if (source.pdf.bytes) document.original = { mediaType: PDF_MEDIA_TYPE, bytes: source.pdf.bytes };
    }
    documents.push(document);
    if (!source.selectionsApply) {
      const dropped = childrenNamed(source.element, 'PlainTextSelection').length;
      ctx.warn({ code: 'text-from-rich-text', what: document.title, count: dropped });
      continue;
    }
    segments.push(...readSelections(source.element, document, positions, input));
  }
  return { documents, segments };
}

type FoundText = { kind: 'text'; raw: string; selectionsApply: boolean } | { kind: 'missing'; path: string } | { kind: 'none' };

/**
 * A TextSource's raw text: its plain-text file, else its inline PlainTextContent. A plain
 * text that is empty while a .docx is named (NVivo for Mac) is replaced by the .docx text
 * when the caller could extract it.
 */
function sourceText(element: XmlElement, ctx: ProjectReaderContext): FoundText {
  const path = element.attributes.plainTextPath;
  const raw = (path ? ctx.readFile(path) : undefined) ?? childNamed(element, 'PlainTextContent')?.text;
  const richPath = element.attributes.richTextPath;
  if ((raw === undefined || raw.trim() === '') && richPath) {
    const rich = ctx.richText?.(richPath);
    if (rich !== undefined && rich.trim() !== '') return { kind: 'text', raw: rich, selectionsApply: false };
  }
  if (raw !== undefined) return { kind: 'text', raw, selectionsApply: true };
  return path ? { kind: 'missing', path } : { kind: 'none' };
}

const countCodings = (element: XmlElement): number =>
  childrenNamed(element, 'PlainTextSelection').reduce((n, s) => n + childrenNamed(s, 'Coding').length, 0);

/** The producer's offset model, or the one that fits the texts clearly better (with a warning). */
function offsetModel(texts: TextOf[], ctx: ProjectReaderContext): OffsetModel {
  // Pilah writes code points, or UTF-16 units when asked for NVivo and says so in `origin`.
  if (ctx.producer.id === 'pilah') return /UTF-16/i.test(ctx.producer.origin) ? { unit: 'utf16', crlfAsOne: false } : SPEC_OFFSETS;
  const expected = expectedOffsetModel(ctx.producer.id);
  const choice = chooseOffsetModel(
    expected,
    texts
      .filter((t) => t.selectionsApply)
      .map((t) => ({
        raw: t.raw,
        selections: childrenNamed(t.element, 'PlainTextSelection').map((s) => ({
          start: Number(s.attributes.startPosition),
          end: Number(s.attributes.endPosition),
          name: s.attributes.name ?? '',
        })),
      })),
  );
  if (!choice.asExpected) ctx.warn({ code: 'offsets-unexpected', what: ctx.producer.origin, count: 1 });
  return choice.model;
}

const fileStem = (path: string | undefined): string => (path ?? '').replace(/^[a-z]+:\/\//i, '').split('/').pop()!.replace(/\.[^.]*$/, '');

/** A name a person gave, not a GUID a program made up. */
const humanName = (name: string | undefined): string => (name && !isGuid(name.trim()) ? name.trim() : '');

function readDocument(element: XmlElement, text: string, order: number, input: SourceReadingInput): Document {
  const { ctx } = input;
  const id = input.ids.take(element, 'source', order);
  const turns = detectTurns(text);
  const name = element.attributes.name ?? '';
  const addedBy = input.users.coderOf(element.attributes.creatingUser);
  const title = humanName(name) || humanName(fileStem(element.attributes.plainTextPath)) || translate(ctx.locale, 'refi:untitled-document', { number: order + 1 });
  return {
    id,
    projectId: input.projectId,
    informantId: input.informantOfSource.get(normalizeGuid(element.attributes.guid ?? '')) ?? null,
    title: ctx.producer.id === 'pilah' ? name || id : title,
    kind: turns.length > 0 ? 'interview' : 'document',
    text,
    turns,
    sourceFileName: name,
    memo: joinMemo(childNamed(element, 'Description')?.text ?? '', input.notes.textFor(element)),
    importedAt: isoFromRefi(element.attributes.creationDateTime) ?? ctx.now,
    ...(addedBy !== null ? { addedBy } : {}),
    order,
  };
}

/**
 * Selections as segments. Other tools write one selection per code (NVivo) or several
 * codings per selection (ATLAS.ti): codings on the same range by the same coder become one
 * segment; different coders keep separate segments, as inter-coder agreement needs.
 */
function readSelections(element: XmlElement, document: Document, { count, toText }: SourcePositions, input: SourceReadingInput): Segment[] {
  const { ctx } = input;
  const merge = ctx.producer.id !== 'pilah';
  const segments: Segment[] = [];
  const byKey = new Map<string, Segment>();
  const uncodedMemos: string[] = [];
  let outOfRange = 0;
  let unknownCodes = 0;
  let uncoded = 0;
  childrenNamed(element, 'PlainTextSelection').forEach((selection, index) => {
    const start = Number(selection.attributes.startPosition);
    const end = Number(selection.attributes.endPosition);
    const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end < count;
    const range = valid ? { start: toText(start), end: toText(end) } : null;
    if (!range || range.start >= range.end) {
      outOfRange++;
      return;
    }
    const memo = joinMemo(childNamed(selection, 'Description')?.text ?? '', input.notes.textFor(selection));
    const byCoder = new Map<string | null, string[]>();
    for (const coding of childrenNamed(selection, 'Coding')) {
      const target = childNamed(coding, 'CodeRef')?.attributes.targetGUID;
      const codeId = target ? ctx.idFor(target) : '';
      if (!input.codeIds.has(codeId)) {
        unknownCodes++;
        continue;
      }
      const coder = input.users.coderOf(coding.attributes.creatingUser ?? selection.attributes.creatingUser);
      byCoder.set(coder, [...(byCoder.get(coder) ?? []), codeId]);
    }
    if (byCoder.size === 0) {
      // A commented passage without a code (MAXQDA, ATLAS.ti): its comment stays on the document.
      if (memo.trim() !== '') uncodedMemos.push(`«${document.text.slice(range.start, range.end).trim()}»\n${memo}`);
      else if (childrenNamed(selection, 'Coding').length === 0) uncoded++;
      return;
    }
    const selector = selection.attributes.creatingUser === undefined ? undefined : input.users.coderOf(selection.attributes.creatingUser);
    const selectionId = input.ids.take(selection, 'selection', index);
    let first = true;
    for (const [coderId, codeIds] of byCoder) {
      // Passages marked by different users stay apart, so each keeps its creator.
      const key = `${range.start}:${range.end}:${coderId ?? ''}:${selector ?? ''}`;
      const same = merge ? byKey.get(key) : undefined;
      if (same) {
        for (const codeId of codeIds) if (!same.codeIds.includes(codeId)) same.codeIds.push(codeId);
        if (memo !== '' && !same.memo.includes(memo)) same.memo = joinMemo(same.memo, memo);
        continue;
      }
      const createdAt = isoFromRefi(selection.attributes.creationDateTime) ?? ctx.now;
      const segment: Segment = {
        id: first ? selectionId : derivedGuid('selection-coder', selectionId, coderId ?? 'owner'),
        projectId: input.projectId,
        documentId: document.id,
        ...range,
        codeIds: [...new Set(codeIds)],
        memo,
        reduced: '',
        coderId,
        // NVivo credits the passage to one user and its codes to another: both are kept.
        ...(selector !== undefined && selector !== coderId ? { selectedBy: selector } : {}),
        createdAt,
        modifiedAt: isoFromRefi(selection.attributes.modifiedDateTime) ?? createdAt,
      };
      first = false;
      byKey.set(key, segment);
      segments.push(segment);
    }
  });
  if (uncodedMemos.length > 0) document.memo = joinMemo(document.memo, ...uncodedMemos);
  if (outOfRange > 0) ctx.warn({ code: 'skipped-selections', what: document.title, count: outOfRange });
  if (unknownCodes > 0) ctx.warn({ code: 'unknown-code-ref', what: document.title, count: unknownCodes });
  if (uncoded > 0) ctx.warn({ code: 'uncoded-selections', what: document.title, count: uncoded });
  const wholeDocument = childrenNamed(element, 'Coding').length;
  if (wholeDocument > 0) ctx.warn({ code: 'skipped-document-codings', what: document.title, count: wholeDocument });
  return segments;
}
