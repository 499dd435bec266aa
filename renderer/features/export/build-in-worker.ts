/**
 * Runs an export in a Web Worker and resolves with the file's bytes (or the preview of the
 * appendix's first pages). Progress arrives through `onProgress`; aborting the signal stops
 * the worker at once (the half-built file is simply dropped) and rejects with an AbortError.
 * Where no worker can start, the same job runs in the page instead.
 */
import type { AppendixJobMessage, AppendixJobRequest } from './appendix-job';

export interface BuildProgress {
  done: number;
  total: number;
  step: string;
}

export class ExportFailedError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'ExportFailedError';
  }
}

/** What the export asks for; the function called says whether it is for saving or previewing. */
export type JobInput = Omit<AppendixJobRequest, 'purpose'>;

interface RunOptions {
  onProgress(progress: BuildProgress): void;
  signal: AbortSignal;
}

/** Builds the .docx and resolves with its bytes. */
export function buildAppendixInWorker(request: JobInput, opts: RunOptions): Promise<Uint8Array> {
  return runJob({ ...request, purpose: 'save' }, opts, (message) => (message.type === 'done' ? message.bytes : undefined));
}

/** Builds the .xlsx workbook of every matrix and resolves with its bytes. */
export function buildMatricesInWorker(request: JobInput, opts: RunOptions): Promise<Uint8Array> {
  return runJob({ ...request, purpose: 'matrices' }, opts, (message) => (message.type === 'done' ? message.bytes : undefined));
}

/** Builds the BAB IV draft .docx (figures drawn beforehand, `request.figures`) and resolves with its bytes. */
export function buildChapterInWorker(request: JobInput, opts: RunOptions): Promise<Uint8Array> {
  return runJob({ ...request, purpose: 'chapter' }, opts, (message) => (message.type === 'done' ? message.bytes : undefined));
}

/** Builds the .docx and resolves with the HTML of its first pages. */
export function previewAppendixInWorker(request: JobInput, opts: RunOptions): Promise<string> {
  return runJob({ ...request, purpose: 'preview' }, opts, (message) => (message.type === 'preview' ? message.html : undefined));
}

function runJob<T>(request: AppendixJobRequest, opts: RunOptions, resultOf: (message: AppendixJobMessage) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    if (opts.signal.aborted) {
      reject(new DOMException('cancelled', 'AbortError'));
      return;
    }
    let worker: Worker | null = null;
    let heard = false;
    const finish = () => {
      worker?.terminate();
      opts.signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('cancelled', 'AbortError'));
    };
    opts.signal.addEventListener('abort', onAbort);
    const handle = (message: AppendixJobMessage) => {
      if (opts.signal.aborted) return;
      if (message.type === 'progress') {
        opts.onProgress(message);
        return;
      }
      finish();
      const result = resultOf(message);
      if (result !== undefined) resolve(result);
      else reject(new ExportFailedError(message.type === 'failed' ? message.detail : `unexpected ${message.type}`));
    };
    // A worker that cannot start (a blocked script, an old engine) must not make the export a
    // dead end: the same job then runs in the page, which the build yields to between parts.
    const inPage = () => {
      import('./appendix-job')
        .then(({ runAppendixJob }) => runAppendixJob(request, handle))
        .catch((error: unknown) => handle({ type: 'failed', detail: error instanceof Error ? error.message : String(error) }));
    };
    try {
      worker = new Worker(new URL('./appendix.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      inPage();
      return;
    }
    worker.onmessage = (event: MessageEvent<AppendixJobMessage>) => {
      heard = true;
      handle(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      if (!heard) inPage();
      else handle({ type: 'failed', detail: event.message || 'worker error' });
    };
    worker.postMessage(request);
  });
}
