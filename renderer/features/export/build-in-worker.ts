/**
 * Runs the appendix build in a Web Worker and resolves with the file's bytes. Progress
 * arrives through `onProgress`; aborting the signal stops the worker at once (the half-built
 * file is simply dropped) and rejects with an AbortError.
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

export function buildAppendixInWorker(
  request: AppendixJobRequest,
  opts: { onProgress(progress: BuildProgress): void; signal: AbortSignal },
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (opts.signal.aborted) {
      reject(new DOMException('cancelled', 'AbortError'));
      return;
    }
    const worker = new Worker(new URL('./appendix.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      opts.signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('cancelled', 'AbortError'));
    };
    opts.signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<AppendixJobMessage>) => {
      const message = event.data;
      if (message.type === 'progress') opts.onProgress(message);
      else if (message.type === 'done') {
        finish();
        resolve(message.bytes);
      } else {
        finish();
        reject(new ExportFailedError(message.detail));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new ExportFailedError(event.message || 'worker error'));
    };
    worker.postMessage(request);
  });
}
