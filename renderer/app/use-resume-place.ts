import { useEffect } from 'react';
import { useWorkspace } from '../features/coding';
import { CELL_MODES, DISPLAY_KINDS, useDisplaySettings, useFrameworkChoiceStore } from '../features/display';
import { useAppStore } from '../store';
import { forgetPlace, loadPlace, savePlace, type Place } from './resume-place';

/** Writes are gathered: scrolling a transcript changes the place many times a second. */
const SAVE_DELAY_MS = 300;

function currentPlace(): Place {
  const { screen, activeDocumentId } = useAppStore.getState();
  const display = useDisplaySettings.getState();
  return {
    screen,
    documentId: activeDocumentId,
    topLines: useWorkspace.getState().topLines,
    display: { kind: display.kind, mode: display.mode, by: display.by, frameworkCodeId: useFrameworkChoiceStore.getState().codeId },
  };
}

/** Puts the student back where they were in this project (only what still exists). */
function restore(projectId: string): void {
  const place = loadPlace(projectId);
  const project = useAppStore.getState().current;
  if (!place || !project) {
    useWorkspace.setState({ topLines: {} });
    useFrameworkChoiceStore.setState({ codeId: null });
    return;
  }
  useAppStore.setState({
    screen: place.screen,
    activeDocumentId: place.documentId && project.documents[place.documentId] ? place.documentId : null,
  });
  useWorkspace.setState({ topLines: place.topLines });
  const { kind, mode, by, frameworkCodeId } = place.display;
  useDisplaySettings.setState({
    ...(DISPLAY_KINDS.find((k) => k === kind) ? { kind: kind as (typeof DISPLAY_KINDS)[number] } : {}),
    ...(CELL_MODES.find((m) => m === mode) ? { mode: mode as (typeof CELL_MODES)[number] } : {}),
    ...(by === 'group' || by === 'category' ? { by } : {}),
  });
  useFrameworkChoiceStore.setState({ codeId: frameworkCodeId && project.codes[frameworkCodeId] ? frameworkCodeId : null });
}

/**
 * Reopens each project where the student left it — the screen, the display and framework,
 * the transcript and how far down it was read — and keeps that place up to date (per
 * project, in localStorage).
 */
export function useResumePlace(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      const id = useAppStore.getState().current?.project.id;
      if (id) savePlace(id, currentPlace());
    };
    const later = () => {
      if (timer === undefined) timer = setTimeout(save, SAVE_DELAY_MS);
    };
    const unsubscribe = [
      useAppStore.subscribe((state, previous) => {
        const id = state.current?.project.id ?? null;
        const before = previous.current?.project.id ?? null;
        if (id !== before) {
          if (timer !== undefined && before) {
            // The previous project's last moves are written before its place is left.
            clearTimeout(timer);
            timer = undefined;
            savePlace(before, { ...currentPlace(), screen: previous.screen, documentId: previous.activeDocumentId });
          }
          if (id) restore(id);
          return;
        }
        if (id && (state.screen !== previous.screen || state.activeDocumentId !== previous.activeDocumentId)) later();
        // A project deleted from the recent list leaves no place behind.
        if (state.projects !== previous.projects && previous.projects.length > state.projects.length) {
          const kept = new Set(state.projects.map((p) => p.id));
          for (const p of previous.projects) if (!kept.has(p.id)) forgetPlace(p.id);
        }
      }),
      useDisplaySettings.subscribe(later),
      useFrameworkChoiceStore.subscribe(later),
      useWorkspace.subscribe((state, previous) => {
        if (state.topLines !== previous.topLines) later();
      }),
    ];
    // Closing or reloading the window writes what is still waiting.
    const flush = () => timer !== undefined && save();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
      for (const stop of unsubscribe) stop();
    };
  }, []);
}
