/**
 * The interview header: the "Label: value" lines (and title lines) at the top of a
 * transcript, before the conversation starts. Turn detection skips these lines and header
 * extraction reads only them, so "Informan: Bu Sri" in a header is not taken as a turn.
 */
import { headerFieldOf, isAmbiguousLabel, parseLabelLine, speakerRole, type LabelLine } from './labels';

/** Lines longer than this are prose, not a header field or title. */
const MAX_HEADER_LINE = 120;
/** A header sits at the top: looking further would read field-like lines inside the conversation. */
const MAX_HEADER_LINES = 40;
/** Title lines ("TRANSKRIP WAWANCARA", "Informan 1") before the first field; more is prose. */
const MAX_TITLE_LINES = 3;

export interface HeaderLine extends LabelLine {
  /** 0-based line index in the text. */
  index: number;
}

type LineKind = 'blank' | 'field' | 'ambiguous' | 'turn' | 'other';

function kindOf(line: string, parsed: LabelLine | null): LineKind {
  if (line.trim() === '') return 'blank';
  if (!parsed) return 'other';
  // Header fields carry no timestamps: a timed line is always speech.
  if (parsed.timestamp) return speakerRole(parsed.label, { allowAmbiguous: true }) ? 'turn' : 'other';
  if (isAmbiguousLabel(parsed.label)) return line.length > MAX_HEADER_LINE ? 'turn' : 'ambiguous';
  if (speakerRole(parsed.label, { allowAmbiguous: false })) return 'turn';
  return headerFieldOf(parsed.label) && line.length <= MAX_HEADER_LINE ? 'field' : 'other';
}

/**
 * The header's field lines, in order. The block runs from the top over blank lines, up to three
 * title lines (before the first field) and field lines; it ends at the first speaker turn or prose.
 * Ambiguous lines ("Informan: Bu Sri", "Peneliti: Andi") belong to the header when they read
 * like field values and are followed by a header field, or (after other header fields) by a
 * conversation that uses other labels (e.g. "P:"/"I:"); otherwise they are the first turns.
 */
export function findHeaderLines(lines: readonly string[]): HeaderLine[] {
  const limit = Math.min(lines.length, MAX_HEADER_LINES);
  const parsed = lines.slice(0, limit).map(parseLabelLine);
  const kinds = lines.slice(0, limit).map((line, i) => kindOf(line, parsed[i]!));
  // A run of ambiguous lines is header when every one reads like a field value and the run
  // ends at a header field or at a turn with another label; in a conversation it does not.
  // Before any field, only a following field proves the run is header.
  const ambiguousRunIsHeader = (from: number, afterField: boolean): boolean => {
    let j = from;
    while (j < limit && (kinds[j] === 'blank' || kinds[j] === 'ambiguous')) {
      if (kinds[j] === 'ambiguous' && !isFieldLike(parsed[j]!)) return false;
      j++;
    }
    return j < limit && (kinds[j] === 'field' || (afterField && kinds[j] === 'turn'));
  };
  const found: HeaderLine[] = [];
  let titles = 0;
  for (let i = 0; i < limit; i++) {
    const kind = kinds[i]!;
    if (kind === 'blank') continue;
    if (kind === 'turn') break;
    if (kind === 'other') {
      // Titles such as "TRANSKRIP WAWANCARA" may precede the fields; prose after them ends the header.
      if (found.length > 0 || lines[i]!.length > MAX_HEADER_LINE || ++titles > MAX_TITLE_LINES) break;
      continue;
    }
    if (kind === 'ambiguous' && !ambiguousRunIsHeader(i, found.length > 0)) break;
    found.push({ ...parsed[i]!, index: i });
  }
  return found;
}

/** An ambiguous line that reads like a header value (short, no question) rather than speech. */
function isFieldLike(line: LabelLine): boolean {
  return line.value.length > 0 && line.value.length <= 60 && !/[?!]$/.test(line.value);
}

/** Index of the line after the header block (0 when there is no header). */
export function headerEndLine(lines: readonly string[]): number {
  const found = findHeaderLines(lines);
  return found.length === 0 ? 0 : found[found.length - 1]!.index + 1;
}
