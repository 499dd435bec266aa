import { Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Span } from '../../../shared/agreement';
import { unionOfSpans } from '../../../shared/agreement';

type Piece = { text: string; kind: 'plain' | 'coded' | 'differs' };

/** Splits [start, end) into plain text, text this coder coded, and coded text the other coder did not code. */
function pieces(text: string, start: number, end: number, coded: readonly Span[], differs: readonly Span[]): Piece[] {
  const cuts = new Set([start, end]);
  for (const s of [...coded, ...differs]) {
    if (s.start > start && s.start < end) cuts.add(s.start);
    if (s.end > start && s.end < end) cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const inside = (spans: readonly Span[], at: number) => spans.some((s) => s.start <= at && at < s.end);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const kind = inside(differs, from) ? 'differs' : inside(coded, from) ? 'coded' : 'plain';
    out.push({ text: text.slice(from, sorted[i + 1]), kind });
  }
  return out;
}

/**
 * A passage as one coder coded it: their coding tinted in the code's colour, and the part
 * only they coded underlined and stronger, so the difference reads without colour too.
 */
export function CodedText({ text, start, end, coded, differs, color }: { text: string; start: number; end: number; coded: readonly Span[]; differs: readonly Span[]; color: string }) {
  const parts = useMemo(() => pieces(text, start, end, unionOfSpans(coded), differs), [text, start, end, coded, differs]);
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="agreement-coded-text">
      {parts.map((p, i) =>
        p.kind === 'plain' ? (
          <span key={i}>{p.text}</span>
        ) : (
          <mark
            key={i}
            data-kind={p.kind}
            style={{
              background: `${color}${p.kind === 'differs' ? '66' : '2E'}`,
              color: 'inherit',
              textDecoration: p.kind === 'differs' ? 'underline' : 'none',
              textDecorationThickness: 2,
            }}
          >
            {p.text}
          </mark>
        ),
      )}
    </Text>
  );
}
