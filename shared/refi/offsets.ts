/**
 * Offsets between Pilah (UTF-16 units into the canonical text) and REFI-QDA files (Unicode
 * code points into the plain-text file, as the spec says; other producers differ, see
 * GUIDE §6). Every conversion goes through a table built in one pass over the text, so a
 * project with thousands of segments converts in linear time.
 */

/** How a producer counted positions in its plain-text file. */
export interface OffsetModel {
  /** Code points (the spec, ATLAS.ti, MAXQDA, QualCoder) or UTF-16 units (NVivo). */
  unit: 'code-point' | 'utf16';
  /** Whether CRLF counts as one position (ATLAS.ti, QualCoder) rather than two. */
  crlfAsOne: boolean;
}

/** The spec's model, which Pilah writes. */
export const SPEC_OFFSETS: OffsetModel = { unit: 'code-point', crlfAsOne: false };

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Converts UTF-16 offsets into `text` to code-point offsets. Built once per document; each
 * conversion is a binary search over the document's astral characters (usually none).
 */
export function codePointCounter(text: string): (utf16Offset: number) => number {
  const astralStarts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      astralStarts.push(i);
      i++;
    }
  }
  if (astralStarts.length === 0) return (offset) => offset;
  return (offset) => {
    // Astral characters that end at or before the offset each took two units for one point.
    let lo = 0;
    let hi = astralStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (astralStarts[mid]! + 2 <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

/**
 * A table from positions as a producer counted them in `raw` to UTF-16 indices into `raw`:
 * `table[position]` for every position 0…count (inclusive, so an end offset converts too).
 */
export function positionTable(raw: string, model: OffsetModel): Int32Array {
  const table = new Int32Array(raw.length + 1);
  let position = 0;
  let i = 0;
  while (i < raw.length) {
    table[position++] = i;
    const unit = raw.charCodeAt(i);
    if (model.crlfAsOne && unit === 0x0d && raw.charCodeAt(i + 1) === 0x0a) i += 2;
    else if (model.unit === 'code-point' && isHighSurrogate(unit) && isLowSurrogate(raw.charCodeAt(i + 1))) i += 2;
    else i += 1;
  }
  table[position] = raw.length;
  return table.subarray(0, position + 1);
}

/** A source's text in Pilah's canonical form, and where each raw index landed in it. */
export interface CanonicalText {
  text: string;
  /** `rawToText[i]` is the canonical index of raw index i, for i in 0…raw.length. */
  rawToText: Int32Array;
}

// Characters the canonical form drops: C0 controls except TAB/LF/VT/FF/CR, DEL, C1, BOM.
const DROPPED = (unit: number): boolean =>
  (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0b && unit !== 0x0c && unit !== 0x0d) ||
  (unit >= 0x7f && unit <= 0x9f) ||
  unit === 0xfeff;
// Characters that become a line feed: CR (alone or before LF), VT, FF, line/paragraph separators.
const LINE_BREAK = (unit: number): boolean => unit === 0x0b || unit === 0x0c || unit === 0x2028 || unit === 0x2029;

/**
 * Brings a source's text into Pilah's canonical form (LF line ends, no BOM, no control
 * characters, tabs as spaces) without otherwise touching it, recording where every raw index
 * lands so that offsets into the raw text can be carried over exactly.
 */
export function canonicalizeSourceText(raw: string): CanonicalText {
  const rawToText = new Int32Array(raw.length + 1);
  const pieces: string[] = [];
  let out = 0;
  let runStart = 0;
  const flush = (end: number): void => {
    if (end > runStart) pieces.push(raw.slice(runStart, end));
  };
  for (let i = 0; i < raw.length; i++) {
    const unit = raw.charCodeAt(i);
    rawToText[i] = out;
    if (unit === 0x0d && raw.charCodeAt(i + 1) === 0x0a) {
      // The CR of a CRLF vanishes; it maps onto the LF that follows.
      flush(i);
      runStart = i + 1;
    } else if (unit === 0x0d || LINE_BREAK(unit) || unit === 0x09) {
      flush(i);
      pieces.push(unit === 0x09 ? ' ' : '\n');
      runStart = i + 1;
      out++;
    } else if (DROPPED(unit)) {
      flush(i);
      runStart = i + 1;
    } else {
      out++;
    }
  }
  flush(raw.length);
  rawToText[raw.length] = out;
  return { text: pieces.join(''), rawToText };
}

/** Any character the canonical form changes or drops (see DROPPED, LINE_BREAK; CR and TAB too). */
// eslint-disable-next-line no-control-regex
const CANONICAL_CHANGES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const SURROGATE = /[\ud800-\udfff]/;

/** A source's canonical text, how many positions `model` counts in the raw text (+1), and where each lands. */
export interface SourcePositions {
  text: string;
  count: number;
  toText(position: number): number;
}

/**
 * The canonical text of a source and where each of its positions lands in it. Most texts (any
 * Pilah wrote) need no change and count positions as code units: then every position lands
 * on itself, and no per-character tables are built for a text of hundreds of thousands of words.
 */
export function sourcePositions(raw: string, model: OffsetModel): SourcePositions {
  if (!CANONICAL_CHANGES.test(raw) && (model.unit !== 'code-point' || !SURROGATE.test(raw))) {
    return { text: raw, count: raw.length + 1, toText: (position) => position };
  }
  const canonical = canonicalizeSourceText(raw);
  const table = positionTable(raw, model);
  return { text: canonical.text, count: table.length, toText: (position) => canonical.rawToText[table[position]!]! };
}
