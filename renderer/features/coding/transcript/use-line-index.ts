/**
 * The line index of the open transcript, created once per document and brought up to date
 * (not rebuilt) whenever the project's segments table changes.
 */
import { useMemo } from 'react';
import type { Document } from '../../../../shared/model/types';
import { lineStarts } from '../../../../shared/text/lines';
import { segmentsInDocument } from '../../../../shared/project';
import { useAppStore } from '../../../store';
import { LineIndex } from './line-index';

export interface IndexedTranscript {
  index: LineIndex;
  /** Changes whenever the segments of the document changed, so rows re-render. */
  version: number;
}

let syncs = 0;

export function useLineIndex(document: Document): IndexedTranscript {
  const current = useAppStore((s) => s.current);
  const segments = current?.segments;
  const onlyCoder = useAppStore((s) => (s.showOthersCodings ? undefined : (s.activeCoderId ?? null)));
  const index = useMemo(() => new LineIndex(document.id, lineStarts(document.text)), [document.id, document.text]);
  // Syncing is idempotent (segments compared by identity), so doing it while rendering is safe.
  // Only this document's segments are read, from the per-document index shared/ keeps in
  // step with each action, so a project with 50,000 codings is not scanned per coding.
  const version = useMemo(() => {
    const all = current ? segmentsInDocument(current, document.id) : [];
    index.sync(onlyCoder === undefined ? all : all.filter((segment) => (segment.coderId ?? null) === onlyCoder));
    return ++syncs;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `current` changes on every action; only its segments table matters
  }, [index, segments, document.id, onlyCoder]);
  return { index, version };
}
