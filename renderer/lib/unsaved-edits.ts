/**
 * Text a student is still typing (an inspector field, the journal, a table cell) is saved
 * after a pause or on blur. Closing or reloading the window before that must not lose it:
 * every field with unsaved text registers its flush here, and on `beforeunload` all of them
 * are saved and the unload is held back once — the browser asks "leave the page?", the
 * desktop window stays open — so the asynchronous IndexedDB write can finish. Closing again
 * finds nothing unsaved and goes through.
 */
import { useEffect, useRef } from 'react';

const pending = new Set<{ flush(): void }>();

/** Saves every field that still holds unsaved text; true when there was any. */
export function flushUnsavedEdits(): boolean {
  if (pending.size === 0) return false;
  for (const entry of [...pending]) {
    pending.delete(entry);
    entry.flush();
  }
  return true;
}

export function hasUnsavedEdits(): boolean {
  return pending.size > 0;
}

/** Call from `beforeunload`: saves what is pending and, if anything was, holds the unload. */
export function holdUnloadForUnsavedEdits(event: BeforeUnloadEvent): void {
  if (!flushUnsavedEdits()) return;
  event.preventDefault();
  event.returnValue = '';
}

/** Registers a field's flush while `dirty` is true. */
export function useUnsavedEdit(dirty: boolean, flush: () => void): void {
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => {
    if (!dirty) return;
    const entry = { flush: () => flushRef.current() };
    pending.add(entry);
    return () => {
      pending.delete(entry);
    };
  }, [dirty]);
}

if (typeof window !== 'undefined') window.addEventListener('beforeunload', holdUnloadForUnsavedEdits);
