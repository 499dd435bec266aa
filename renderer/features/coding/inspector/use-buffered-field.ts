/**
 * A text field that saves as one command per editing pause: after `idleMs` without typing,
 * on blur, and when the field goes away. So one undo takes back one burst of typing, and
 * when undo or redo changes the stored value the field shows it (unless the student is
 * typing at that moment).
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { initialBuffer, updateBuffer } from './field-buffer';
import { useUnsavedEdit } from '../../../lib/unsaved-edits';

export function useBufferedField(value: string, save: (next: string) => void, idleMs = 800) {
  const [buffer, dispatch] = useReducer(updateBuffer, value, initialBuffer);
  const pending = useRef<string | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // The stored value changed outside this field (undo, redo): show it unless typing.
  if (value !== buffer.stored) dispatch({ type: 'stored', value });

  const flush = useCallback(() => {
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    dispatch({ type: 'saved' });
    saveRef.current(next);
  }, []);

  useEffect(() => {
    if (!buffer.dirty) return;
    const timer = setTimeout(flush, idleMs);
    return () => clearTimeout(timer);
  }, [buffer.draft, buffer.dirty, flush, idleMs]);

  useEffect(() => flush, [flush]);
  useUnsavedEdit(buffer.dirty, flush);

  const onChange = useCallback((next: string) => {
    pending.current = next;
    dispatch({ type: 'typed', value: next });
  }, []);

  return { value: buffer.draft, onChange, onBlur: flush };
}
