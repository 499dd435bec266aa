/**
 * Speaker turns in a transcript: where each change of speaker starts and how far it runs,
 * so the transcript view can show who speaks and matrices can tell questions from answers.
 */
import type { Turn } from '../model/types';
import { headerEndLine } from './header-block';
import { classifySpeaker, parseLabelLine, speakerKey } from './labels';
import { lineStarts } from './lines';

/**
 * Finds the speaker turns of a normalised text. A turn starts at a line beginning with an
 * optional timestamp and a speaker label ("P:", "Informan:", "[00:01:10] Bu Sri:" …) and runs
 * to the next turn (or the end), trailing whitespace excluded. Header lines are skipped, and a
 * label recognised only as a name ("Bu Sri:") must occur at least twice to count as a speaker.
 * Offsets are UTF-16 units into `text`; the turn includes its label and timestamp.
 */
export function detectTurns(text: string): Turn[] {
  const lines = text.split('\n');
  const starts = lineStarts(text);
  const candidates: { turn: Turn; byName: boolean }[] = [];
  for (let i = headerEndLine(lines); i < lines.length; i++) {
    const line = lines[i]!;
    const parsed = parseLabelLine(line);
    const speaker = parsed && classifySpeaker(parsed.label, { allowAmbiguous: true });
    if (!parsed || !speaker) continue;
    const start = starts[i]! + (line.length - line.trimStart().length);
    const turn: Turn = { speaker: parsed.label, role: speaker.role, start, end: start };
    if (parsed.timestamp) turn.timestamp = parsed.timestamp;
    candidates.push({ turn, byName: speaker.byName });
  }
  // Someone in a conversation speaks more than once; a name-like label seen once ("Penulis:",
  // "Baca Juga:") is prose, and its line stays part of the turn before it.
  const seen = new Map<string, number>();
  for (const { turn } of candidates) seen.set(speakerKey(turn.speaker), (seen.get(speakerKey(turn.speaker)) ?? 0) + 1);
  const turns = candidates.filter((c) => !c.byName || seen.get(speakerKey(c.turn.speaker))! >= 2).map((c) => c.turn);
  for (let t = 0; t < turns.length; t++) {
    const limit = t + 1 < turns.length ? turns[t + 1]!.start : text.length;
    turns[t]!.end = turns[t]!.start + text.slice(turns[t]!.start, limit).trimEnd().length;
  }
  return turns;
}
