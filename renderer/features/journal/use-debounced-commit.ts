import { useEffect, useRef, useState } from 'react';
import { useUnsavedEdit } from '../../lib/unsaved-edits';

/**
 * A draft that is handed over after a pause in typing (or at once on blur/unmount): one
 * undoable command per editing pause, not one per keystroke. Outside changes (undo, redo)
 * replace the draft.
 */
export function useDebouncedCommit(value: string, onCommit: (value: string) => void, delayMs = 1000) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const latest = useRef({ draft, value, onCommit });
  useEffect(() => {
    latest.current = { draft, value, onCommit };
  });
  const flush = () => {
    const { draft: d, value: v, onCommit: commit } = latest.current;
    if (d !== v) commit(d);
  };
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(flush, delayMs);
    return () => clearTimeout(timer);
  }, [draft, value, delayMs]);
  // Leaving the screen or closing the window must not lose the last words typed.
  useEffect(() => () => flush(), []);
  useUnsavedEdit(draft !== value, flush);
  return { draft, setDraft, flush };
}
