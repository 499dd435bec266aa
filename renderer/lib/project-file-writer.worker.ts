/**
 * Writes project file bytes off the main thread: a 50,000-coding project takes seconds to
 * zip, and the coding workspace must stay responsive while a backup is made.
 */
import { writeQdpx } from '../../shared/refi/write-qdpx';
import type { ProjectFileJob } from './project-file-writer';

self.onmessage = (event: MessageEvent<ProjectFileJob>) => {
  const { id, snapshot, options } = event.data;
  try {
    const bytes = writeQdpx(snapshot, options);
    self.postMessage({ id, bytes }, { transfer: [bytes.buffer] });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
