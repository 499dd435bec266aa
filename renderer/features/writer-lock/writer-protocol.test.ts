import { describe, expect, it } from 'vitest';
import { createCoalescedRunner, createProjectWriter, type ChannelLike, type LockManagerLike, type ProjectWriter, type WriterStatus } from './writer-protocol';

const abortError = () => Object.assign(new Error('aborted'), { name: 'AbortError' });

interface Request {
  callback: (lock: unknown) => unknown;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

/** The Web Locks semantics Pilah relies on: exclusive, ifAvailable, a FIFO queue, abort by signal, steal. */
class FakeLocks implements LockManagerLike {
  held = new Map<string, Request>();
  queues = new Map<string, Request[]>();

  request<T>(name: string, options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry: Request = { callback, resolve: resolve as (v: unknown) => void, reject };
      const queue = this.queues.get(name) ?? [];
      this.queues.set(name, queue);
      if (options.steal) {
        const holder = this.held.get(name);
        this.held.delete(name);
        holder?.reject(abortError());
        this.grant(name, entry);
      } else if (!this.held.has(name) && queue.length === 0) {
        this.grant(name, entry);
      } else if (options.ifAvailable) {
        Promise.resolve()
          .then(() => callback(null))
          .then(resolve, reject);
      } else {
        options.signal?.addEventListener('abort', () => {
          const at = queue.indexOf(entry);
          if (at >= 0) queue.splice(at, 1);
          reject(abortError());
        });
        queue.push(entry);
      }
    });
  }

  private grant(name: string, entry: Request) {
    this.held.set(name, entry);
    Promise.resolve()
      .then(() => entry.callback({ name }))
      .then(
        (value) => {
          this.finish(name, entry);
          entry.resolve(value);
        },
        (err) => {
          this.finish(name, entry);
          entry.reject(err);
        },
      );
  }

  private finish(name: string, entry: Request) {
    if (this.held.get(name) !== entry) return;
    this.held.delete(name);
    const next = this.queues.get(name)?.shift();
    if (next) this.grant(name, next);
  }
}

/** BroadcastChannel: a message reaches every other channel of the same name, later. */
class FakeHub {
  private channels = new Set<{ listeners: ((e: { data: unknown }) => void)[] }>();
  open(): ChannelLike {
    const me = { listeners: [] as ((e: { data: unknown }) => void)[] };
    this.channels.add(me);
    return {
      postMessage: (data) => {
        const copy = structuredClone(data);
        for (const other of this.channels) if (other !== me) setTimeout(() => other.listeners.forEach((l) => l({ data: copy })));
      },
      addEventListener: (_type, listener) => me.listeners.push(listener),
      close: () => this.channels.delete(me),
    };
  }
}

interface Tab {
  writer: ProjectWriter;
  statuses: WriterStatus[];
  writes: [string, string][];
  deletes: string[];
  last(): WriterStatus;
}

function openTab(locks: LockManagerLike | null, hub: FakeHub, tabId: string): Tab {
  const tab = { statuses: [] as WriterStatus[], writes: [] as [string, string][], deletes: [] as string[] } as Tab;
  tab.writer = createProjectWriter({
    locks,
    channel: hub.open(),
    tabId,
    onStatus: (s) => tab.statuses.push(s),
    onRemoteWrite: (p, m) => tab.writes.push([p, m]),
    onRemoteDelete: (p) => tab.deletes.push(p),
  });
  tab.last = () => tab.statuses.at(-1) ?? { role: 'none' };
  return tab;
}

/** Tab a writes project p1; tab b opened it after, so it reads (and waits in line). */
async function writerAndReader(): Promise<{ locks: FakeLocks; hub: FakeHub; a: Tab; b: Tab }> {
  const locks = new FakeLocks();
  const hub = new FakeHub();
  const a = openTab(locks, hub, 'a');
  const b = openTab(locks, hub, 'b');
  a.writer.follow('p1');
  await settle();
  b.writer.follow('p1');
  await settle();
  return { locks, hub, a, b };
}

/** Lets every pending grant, rejection and message run. */
const settle = () => new Promise((done) => setTimeout(done, 5));

