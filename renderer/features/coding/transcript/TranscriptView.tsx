import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Document } from '../../../../shared/model/types';
import { codeLabel } from '../../../../shared/project';
import { useAppStore } from '../../../store';
import { addCodesToSegment, codeSelection } from '../coding-actions';
import { digitOfKey } from '../pinned-codes';
import { useWorkspace } from '../workspace-store';
import { readCaret, selectOffsets, codableSelection } from './dom-selection';
import { segmentForClick, adjacentSegment } from './segment-navigation';
import { speakerLabelEnds } from './speaker-labels';
import { assignLanes } from './stripe-lanes';
import { pageMarks } from './page-marks';
import { TranscriptLine } from './TranscriptLine';
import classes from './transcript.module.css';
import { useLineIndex } from './use-line-index';
import { usePinnedCodes } from '../use-pinned-codes';

/** Rough height of a line before it is measured: wrapped lines of about 90 characters. */
const estimateHeight = (length: number) => Math.max(1, Math.ceil(length / 90)) * 24 + 2;

/** Keys that move the caret or extend a selection; everything else that would edit is refused. */
const NAVIGATION = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Tab', 'Escape', 'Shift', 'Control', 'Alt', 'Meta']);

/**
 * The transcript, virtualised by line: only the lines on screen (and a margin) are in the
 * DOM, each measured after rendering. The text sits in a read-only contentEditable so the
 * caret can be moved and a selection extended with the keyboard (Shift+arrows) as well as
 * with the mouse; input of any kind is refused.
 */
