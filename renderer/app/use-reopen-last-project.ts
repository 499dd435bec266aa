import { useEffect, useState } from 'react';
import { useAppStore } from '../store';

const KEY = 'pilah.lastProject';

function read(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

function write(id: string | null): void {
  try {
    if (id) globalThis.localStorage?.setItem(KEY, id);
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Without storage the app simply starts on the start screen.
  }
}

/**
 * Reopens the project that was open when the window was last closed (or reloaded), as a
 * desktop editor does; closing a project explicitly returns to the start screen next time.
 * Returns false while that project is still being opened, so the start screen does not flash.
 */
export function useReopenLastProject(): boolean {
  const [ready, setReady] = useState(() => read() === null);
  useEffect(() => {
    let live = true;
    const last = read();
    const { refreshProjects, reopenProject } = useAppStore.getState();
    // The project opens while the start screen's list is read, not after it: the student
    // waits for their transcript, not for counts of other projects.
    void Promise.all([refreshProjects(), last && !useAppStore.getState().current ? reopenProject(last) : false]).finally(() => live && setReady(true));
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      const id = state.current?.project.id ?? null;
      if (id !== (previous.current?.project.id ?? null)) write(id);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return ready;
}
