/**
 * Where the speaker label that opens a turn ends ("P:", "Informan:", "[00:01:10] Bu Sari:"),
 * so the view can show it bold while the text itself stays exactly as imported.
 */
import type { Turn } from '../../../../shared/model/types';
import { lineOfOffset } from '../../../../shared/text/lines';

/** How far past the speaker's name a colon may be and still close the label (timestamps, spaces). */
const LABEL_SLACK = 24;

/** 0-based line → the offset just after the speaker label that starts a turn on that line. */
export function speakerLabelEnds(text: string, starts: readonly number[], turns: readonly Turn[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (const turn of turns) {
    const line = lineOfOffset(starts, turn.start) - 1;
    const lineEnd = line + 1 < starts.length ? starts[line + 1]! - 1 : text.length;
    const limit = Math.min(lineEnd, turn.start + turn.speaker.length + (turn.timestamp?.length ?? 0) + LABEL_SLACK);
    // A timestamp's own colons come before the speaker's name: take the colon after the name.
    const named = text.indexOf(turn.speaker, turn.start);
    const colon = text.indexOf(':', named !== -1 && named < limit ? named + turn.speaker.length : turn.start);
    if (colon !== -1 && colon < limit) ends.set(line, colon + 1);
  }
  return ends;
}
