/**
 * Text search across transcripts. By default it ignores case and accents ("sosialisasi"
 * finds "Sosialisasi", "kafe" finds "kafé"), the way students type queries. Each document
 * is folded once into a lower-case, accent-free copy (cached, since a document's text never
 * changes) and searched with indexOf, so 50 transcripts of 10,000 words take milliseconds.
 */
import type { ProjectState } from '../model/changeset';
import type { Document } from '../model/types';
import { lineOfOffset } from '../text/lines';
import { lineStartsOf } from './line-cache';

export interface SearchHit {
  documentId: string;
  /** UTF-16 offsets of the match in the document's text. */
  start: number;
  end: number;
  /** 1-based line of the match. */
  line: number;
  /** Text before the match on the same line (at most CONTEXT_CHARS). */
  before: string;
  match: string;
  /** Text after the match on the same line (at most CONTEXT_CHARS). */
  after: string;
}

export interface SearchOptions {
  /** Match case and accents exactly (default: ignore both). */
  caseSensitive?: boolean;
  /** Only hits not inside a longer word. */
  wholeWord?: boolean;
  /** Only these documents (default: all). */
  documentIds?: string[];
}

/** More hits than this are not listed; the result says it was truncated. */
export const MAX_SEARCH_HITS = 5000;
const CONTEXT_CHARS = 60;

/** A folded copy of a text; `starts`/`ends` map folded units back when lengths differ. */
interface FoldedText {
  text: string;
  starts: Int32Array | null;
  ends: Int32Array | null;
}

const foldedChars = new Map<number, string>();

function foldChar(codePoint: number): string {
  let folded = foldedChars.get(codePoint);
  if (folded === undefined) {
    folded = String.fromCodePoint(codePoint).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    foldedChars.set(codePoint, folded);
  }
  return folded;
}

/** Lower-cases and strips accents; ASCII runs are copied in bulk. */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  const units: [origin: number, width: number, folded: string][] = [];
  let identity = true;
  let run = 0;
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) < 128) {
      i++;
      continue;
    }
    if (run < i) parts.push(text.slice(run, i).toLowerCase());
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = foldChar(codePoint);
    if (folded.length !== width) identity = false;
    parts.push(folded);
    units.push([i, width, folded]);
    i += width;
    run = i;
  }
  if (run < text.length) parts.push(text.slice(run).toLowerCase());
  const foldedText = parts.join('');
  if (identity) return { text: foldedText, starts: null, ends: null };

  // Offsets shift: record for every folded unit the original range it came from.
  const starts = new Int32Array(foldedText.length);
  const ends = new Int32Array(foldedText.length);
  let out = 0;
  let origin = 0;
  const copyAscii = (until: number): void => {
    for (; origin < until; origin++, out++) {
      starts[out] = origin;
      ends[out] = origin + 1;
    }
  };
  for (const [at, width, folded] of units) {
    copyAscii(at);
    for (let k = 0; k < folded.length; k++, out++) {
      starts[out] = at;
      ends[out] = at + width;
    }
    origin = at + width;
  }
  copyAscii(text.length);
  return { text: foldedText, starts, ends };
}

const foldedDocuments = new WeakMap<Document, FoldedText>();

function foldedDocument(document: Document): FoldedText {
  let folded = foldedDocuments.get(document);
  if (!folded) {
    folded = foldText(document.text);
    foldedDocuments.set(document, folded);
  }
  return folded;
}

const wordChars = new Map<number, boolean>();

function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.codePointAt(index)!;
  let word = wordChars.get(code);
  if (word === undefined) {
    word = /[\p{L}\p{N}\p{M}_]/u.test(String.fromCodePoint(code));
    wordChars.set(code, word);
  }
  return word;
}

function isWholeWord(text: string, start: number, end: number): boolean {
  // A low surrogate before `start` belongs to a pair; step back to its high surrogate.
  const before = start >= 2 && (text.charCodeAt(start - 1) & 0xfc00) === 0xdc00 ? start - 2 : start - 1;
  return !isWordChar(text, before) && !isWordChar(text, end);
}

/** Extends a match over combining accents that follow it ("kafe" + U+0301), which fold to nothing. */
function withTrailingMarks(text: string, end: number): number {
  let at = end;
  while (at < text.length && text.charCodeAt(at) >= 128) {
    const codePoint = text.codePointAt(at)!;
    if (foldChar(codePoint) !== '') break;
    at += codePoint > 0xffff ? 2 : 1;
  }
  return at;
}

function contextHit(document: Document, start: number, end: number): SearchHit {
  const text = document.text;
  const starts = lineStartsOf(document);
  const line = lineOfOffset(starts, start);
  const lineStart = starts[line - 1]!;
  // The end's own line, which differs from the start's when a match spans a line break.
  const endLine = lineOfOffset(starts, end);
  const lineEnd = endLine < starts.length ? starts[endLine]! - 1 : text.length;
  return {
    documentId: document.id,
    start,
    end,
    line,
    before: text.slice(Math.max(lineStart, start - CONTEXT_CHARS), start),
    match: text.slice(start, end),
    after: text.slice(end, Math.max(end, Math.min(lineEnd, end + CONTEXT_CHARS))),
  };
}

/**
 * Finds `query` (trimmed) in the project's transcripts, in document order and then text
 * order, without overlapping hits. Lists at most MAX_SEARCH_HITS; `truncated` says more
 * exist. An empty query finds nothing.
 */
export function searchText(
  state: ProjectState,
  query: string,
  opts: SearchOptions = {},
): { hits: SearchHit[]; truncated: boolean } {
  const needle = opts.caseSensitive ? query.trim() : foldText(query.trim()).text;
  const hits: SearchHit[] = [];
  if (!needle) return { hits, truncated: false };
  const only = opts.documentIds ? new Set(opts.documentIds) : null;
  const documents = Object.values(state.documents)
    .filter((d) => !only || only.has(d.id))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  for (const document of documents) {
    const folded: FoldedText = opts.caseSensitive ? { text: document.text, starts: null, ends: null } : foldedDocument(document);
    for (let at = folded.text.indexOf(needle); at !== -1; ) {
      const last = at + needle.length - 1;
      const start = folded.starts ? folded.starts[at]! : at;
      const end = folded.ends ? withTrailingMarks(document.text, folded.ends[last]!) : last + 1;
      if (opts.wholeWord && !isWholeWord(document.text, start, end)) {
        at = folded.text.indexOf(needle, at + 1);
        continue;
      }
      if (hits.length === MAX_SEARCH_HITS) return { hits, truncated: true };
      hits.push(contextHit(document, start, end));
      at = folded.text.indexOf(needle, at + needle.length);
    }
  }
  return { hits, truncated: false };
}
