import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveFormat } from '../../../shared/appendix';
import { displayProject } from '../../../shared/display/test-support';
import { snapshotFromState } from '../../../shared/model/changeset';
import type { AppendixJobMessage, AppendixJobRequest } from './appendix-job';
import { buildAppendixInWorker, ExportFailedError, previewAppendixInWorker, type BuildProgress } from './build-in-worker';

/** A stand-in for the browser's Worker: the test plays the worker's side. */
class FakeWorker {
  static last: FakeWorker;
  onmessage: ((event: MessageEvent<AppendixJobMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  send(message: AppendixJobMessage) {
    this.onmessage?.({ data: message } as MessageEvent<AppendixJobMessage>);
  }
}

const REQUEST = { parts: ['informants'], orientation: {}, format: resolveFormat(), locale: 'id', now: 'x' } as unknown as AppendixJobRequest;

beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
afterEach(() => vi.unstubAllGlobals());

describe('building the appendix in a worker', () => {
  it('sends the request, passes progress on and resolves with the bytes, then stops the worker', async () => {
    const progress: BuildProgress[] = [];
    const built = buildAppendixInWorker(REQUEST, { onProgress: (p) => progress.push(p), signal: new AbortController().signal });
    const worker = FakeWorker.last;
    expect(worker.url.pathname).toMatch(/appendix\.worker\.ts$/);
    expect(worker.posted).toEqual([{ ...REQUEST, purpose: 'save' }]);
    worker.send({ type: 'progress', done: 0, total: 2, step: 'informants' });
    worker.send({ type: 'done', bytes: new Uint8Array([1, 2, 3]) });
    expect(await built).toEqual(new Uint8Array([1, 2, 3]));
    expect(progress).toEqual([{ type: 'progress', done: 0, total: 2, step: 'informants' }]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the worker’s reason when the build fails', async () => {
    const built = buildAppendixInWorker(REQUEST, { onProgress: () => undefined, signal: new AbortController().signal });
    FakeWorker.last.send({ type: 'failed', detail: 'disk penuh' });
    await expect(built).rejects.toEqual(new ExportFailedError('disk penuh'));
    expect(FakeWorker.last.terminated).toBe(true);
  });

  it('cancelling stops the worker at once; a late result is ignored', async () => {
    const controller = new AbortController();
    const built = buildAppendixInWorker(REQUEST, { onProgress: () => undefined, signal: controller.signal });
    controller.abort();
    await expect(built).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.last.terminated).toBe(true);
    FakeWorker.last.send({ type: 'done', bytes: new Uint8Array([9]) });
  });
});

describe('previewing the appendix in a worker', () => {
  it('asks for a preview and resolves with its HTML', async () => {
    const preview = previewAppendixInWorker(REQUEST, { onProgress: () => undefined, signal: new AbortController().signal });
    expect(FakeWorker.last.posted).toEqual([{ ...REQUEST, purpose: 'preview' }]);
    FakeWorker.last.send({ type: 'preview', html: '<p>Lampiran 1</p>' });
    expect(await preview).toBe('<p>Lampiran 1</p>');
    expect(FakeWorker.last.terminated).toBe(true);
  });
});

describe('without a worker', () => {
  it('builds in the page when the worker cannot load its script', async () => {
    const progress: BuildProgress[] = [];
    const request = { ...REQUEST, snapshot: snapshotFromState(displayProject()) };
    const built = buildAppendixInWorker(request, { onProgress: (p) => progress.push(p), signal: new AbortController().signal });
    FakeWorker.last.onerror?.({ message: 'blocked by CSP', preventDefault: () => undefined } as ErrorEvent);
    const bytes = await built;
    expect(new TextDecoder().decode(bytes.slice(0, 2))).toBe('PK');
    expect(progress.map((p) => p.step)).toEqual(['informants', 'pack', 'pack']);
    expect(FakeWorker.last.terminated).toBe(true);
  });

  it('builds in the page when there is no Worker at all', async () => {
    vi.stubGlobal('Worker', undefined);
    const request = { ...REQUEST, snapshot: snapshotFromState(displayProject()) };
    const html = await previewAppendixInWorker(request, { onProgress: () => undefined, signal: new AbortController().signal });
    expect(html).toContain('I1');
  });
});
