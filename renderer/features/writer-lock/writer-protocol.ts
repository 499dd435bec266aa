/**
 * One writer per project, across the tabs and windows of one browser profile.
 *
 * A tab that opens a project asks for the project's Web Lock without waiting. If it gets
 * it, it is the project's writer until it closes the project (or the tab goes away, which
 * releases the lock). If another tab holds it, this tab is a reader: it shows the project
 * read-only, follows the writer's committed writes (announced on a BroadcastChannel), and
 * queues for the lock. When the writer's tab closes, the first queued reader is granted the
 * lock and becomes the writer — "promoted"; the caller re-reads the project before it lets
 * the user write. "Take over" steals the lock: the old writer's hold is aborted at once and
 * it becomes a reader ("taken over").
 *
 * Pure: the lock manager and the channel are passed in (the browser's, or fakes in tests).
 */

/** The part of `navigator.locks` used here (exclusive locks only). */
export interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => T | Promise<T>,
  ): Promise<T>;
}

/** The part of `BroadcastChannel` used here. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** How this tab came to be the writer. "unlocked": the browser has no Web Locks (nothing to coordinate). */
export type WriterHow = 'claimed' | 'promoted' | 'took-over' | 'unlocked';
export type ReaderReason = 'other-tab' | 'taken-over';

export type WriterStatus =
  | { role: 'none' }
  | { role: 'checking'; projectId: string }
  | { role: 'writer'; projectId: string; how: WriterHow }
  | { role: 'reader'; projectId: string; reason: ReaderReason };

export interface ProjectWriterDeps {
  /** null when the browser has no Web Locks API (an insecure context): every tab writes. */
  locks: LockManagerLike | null;
  /** null when there is no BroadcastChannel: readers then do not follow the writer live. */
  channel: ChannelLike | null;
  /** Tells this tab's own messages from others' (several writers may share one channel). */
  tabId: string;
  onStatus(status: WriterStatus): void;
  /** Another tab committed a write to this project. */
  onRemoteWrite(projectId: string, modifiedAt: string): void;
  /** Another tab deleted this project. */
  onRemoteDelete(projectId: string): void;
}

export interface ProjectWriter {
  /** The project this tab shows now (null: none); releases the lock of the one before. */
  follow(projectId: string | null): void;
  status(): WriterStatus;
  /** Makes this tab the writer of the project it shows, taking the lock from whoever holds it. */
  takeOver(): void;
  /** Tells the other tabs that a write to this project committed. */
  announceWrite(projectId: string, modifiedAt: string): void;
  /**
   * Runs `task` while holding the project's lock, so no tab can be writing it meanwhile.
   * Resolves false without running it when another tab has the project open as its writer.
   * Tells the other tabs afterwards that the project was deleted when `deleted()` says so.
   */
  runIfNotOpenElsewhere(projectId: string, task: () => Promise<void>, deleted: () => boolean): Promise<boolean>;
  dispose(): void;
}

export const LOCK_PREFIX = 'pilah:project:';
export const CHANNEL_NAME = 'pilah:writer';

type Message = { kind: 'pilah-writer'; type: 'written'; projectId: string; modifiedAt: string; from: string } | { kind: 'pilah-writer'; type: 'deleted'; projectId: string; from: string };

function asMessage(data: unknown): Message | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.kind !== 'pilah-writer' || typeof m.projectId !== 'string' || typeof m.from !== 'string') return null;
  if (m.type === 'written' && typeof m.modifiedAt === 'string') return m as Message;
  if (m.type === 'deleted') return m as Message;
  return null;
}

interface Session {
  projectId: string;
  live: boolean;
  /** Ends the callback that holds the lock (null when this tab does not hold it). */
  release: (() => void) | null;
  /** Cancels this tab's place in the queue for the lock. */
  waiting: AbortController | null;
}

