/**
 * One export at a time: builds the appendix in the worker from the project as it is when
 * the button is pressed, shows progress, can be cancelled, and saves the file (or shows
 * the preview of its first pages) when done.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { snapshotFromState } from '../../../shared/model/changeset';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { buildAppendixInWorker, buildMatricesInWorker, ExportFailedError, previewAppendixInWorker, type BuildProgress, type JobInput } from './build-in-worker';
import { chosenParts, type ExportChoices } from './export-choices';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'building'; progress: BuildProgress | null }
  | { kind: 'saved'; fileName: string; bytes: Uint8Array }
  | { kind: 'previewed'; html: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; detail: string };

/** What a build is for: the Word file, its preview, or the matrices as .xlsx. */
export type ExportTarget = { purpose: 'save'; fileName: string } | { purpose: 'preview' } | { purpose: 'matrices'; fileName: string };

/**
 * Saves a built file: the desktop app asks where (with the .docx or .xlsx filter), the browser
 * downloads it. Resolves with the name written, or null when the student cancelled.
 */
export function saveExport(fileName: string, bytes: Uint8Array): Promise<string | null> {
  return api.fileSave({ kind: fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'docx', suggestedName: fileName, bytes });
}

export function useAppendixExport() {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  // Leaving the screen stops a build nobody will save.
  useEffect(() => () => running.current?.abort(), []);

  /** Builds the appendix (or the matrices workbook) and saves it, or shows the appendix's first pages. */
  const start = useCallback(async (choices: ExportChoices, target: ExportTarget) => {
    const state = useAppStore.getState().current;
    if (!state || running.current) return;
    const { parts, orientation } = chosenParts(choices);
    if (parts.length === 0 && target.purpose !== 'matrices') return;
    const controller = new AbortController();
    running.current = controller;
    setStatus({ kind: 'building', progress: null });
    const request: JobInput = {
      snapshot: snapshotFromState(state),
      parts,
      orientation,
      format: choices.format,
      locale: choices.locale,
      now: new Date().toISOString(),
    };
    try {
      const opts = {
        signal: controller.signal,
        onProgress: (progress: BuildProgress) => {
          if (!controller.signal.aborted) setStatus({ kind: 'building', progress });
        },
      };
      if (target.purpose === 'preview') {
        setStatus({ kind: 'previewed', html: await previewAppendixInWorker(request, opts) });
      } else {
        const build = target.purpose === 'matrices' ? buildMatricesInWorker : buildAppendixInWorker;
        const bytes = await build(request, opts);
        const written = await saveExport(target.fileName, bytes);
        setStatus(written === null ? { kind: 'cancelled' } : { kind: 'saved', fileName: written, bytes });
      }
    } catch (error) {
      if (controller.signal.aborted) setStatus({ kind: 'cancelled' });
      else setStatus({ kind: 'failed', detail: error instanceof ExportFailedError || error instanceof Error ? error.message : String(error) });
    } finally {
      running.current = null;
    }
  }, []);

  const cancel = useCallback(() => running.current?.abort(), []);

  return { status, start, cancel };
}
