/**
 * This tab's project writer over the browser's own Web Locks and BroadcastChannel; both are
 * in Electron's Chromium too, where the single-instance lock already keeps one window.
 */
import { CHANNEL_NAME, createProjectWriter, type ChannelLike, type LockManagerLike, type ProjectWriter, type ProjectWriterDeps } from './writer-protocol';

let active: ProjectWriter | null = null;

function browserLocks(): LockManagerLike | null {
  // Absent outside a secure context (e.g. the web build served over plain http on a LAN address).
  return (globalThis.navigator?.locks as LockManagerLike | undefined) ?? null;
}

function browserChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
}

function tabId(): string {
  // randomUUID needs a secure context as well; any unlikely-to-repeat string will do.
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Starts this tab's writer (one at a time); `stop` releases its lock and channel. */
export function startBrowserWriter(events: Pick<ProjectWriterDeps, 'onStatus' | 'onRemoteWrite' | 'onRemoteDelete'>): { writer: ProjectWriter; stop(): void } {
  active?.dispose();
  const writer = createProjectWriter({ ...events, locks: browserLocks(), channel: browserChannel(), tabId: tabId() });
  active = writer;
  return {
    writer,
    stop() {
      writer.dispose();
      if (active === writer) active = null;
    },
  };
}

/** The running writer of this tab, or null before the app shell has started it. */
export function activeWriter(): ProjectWriter | null {
  return active;
}
