/**
 * The line index of the open transcript, created once per document and brought up to date
 * (not rebuilt) whenever the project's segments table changes.
 */
import { useMemo } from 'react';
import type { Document } from '../../../../shared/model/types';
import { lineStarts } from '../../../../shared/text/lines';
import { useAppStore } from '../../../store';
import { LineIndex } from './line-index';

export interface IndexedTranscript {
  index: LineIndex;
  /** Changes whenever the segments of the document changed, so rows re-render. */
  version: number;
}

let syncs = 0;

export function useLineIndex(document: Document): IndexedTranscript {
  const segments = useAppStore((s) => s.current?.segments);
  const index = useMemo(() => new LineIndex(document.id, lineStarts(document.text)), [document.id, document.text]);
  // Syncing is idempotent (segments compared by identity), so doing it while rendering is safe.
  const version = useMemo(() => {
    index.sync(segments ? Object.values(segments) : []);
    return ++syncs;
  }, [index, segments]);
  return { index, version };
}
