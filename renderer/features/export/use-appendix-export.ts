/**
 * One export at a time: builds the appendix in the worker from the project as it is when
 * the button is pressed, shows progress, can be cancelled, and saves the file when done.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { snapshotFromState } from '../../../shared/model/changeset';
import { saveExportedFile } from '../../lib/api';
import { useAppStore } from '../../store';
import type { AppendixJobRequest } from './appendix-job';
import { buildAppendixInWorker, ExportFailedError, type BuildProgress } from './build-in-worker';
import { chosenParts, type ExportChoices } from './export-choices';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'building'; progress: BuildProgress | null }
  | { kind: 'saved'; fileName: string; bytes: Uint8Array }
  | { kind: 'cancelled' }
  | { kind: 'failed'; detail: string };

export function useAppendixExport() {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  // Leaving the screen stops a build nobody will save.
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(async (choices: ExportChoices, fileName: string) => {
    const state = useAppStore.getState().current;
    if (!state || running.current) return;
    const { parts, orientation } = chosenParts(choices);
    if (parts.length === 0) return;
    const controller = new AbortController();
    running.current = controller;
    setStatus({ kind: 'building', progress: null });
    const request: AppendixJobRequest = {
      snapshot: snapshotFromState(state),
      parts,
      orientation,
      format: choices.format,
      locale: choices.locale,
      now: new Date().toISOString(),
    };
    try {
      const bytes = await buildAppendixInWorker(request, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) setStatus({ kind: 'building', progress });
        },
      });
      saveExportedFile(fileName, bytes);
      setStatus({ kind: 'saved', fileName, bytes });
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