export function TranscriptView({ document }: { document: Document }) {
  const { t } = useTranslation('coding');
  const locale = useAppStore((s) => s.locale);
  const codes = useAppStore((s) => s.current?.codes ?? EMPTY_CODES);
  const selectedSegmentId = useAppStore((s) => s.selectedSegmentId);
  const selectSegment = useAppStore((s) => s.selectSegment);
  const revealOffset = useAppStore((s) => s.revealOffset);
  const pendingSelection = useWorkspace((s) => s.pendingSelection);
  const setSelection = useWorkspace((s) => s.setSelection);
  const pinned = usePinnedCodes();
  const { index, version } = useLineIndex(document);
  const scrollRef = useRef<HTMLDivElement>(null);
  const sheetRef = useRef<HTMLDivElement>(null);
  const starts = index.starts;
  const text = document.text;

  const lineEnd = useCallback((line: number) => (line + 1 < starts.length ? starts[line + 1]! - 1 : text.length), [starts, text]);
  const speakerEnds = useMemo(() => speakerLabelEnds(text, starts, document.turns), [text, starts, document.turns]);
  const lastLanes = useRef<ReadonlyMap<string, number>>(new Map());
  const lanes = useMemo(() => {
    void version; // the index is updated in place; its version says when lanes are due again
    const next = assignLanes(
      index.sorted().map((s) => {
        const [firstLine, lastLine] = index.linesOf(s);
        return { id: s.id, codeIds: s.codeIds, firstLine, lastLine };
      }),
      (codeId) => codes[codeId]?.order ?? 0,
    );
    // A coding rarely moves a code to another lane: the same lanes keep the same map, so only
    // the rows whose segments changed render again (not every row on screen).
    if (sameLanes(next, lastLanes.current)) return lastLanes.current;
    lastLanes.current = next;
    return next;
  }, [index, version, codes]);
  const marks = useMemo(() => pageMarks(starts, document.pages), [starts, document.pages]);
  const laneCount = useMemo(() => Math.max(1, ...[...lanes.values()].map((l) => l + 1)), [lanes]);
  const linesOf = useCallback((s: { start: number; end: number }) => index.linesOf(s), [index]);
  const codeName = useCallback((codeId: string) => (codes[codeId] ? codeLabel(codes[codeId], locale) : '?'), [codes, locale]);

  const virtualizer = useVirtualizer({
    count: starts.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateHeight(lineEnd(i) - starts[i]!),
    overscan: 12,
  });

  // Jump to a newly revealed segment; otherwise come back to where this transcript was left.
  useEffect(() => {
    const ws = useWorkspace.getState();
    if (revealOffset && revealOffset.documentId === document.id && revealOffset.nonce !== ws.handledRevealNonce) {
      ws.setHandledRevealNonce(revealOffset.nonce);
      virtualizer.scrollToIndex(index.linesOf({ start: revealOffset.offset, end: revealOffset.offset + 1 })[0], { align: 'center' });
    } else if (ws.topLines[document.id]) {
      virtualizer.scrollToIndex(ws.topLines[document.id]!, { align: 'start' });
    }
  }, [revealOffset, document.id, index, virtualizer]);
  // Read while scrolling: once the view is unmounted it no longer knows what was on screen.
  const topLine = useRef(0);
  useEffect(() => {
    const id = document.id;
    return () => useWorkspace.getState().rememberTopLine(id, topLine.current);
  }, [document.id]);
  useEffect(() => {
    if (!pendingSelection || pendingSelection.documentId !== document.id) return;
    virtualizer.scrollToIndex(index.linesOf(pendingSelection)[0], { align: 'center' });
    // The lines are rendered on the next frames; select once they are there.
    let tries = 0;
    const attempt = () => {
      const sheet = sheetRef.current;
      if (sheet && selectOffsets(sheet, pendingSelection.start, pendingSelection.end)) {
        sheet.focus({ preventScroll: true });
        setSelection({ documentId: document.id, start: pendingSelection.start, end: pendingSelection.end });
      } else if (tries++ < 10) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  }, [pendingSelection, document.id, index, virtualizer, setSelection]);

  // Follow the browser selection: what the student selects is what number keys and Ctrl+K code.
  const syncSelection = useCallback(() => {
    const sheet = sheetRef.current;
    const anchor = window.getSelection()?.anchorNode;
    // Focus moving to the code picker or the inspector must not forget what was selected.
    if (!sheet || !anchor || !sheet.contains(anchor)) return;
    const range = codableSelection(sheet, text);
    setSelection(range ? { documentId: document.id, ...range } : null);
  }, [text, document.id, setSelection]);
  useEffect(() => {
    window.document.addEventListener('selectionchange', syncSelection);
    return () => window.document.removeEventListener('selectionchange', syncSelection);
  }, [syncSelection]);

  const onClick = () => {
    const sheet = sheetRef.current;
    if (!sheet || !window.getSelection()?.isCollapsed) return;
    const caret = readCaret(sheet);
    if (caret === null) return;
    const chosen = segmentForClick(index.segmentsAt(caret), useAppStore.getState().selectedSegmentId);
    if (chosen) selectSegment(chosen.id);
  };

  const jumpToSegment = (direction: 1 | -1) => {
    const sheet = sheetRef.current;
    const from = { segmentId: useAppStore.getState().selectedSegmentId, offset: (sheet && readCaret(sheet)) ?? 0 };
    if (from.segmentId && !index.get(from.segmentId)) from.segmentId = null;
    const next = adjacentSegment(index.sorted(), from, direction);
    if (!next) return;
    selectSegment(next.id);
    virtualizer.scrollToIndex(index.linesOf(next)[0], { align: 'center' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // selectionchange arrives asynchronously; a quick key after Shift+arrow must see the new selection.
    syncSelection();
    const mod = e.ctrlKey || e.metaKey;
    if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      jumpToSegment(e.key === 'ArrowDown' ? 1 : -1);
      return;
    }
    const digit = !mod && !e.altKey ? digitOfKey(e.key) : null;
    if (digit !== null) {
      e.preventDefault();
      const code = pinned[digit - 1];
      if (!code) return;
      // With text selected the key codes it; with only a segment selected it adds the code to that segment.
      const segmentId = useAppStore.getState().selectedSegmentId;
      void codeSelection([code.id]).then((coded) => {
        if (!coded && segmentId && index.get(segmentId)) void addCodesToSegment(segmentId, [code.id]);
      });
      return;
    }
    // The sheet is editable only to get a caret: the app's own undo, never the browser's.
    if (mod && (e.key.toLowerCase() === 'z' || e.key.toLowerCase() === 'y')) {
      e.preventDefault();
      e.stopPropagation();
      const store = useAppStore.getState();
      void (e.key.toLowerCase() === 'y' || e.shiftKey ? store.redo() : store.undo());
      return;
    }
    if (mod && ['c', 'a', 'k', 'f'].includes(e.key.toLowerCase())) return;
    if (NAVIGATION.has(e.key) || e.key.startsWith('F')) return;
    e.preventDefault();
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      data-testid="transcript-view"
      onScroll={(e) => {
        // The line at the top edge, kept as the student scrolls: the app remembers it across restarts.
        const line = virtualizer.getVirtualItemForOffset(e.currentTarget.scrollTop)?.index ?? 0;
        if (line === topLine.current) return;
        topLine.current = line;
        useWorkspace.getState().rememberTopLine(document.id, line);
      }}
    >
      <div
        ref={sheetRef}
        className={classes.sheet}
        style={{ height: virtualizer.getTotalSize() }}
        contentEditable
        suppressContentEditableWarning
        spellCheck={false}
        role="textbox"
        aria-readonly
        aria-multiline
        aria-label={t('transcriptLabel', { title: document.title })}
        onKeyDown={onKeyDown}
        onBeforeInput={(e) => e.preventDefault()}
        onPaste={(e) => e.preventDefault()}
        onCut={(e) => e.preventDefault()}
        onDrop={(e) => e.preventDefault()}
        // Text dragged onto a code is copied (coded), never moved out of the transcript.
        onDragStart={(e) => {
          e.dataTransfer.effectAllowed = 'copy';
        }}
        onClick={onClick}
      >
        {items.map((item) => (
          <TranscriptLine
            key={item.key}
            index={item.index}
            top={item.start}
            measureRef={virtualizer.measureElement}
            start={starts[item.index]!}
            end={lineEnd(item.index)}
            text={text.slice(starts[item.index]!, lineEnd(item.index))}
            segments={index.segmentsOnLine(item.index)}
            lanes={lanes}
            linesOf={linesOf}
            laneCount={laneCount}
            speakerEnd={speakerEnds.get(item.index) ?? starts[item.index]!}
            pageMark={marks.has(item.index) ? t('pageMark', { page: marks.get(item.index) }) : undefined}
            codes={codes}
            codeName={codeName}
            // Only the rows showing the selected segment are told of it: selecting another
            // segment renders those rows again, not every row on screen.
            selectedSegmentId={selectedSegmentId !== null && index.segmentsOnLine(item.index).some((s) => s.id === selectedSegmentId) ? selectedSegmentId : null}
            onStripeClick={selectSegment}
          />
        ))}
      </div>
    </div>
  );
}

const EMPTY_CODES: Readonly<Record<string, Code>> = {};

function sameLanes(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [code, lane] of a) if (b.get(code) !== lane) return false;
  return true;
}
