/**
 * A text field that saves as one command per editing pause: after `idleMs` without typing,
 * on blur, and when the field goes away. So one undo takes back one burst of typing, and
 * when undo or redo changes the stored value the field shows it (unless the student is
 * typing at that moment).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useBufferedField(value: string, save: (next: string) => void, idleMs = 800) {
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  const [dirty, setDirty] = useState(false);
  const pending = useRef<string | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // The stored value changed outside this field (undo, redo): show it.
  if (value !== stored) {
    setStored(value);
    if (!dirty) setDraft(value);
  }

  const flush = useCallback(() => {
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    setDirty(false);
    saveRef.current(next);
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(flush, idleMs);
    return () => clearTimeout(timer);
  }, [draft, dirty, flush, idleMs]);

  useEffect(() => flush, [flush]);

  const onChange = useCallback((next: string) => {
    pending.current = next;
    setDraft(next);
    setDirty(true);
  }, []);

  return { value: draft, onChange, onBlur: flush };
}
