/**
 * Chooses how a file's selection offsets are counted (GUIDE §6 steps 2–4): the producer's
 * usual model is the first guess, and every candidate model is scored against the file
 * itself — ranges must fit the text, should start and end between words, and should match
 * the excerpt a producer stores as the selection's name (ATLAS.ti does). The guess stands
 * unless another model fits the file clearly better.
 */
import { positionTable, SPEC_OFFSETS, type OffsetModel } from './offsets';
import type { ProducerId } from './producer';

/** One text source as the scorer sees it: its raw text and its selections. */
export interface SourceForScoring {
  raw: string;
  selections: readonly { start: number; end: number; name: string }[];
}

/** How well one model fits a file. */
export interface OffsetScore {
  model: OffsetModel;
  /** Selections that fall outside their text under this model. */
  outOfRange: number;
  /** Range ends (starts and ends) that sit between words rather than inside one. */
  onBoundary: number;
  /** Selections whose stored excerpt matches the text they cover. */
  excerptMatches: number;
}

export interface OffsetChoice {
  model: OffsetModel;
  /** False when the file contradicted the producer's usual model and another one was taken. */
  asExpected: boolean;
  scores: OffsetScore[];
}

const NVIVO: OffsetModel = { unit: 'utf16', crlfAsOne: false };
// ATLAS.ti counts a line break as one position (QualCoder's refi.py); MAXQDA and QualCoder too.
const CRLF_AS_ONE: OffsetModel = { unit: 'code-point', crlfAsOne: true };

/** The model a producer is known (or, for 'other', the spec says) to use. */
export function expectedOffsetModel(producer: ProducerId): OffsetModel {
  switch (producer) {
    case 'nvivo-windows':
    case 'nvivo-mac':
      return NVIVO;
    case 'atlasti':
    case 'maxqda':
    case 'qualcoder':
    case 'taguette':
      return CRLF_AS_ONE;
    default:
      return SPEC_OFFSETS;
  }
}

const ALL_MODELS: readonly OffsetModel[] = [
  { unit: 'code-point', crlfAsOne: false },
  { unit: 'code-point', crlfAsOne: true },
  { unit: 'utf16', crlfAsOne: false },
  { unit: 'utf16', crlfAsOne: true },
];

const sameModel = (a: OffsetModel, b: OffsetModel): boolean => a.unit === b.unit && a.crlfAsOne === b.crlfAsOne;

/**
 * Scores every model that can differ on these texts and picks one: the expected model,
 * unless another matches more stored excerpts, or fits clearly better (see clearlyBetter).
 */
export function chooseOffsetModel(expected: OffsetModel, sources: readonly SourceForScoring[]): OffsetChoice {
  const hasCrlf = sources.some((s) => s.raw.includes('\r\n'));
  const hasAstral = sources.some((s) => /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(s.raw));
  // Models that read these texts identically collapse onto the expected one.
  const normalise = (m: OffsetModel): OffsetModel => ({
    unit: hasAstral ? m.unit : expected.unit,
    crlfAsOne: hasCrlf ? m.crlfAsOne : expected.crlfAsOne,
  });
  const candidates: OffsetModel[] = [];
  for (const model of ALL_MODELS.map(normalise)) if (!candidates.some((c) => sameModel(c, model))) candidates.push(model);
  if (candidates.length === 1 || sources.every((s) => s.selections.length === 0)) {
    return { model: expected, asExpected: true, scores: [] };
  }
  const scores = candidates.map((model) => scoreModel(model, sources));
  const endpoints = sources.reduce((n, s) => n + 2 * s.selections.length, 0);
  const base = scores.find((s) => sameModel(s.model, expected))!;
  let best = base;
  for (const score of scores) if (clearlyBetter(score, best, endpoints)) best = score;
  return { model: best.model, asExpected: best === base, scores };
}

/**
 * Stored excerpts are the strongest evidence; otherwise range ends between words, where a
 * range outside the text counts as two ends inside words. One odd selection must not
 * overturn the producer's model: the difference has to reach 5 % of all range ends.
 */
function clearlyBetter(a: OffsetScore, b: OffsetScore, endpoints: number): boolean {
  if (a.excerptMatches !== b.excerptMatches) return a.excerptMatches > b.excerptMatches;
  const fit = (s: OffsetScore): number => s.onBoundary - 2 * s.outOfRange;
  return fit(a) - fit(b) > 0.05 * endpoints;
}

/** How one model fits the file's selections. */
export function scoreModel(model: OffsetModel, sources: readonly SourceForScoring[]): OffsetScore {
  const score: OffsetScore = { model, outOfRange: 0, onBoundary: 0, excerptMatches: 0 };
  for (const source of sources) {
    const table = positionTable(source.raw, model);
    for (const selection of source.selections) {
      const { start, end } = selection;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end < table.length)) {
        score.outOfRange++;
        continue;
      }
      const from = table[start]!;
      const to = table[end]!;
      if (isWordBoundary(source.raw, from)) score.onBoundary++;
      if (isWordBoundary(source.raw, to)) score.onBoundary++;
      if (excerptMatches(selection.name, source.raw.slice(from, to))) score.excerptMatches++;
    }
  }
  return score;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** True when UTF-16 index `i` of `text` is not inside a word (nor inside a surrogate pair). */
export function isWordBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  if (isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) return false;
  const before = String.fromCodePoint(text.codePointAt(isLow(text.charCodeAt(i - 1)) && i >= 2 ? i - 2 : i - 1)!);
  const after = String.fromCodePoint(text.codePointAt(i)!);
  return !(WORD.test(before) && WORD.test(after));
}

// Names that are labels rather than excerpts: qc's "line:12", ATLAS.ti's "Quotation 6:1", times.
const LABEL_NAME = /^(?:line:\d+|quotation \d+:\d+|\d{1,2}:\d{2}(?:[.:]\d+)?\s*[–-].*)$/i;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * True when a selection's name is an excerpt of the covered text: the text itself, or its
 * beginning followed by "…" (ATLAS.ti cuts names at about 100 characters).
 */
export function excerptMatches(name: string, covered: string): boolean {
  const n = squash(name);
  if (n.length < 8 || LABEL_NAME.test(n)) return false;
  const text = squash(covered);
  if (n.endsWith('…')) {
    const head = n.slice(0, -1).trim();
    return head.length > 0 && text.startsWith(head);
  }
  return text === n;
}