export function createProjectWriter(deps: ProjectWriterDeps): ProjectWriter {
  const { locks, channel, tabId } = deps;
  let session: Session | null = null;
  let current: WriterStatus = { role: 'none' };

  const report = (s: Session, status: WriterStatus) => {
    if (!s.live) return;
    current = status;
    deps.onStatus(status);
  };

  /** Holds the lock until this tab releases it (closes the project) or another tab steals it. */
  const hold = (s: Session, how: WriterHow) => {
    report(s, { role: 'writer', projectId: s.projectId, how });
    return new Promise<void>((resolve) => {
      s.release = resolve;
    });
  };

  /** The hold ended: by our own release (fine), or because another tab took the lock. */
  const lost = (s: Session) => {
    s.release = null;
    if (!s.live) return;
    report(s, { role: 'reader', projectId: s.projectId, reason: 'taken-over' });
    queue(s);
  };

  /** Waits in line for the lock; granted when the writer's tab closes the project or goes away. */
  const queue = (s: Session) => {
    if (!locks || !s.live || s.waiting) return;
    const waiting = new AbortController();
    s.waiting = waiting;
    let held = false;
    locks
      .request(LOCK_PREFIX + s.projectId, { signal: waiting.signal }, (lock) => {
        if (s.waiting === waiting) s.waiting = null;
        if (!lock || !s.live) return undefined;
        held = true;
        return hold(s, 'promoted');
      })
      .then(
        () => undefined,
        () => {
          // Either we left the queue (aborted: nothing to do) or the hold was stolen.
          if (s.waiting === waiting) s.waiting = null;
          if (held) lost(s);
        },
      );
  };

  const claim = (s: Session) => {
    if (!locks) {
      report(s, { role: 'writer', projectId: s.projectId, how: 'unlocked' });
      return;
    }
    report(s, { role: 'checking', projectId: s.projectId });
    let held = false;
    locks
      .request(LOCK_PREFIX + s.projectId, { ifAvailable: true }, (lock) => {
        if (!s.live) return undefined;
        if (!lock) {
          report(s, { role: 'reader', projectId: s.projectId, reason: 'other-tab' });
          queue(s);
          return undefined;
        }
        held = true;
        return hold(s, 'claimed');
      })
      .then(
        () => undefined,
        () => {
          if (held) lost(s);
          // The browser refused locks altogether (a sandboxed frame): nothing to coordinate with.
          else report(s, { role: 'writer', projectId: s.projectId, how: 'unlocked' });
        },
      );
  };

  const leave = (s: Session) => {
    s.live = false;
    s.release?.();
    s.release = null;
    s.waiting?.abort();
    s.waiting = null;
  };

  const onMessage = (event: { data: unknown }) => {
    const m = asMessage(event.data);
    if (!m || m.from === tabId) return;
    if (m.type === 'written') deps.onRemoteWrite(m.projectId, m.modifiedAt);
    else deps.onRemoteDelete(m.projectId);
  };
  channel?.addEventListener('message', onMessage);

  const post = (m: Message) => {
    try {
      channel?.postMessage(m);
    } catch {
      // A closed channel (the tab is going away): nobody is left to tell.
    }
  };

  return {
    follow(projectId) {
      if ((session?.projectId ?? null) === projectId) return;
      if (session) leave(session);
      session = null;
      if (projectId === null) {
        current = { role: 'none' };
        deps.onStatus(current);
        return;
      }
      const s: Session = { projectId, live: true, release: null, waiting: null };
      session = s;
      claim(s);
    },

    status: () => current,

    takeOver() {
      const s = session;
      if (!s || !locks || current.role === 'writer') return;
      // Our own place in the queue would otherwise be granted to us again after we release.
      s.waiting?.abort();
      s.waiting = null;
      let held = false;
      locks
        .request(LOCK_PREFIX + s.projectId, { steal: true }, () => {
          if (!s.live) return undefined;
          held = true;
          return hold(s, 'took-over');
        })
        .then(
          () => undefined,
          () => {
            if (held) lost(s);
          },
        );
    },

    announceWrite(projectId, modifiedAt) {
      post({ kind: 'pilah-writer', type: 'written', projectId, modifiedAt, from: tabId });
    },

    async runIfNotOpenElsewhere(projectId, task, deleted) {
      if (!locks) {
        await task();
        if (deleted()) post({ kind: 'pilah-writer', type: 'deleted', projectId, from: tabId });
        return true;
      }
      return locks.request(LOCK_PREFIX + projectId, { ifAvailable: true }, async (lock) => {
        if (!lock) return false;
        await task();
        // Said while the lock is still held, so a queued reader hears it before it is promoted.
        if (deleted()) post({ kind: 'pilah-writer', type: 'deleted', projectId, from: tabId });
        return true;
      });
    },

    dispose() {
      if (session) leave(session);
      session = null;
      current = { role: 'none' };
      try {
        channel?.close();
      } catch {
        // Already closed.
      }
    },
  };
}

/**
 * Runs `task` again after it finishes when asked meanwhile, never twice at once: a reader
 * that hears ten quick writes re-reads the project once or twice, not ten times.
 */
export function createCoalescedRunner(task: () => Promise<void>): { run(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      try {
        await task();
      } catch {
        // The task reports its own failure; the next request tries again.
      }
    } while (again);
    running = null;
  };
  return {
    run() {
      if (running) {
        again = true;
        return running;
      }
      running = loop();
      return running;
    },
  };
}
