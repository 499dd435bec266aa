import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../../shared/model/types';
import { lineStarts } from '../../../../shared/text/lines';
import { speakerLabelEnds } from './speaker-labels';

function labels(text: string, turns: Turn[]): string[] {
  const starts = lineStarts(text);
  return [...speakerLabelEnds(text, starts, turns)].map(([line, end]) => text.slice(starts[line]!, end));
}
const turn = (speaker: string, start: number, end: number, timestamp?: string): Turn => ({
  speaker,
  role: 'other',
  start,
  end,
  ...(timestamp ? { timestamp } : {}),
});

describe('speakerLabelEnds', () => {
  it.each([
    ['short label', 'P: Apa kabar?', [turn('P', 0, 13)], ['P:']],
    ['name label', 'Bu Sari: Baik sekali.', [turn('Bu Sari', 0, 21)], ['Bu Sari:']],
    ['timestamp before the name', '[00:01:10] Informan: Ya.', [turn('Informan', 0, 24, '00:01:10')], ['[00:01:10] Informan:']],
    [
      'several turns on several lines',
      'P: Bagaimana?\nI: Baik.\nlanjutan jawaban',
      [turn('P', 0, 13), turn('I', 14, 39)],
      ['P:', 'I:'],
    ],
    ['a turn without a colon shows no label', 'Peneliti bertanya', [turn('Peneliti', 0, 17)], []],
  ])('%s', (_name, text, turns, expected) => {
    expect(labels(text, turns)).toEqual(expected);
  });
});
