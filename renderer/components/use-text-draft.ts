import { useCallback, useEffect, useRef, useState } from 'react';
import { useUnsavedEdit } from '../lib/unsaved-edits';

/**
 * What the student is typing into a field whose text is kept in the project. The draft is
 * handed to `onCommit` by `flush` (on blur), after `delayMs` without typing when a delay is
 * given (one undoable command per pause, not per keystroke), when the field goes away and
 * when the window closes — so no words are lost. The same text is handed over once.
 * When the saved value changes from outside (undo, redo) the draft follows it.
 */
export function useTextDraft(value: string, onCommit: (text: string) => void, { delayMs }: { delayMs?: number } = {}) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  // Read by flushes that run after the render that made them: a timer, an unmount, the window closing.
  const latest = useRef({ draft, value, onCommit });
  useEffect(() => {
    latest.current = { draft, value, onCommit };
  });
  const flush = useCallback(() => {
    const { draft: text, value: saved, onCommit: commit } = latest.current;
    if (text === saved) return;
    commit(text);
    latest.current.value = text;
  }, []);
  /** Drops what was typed (Escape): nothing is handed over. */
  const discard = useCallback(() => {
    latest.current.draft = latest.current.value;
    setDraft(latest.current.value);
  }, []);

  useEffect(() => {
    if (delayMs === undefined || draft === value) return;
    const timer = setTimeout(flush, delayMs);
    return () => clearTimeout(timer);
  }, [draft, value, delayMs, flush]);
  useEffect(() => flush, [flush]);
  useUnsavedEdit(draft !== value, flush);
  return { draft, setDraft, flush, discard };
}