describe('one writer per project', () => {
  it('makes the first tab the writer and a second tab on the same project a reader', async () => {
    const locks = new FakeLocks();
    const hub = new FakeHub();
    const a = openTab(locks, hub, 'a');
    a.writer.follow('p1');
    expect(a.last()).toEqual({ role: 'checking', projectId: 'p1' });
    await settle();
    expect(a.last()).toEqual({ role: 'writer', projectId: 'p1', how: 'claimed' });

    const b = openTab(locks, hub, 'b');
    b.writer.follow('p1');
    await settle();
    expect(b.last()).toEqual({ role: 'reader', projectId: 'p1', reason: 'other-tab' });
    expect(a.last().role).toBe('writer');

    // A different project is not shared: a third tab writes it freely.
    const c = openTab(locks, hub, 'c');
    c.writer.follow('p2');
    await settle();
    expect(c.last()).toEqual({ role: 'writer', projectId: 'p2', how: 'claimed' });
  });

  it("tells the other tabs about a committed write, never the writer itself", async () => {
    const hub = new FakeHub();
    const locks = new FakeLocks();
    const a = openTab(locks, hub, 'a');
    const b = openTab(locks, hub, 'b');
    a.writer.follow('p1');
    b.writer.follow('p1');
    await settle();
    a.writer.announceWrite('p1', '2025-01-02T03:04:05.000Z');
    await settle();
    expect(b.writes).toEqual([['p1', '2025-01-02T03:04:05.000Z']]);
    expect(a.writes).toEqual([]);
  });

  it('lets a reader take over: the old writer becomes read-only at once, and can take it back', async () => {
    const { a, b } = await writerAndReader();

    b.writer.takeOver();
    await settle();
    expect(b.last()).toEqual({ role: 'writer', projectId: 'p1', how: 'took-over' });
    expect(a.last()).toEqual({ role: 'reader', projectId: 'p1', reason: 'taken-over' });
    expect(a.writer.status().role).toBe('reader');

    a.writer.takeOver();
    await settle();
    expect(a.last()).toEqual({ role: 'writer', projectId: 'p1', how: 'took-over' });
    expect(b.last()).toEqual({ role: 'reader', projectId: 'p1', reason: 'taken-over' });
  });

  it('promotes the waiting reader when the writer closes the project, and only one of several', async () => {
    const locks = new FakeLocks();
    const hub = new FakeHub();
    const a = openTab(locks, hub, 'a');
    const b = openTab(locks, hub, 'b');
    const c = openTab(locks, hub, 'c');
    a.writer.follow('p1');
    await settle();
    b.writer.follow('p1');
    c.writer.follow('p1');
    await settle();

    a.writer.follow(null);
    await settle();
    expect(a.last()).toEqual({ role: 'none' });
    expect(b.last()).toEqual({ role: 'writer', projectId: 'p1', how: 'promoted' });
    expect(c.last()).toEqual({ role: 'reader', projectId: 'p1', reason: 'other-tab' });

    // The tab going away (dispose) releases as closing the project does.
    b.writer.dispose();
    await settle();
    expect(c.last()).toEqual({ role: 'writer', projectId: 'p1', how: 'promoted' });
  });

  it('after a takeover, the tab that lost waits in line and is promoted when the new writer closes', async () => {
    const { locks, a, b } = await writerAndReader();
    b.writer.takeOver();
    await settle();
    b.writer.follow(null);
    await settle();
    expect(a.last()).toEqual({ role: 'writer', projectId: 'p1', how: 'promoted' });
    expect(locks.queues.get('pilah:project:p1')).toEqual([]);
  });

  it('opening another project releases the first, and a reader leaving gives up its place in line', async () => {
    const { locks, a, b } = await writerAndReader();
    b.writer.follow('p2');
    await settle();
    expect(b.last()).toEqual({ role: 'writer', projectId: 'p2', how: 'claimed' });
    expect(locks.queues.get('pilah:project:p1')).toEqual([]);

    a.writer.follow('p3');
    await settle();
    expect(locks.held.has('pilah:project:p1')).toBe(false);
    expect(a.statuses.filter((s) => s.role === 'writer' && s.projectId === 'p1')).toHaveLength(1);
  });

  it('a grant that arrives after the tab moved on is given back at once', async () => {
    const locks = new FakeLocks();
    const a = openTab(locks, new FakeHub(), 'a');
    a.writer.follow('p1');
    a.writer.follow(null); // before the lock manager answered
    await settle();
    expect(a.last()).toEqual({ role: 'none' });
    expect(locks.held.size).toBe(0);
  });

  it('without Web Locks every tab writes (nothing to coordinate with) but still hears writes', async () => {
    const hub = new FakeHub();
    const a = openTab(null, hub, 'a');
    const b = openTab(null, hub, 'b');
    a.writer.follow('p1');
    b.writer.follow('p1');
    expect(a.last()).toEqual({ role: 'writer', projectId: 'p1', how: 'unlocked' });
    expect(b.last()).toEqual({ role: 'writer', projectId: 'p1', how: 'unlocked' });
    b.writer.takeOver();
    a.writer.announceWrite('p1', 'x');
    await settle();
    expect(b.writes).toEqual([['p1', 'x']]);
  });

  it('runs a deletion only when no tab is writing the project, and tells the others it is gone', async () => {
    const locks = new FakeLocks();
    const hub = new FakeHub();
    const a = openTab(locks, hub, 'a');
    const start = openTab(locks, hub, 'start');
    a.writer.follow('p1');
    await settle();

    let ran = 0;
    const task = async () => {
      ran++;
    };
    expect(await start.writer.runIfNotOpenElsewhere('p1', task, () => true)).toBe(false);
    expect(ran).toBe(0);

    a.writer.follow(null);
    await settle();
    expect(await start.writer.runIfNotOpenElsewhere('p1', task, () => true)).toBe(true);
    expect(ran).toBe(1);
    await settle();
    expect(a.deletes).toEqual(['p1']);

    // A deletion that did not happen (the task failed) is not announced.
    expect(await start.writer.runIfNotOpenElsewhere('p1', task, () => false)).toBe(true);
    await settle();
    expect(a.deletes).toEqual(['p1']);
  });

  it('ignores messages that are not its protocol', async () => {
    const hub = new FakeHub();
    const a = openTab(new FakeLocks(), hub, 'a');
    const stranger = hub.open();
    stranger.postMessage({ type: 'written', projectId: 'p1' });
    stranger.postMessage('hello');
    stranger.postMessage({ kind: 'pilah-writer', type: 'written', projectId: 'p1', from: 'z' });
    await settle();
    expect(a.writes).toEqual([]);
    expect(a.deletes).toEqual([]);
  });
});

describe('createCoalescedRunner', () => {
  it('runs once more after the current run when asked meanwhile, never twice at once', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const release: (() => void)[] = [];
    const runner = createCoalescedRunner(async () => {
      running++;
      runs++;
      most = Math.max(most, running);
      await new Promise<void>((done) => release.push(done));
      running--;
    });
    const first = runner.run();
    void runner.run();
    void runner.run();
    void runner.run();
    release.shift()!();
    await settle();
    release.shift()!();
    await first;
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });
});
