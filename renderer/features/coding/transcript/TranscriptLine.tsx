import { memo, type CSSProperties, type Ref } from 'react';
import type { Code, Segment } from '../../../../shared/model/types';
import { linePieces } from './highlight-pieces';
import { lineStripes } from './stripe-lanes';
import classes from './transcript.module.css';

const LANE_WIDTH = 7;
/** Underlines per piece; more overlapping codes than this still show in the background and margin. */
const MAX_UNDERLINES = 4;

export interface TranscriptLineProps {
  /** 0-based line index (the virtual row index). */
  index: number;
  start: number;
  end: number;
  text: string;
  segments: readonly Segment[];
  lanes: ReadonlyMap<string, number>;
  linesOf(segment: Pick<Segment, 'start' | 'end'>): [number, number];
  laneCount: number;
  speakerEnd: number;
  /** On the first line of a PDF page: "hlm. 2", shown in the gutter. */
  pageMark?: string | undefined;
  codes: Readonly<Record<string, Code>>;
  codeName(codeId: string): string;
  selectedSegmentId: string | null;
  onStripeClick(segmentId: string): void;
  top: number;
  measureRef: Ref<HTMLDivElement>;
}

/** Background and underlines of a piece: the innermost code tints it, every code underlines it. */
function pieceStyle(codeIds: readonly string[], codes: Readonly<Record<string, Code>>): CSSProperties | undefined {
  const colors = codeIds.map((id) => codes[id]?.color).filter((c): c is string => !!c);
  if (colors.length === 0) return undefined;
  const shadows = colors.slice(0, MAX_UNDERLINES).map((color, i) => `inset 0 -${2 * (i + 1)}px 0 0 ${color}`);
  return { backgroundColor: `${colors[0]}33`, boxShadow: shadows.join(', ') };
}

/** One line of the transcript: its number, the coding stripes beside it and its highlighted text. */
export const TranscriptLine = memo(function TranscriptLine(props: TranscriptLineProps) {
  const { index, start, end, text, segments, lanes, laneCount, speakerEnd, codes, codeName, selectedSegmentId } = props;
  const pieces = linePieces(start, end, segments, speakerEnd);
  const stripes = lineStripes(index, segments, lanes, props.linesOf);
  return (
    <div
      ref={props.measureRef}
      className={classes.row}
      style={{ transform: `translateY(${props.top}px)` }}
      data-index={index}
      data-start={start}
      data-end={end}
      data-testid={`transcript-line-${index + 1}`}
      data-page-start={props.pageMark ? '' : undefined}
    >
      <span className={classes.gutter} data-skip="" data-n={index + 1} data-page={props.pageMark} contentEditable={false} />
      <span className={classes.stripes} data-skip="" contentEditable={false} style={{ width: laneCount * LANE_WIDTH + 4 }}>
        {stripes.map((stripe) => (
          <span
            key={stripe.lane}
            role="button"
            tabIndex={-1}
            title={codeName(stripe.codeId)}
            aria-label={codeName(stripe.codeId)}
            className={[classes.stripe, stripe.begins ? classes.begins : '', stripe.ends ? classes.ends : ''].join(' ')}
            style={{ left: stripe.lane * LANE_WIDTH + 2, backgroundColor: codes[stripe.codeId]?.color }}
            data-testid={`stripe-${stripe.segmentId}-${stripe.codeId}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onStripeClick(stripe.segmentId)}
          />
        ))}
      </span>
      <div className={classes.text} data-start={start} data-end={end}>
        {pieces.length === 0 ? (
          <br />
        ) : (
          pieces.map((piece) => {
            const className = [
              piece.segmentIds.length ? classes.coded : '',
              piece.speaker ? classes.speaker : '',
              selectedSegmentId && piece.segmentIds.includes(selectedSegmentId) ? classes.selected : '',
            ].join(' ');
            return (
              <span
                key={piece.start}
                data-piece=""
                data-start={piece.start}
                data-end={piece.end}
                className={className}
                style={pieceStyle(piece.codeIds, codes)}
                title={piece.codeIds.length ? piece.codeIds.map(codeName).join(' · ') : undefined}
              >
                {text.slice(piece.start - start, piece.end - start)}
              </span>
            );
          })
        )}
      </div>
    </div>
  );
});
