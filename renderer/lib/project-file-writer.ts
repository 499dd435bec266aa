/**
 * Project file bytes for backups and "save as", written in a worker when the page can start
 * one, and right here otherwise (unit tests, a page closing).
 */
import { snapshotFromState, type ProjectState } from '../../shared/model/changeset';
import type { ProjectSnapshot } from '../../shared/model/types';
import { writeQdpx, type WriteQdpxOptions } from '../../shared/refi/write-qdpx';
import { version } from '../../package.json';

/** The choices of an export (standard only, offsets, the notes' language); backups use the defaults. */
export type ProjectFileChoices = Pick<WriteQdpxOptions, 'standardOnly' | 'offsets' | 'locale'>;

export interface ProjectFileJob {
  id: number;
  snapshot: ProjectSnapshot;
  options: WriteQdpxOptions;
}
type Reply = { id: number; bytes: Uint8Array } | { id: number; error: string };

/** The project file bytes of a project as it is in memory, written on this thread. */
export function projectFileBytes(state: ProjectState, choices: ProjectFileChoices = {}): Uint8Array {
  return writeQdpx(snapshotFromState(state), { ...choices, appVersion: version });
}

let worker: Worker | null = null;
let nextJob = 0;
const waiting = new Map<number, { resolve(bytes: Uint8Array): void; reject(err: Error): void }>();

function startWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./project-file-writer.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const job = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (!job) return;
    if ('bytes' in event.data) job.resolve(event.data.bytes);
    else job.reject(new Error(event.data.error));
  };
  worker.onerror = (event) => {
    // A worker that cannot run (blocked script, crash) fails its jobs; later ones run here.
    event.preventDefault();
    for (const job of waiting.values()) job.reject(new Error(event.message || 'project file worker failed'));
    waiting.clear();
    worker?.terminate();
    worker = null;
    workerBroken = true;
  };
  return worker;
}
let workerBroken = false;

/** The project file bytes, written off the main thread when possible. */
export async function projectFileBytesAsync(state: ProjectState, choices: ProjectFileChoices = {}): Promise<Uint8Array> {
  const running = workerBroken ? null : startWorker();
  if (!running) return projectFileBytes(state, choices);
  const id = ++nextJob;
  const done = new Promise<Uint8Array>((resolve, reject) => waiting.set(id, { resolve, reject }));
  running.postMessage({ id, snapshot: snapshotFromState(state), options: { ...choices, appVersion: version } } satisfies ProjectFileJob);
  try {
    return await done;
  } catch {
    // The backup matters more than where it was written.
    return projectFileBytes(state, choices);
  }
}
