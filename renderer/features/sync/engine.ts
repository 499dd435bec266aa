/**
 * The team sync engine of one open project (loaded on demand, only for a project connected to
 * a server, so the app without a server never loads PouchDB):
 * - outbound: every changeset the store stored is mirrored into the project's local replica
 *   (one bulkDocs each, in order), which live replication carries to the server;
 * - inbound: what replication brought is read from the replica's changes, from the last change
 *   applied, and applied to Dexie and the store in one transaction per batch, outside the undo
 *   history, never echoed back (the live feed only says that something arrived, see `wake`);
 * - conflicts, refusals and deletions overruled by an edit are put in the sync store.
 */
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { Changeset, ProjectState } from '../../../shared/model/changeset';
import type { ProjectSnapshot } from '../../../shared/model/types';
import { snapshotFromState } from '../../../shared/model/changeset';
import { changesFromDocs, judgeConflict, racedDeletion, rolesFromDesignDoc, snapshotToDocs, syncIdentity, typeOfDocId, type RacedDeletion, type SurfacedConflict, type SyncDoc, type SyncIdentity } from '../../../shared/sync';
import { loadSeq, saveSeq, type SyncConnection } from './connection';
import { mirrorChangeset, snapshotFromReplica } from './mirror';
import { openReplica } from './replica';
import type { ConnectionStatus, Denial } from './sync-store';

PouchDB.plugin(http).plugin(replication);

/** What the engine needs from the app's store. */
export interface EngineHost {
  /** The open project as the store holds it now. */
  current(): ProjectState | null;
  /** Stores what arrived (see the store's applyRemote). */
  applyRemote(build: (state: ProjectState) => Changeset): Promise<boolean>;
  /** Where the engine reports what the student should see (the sync store in the app). */
  report: EngineReport;
}

export interface EngineReport {
  status(status: ConnectionStatus): void;
  currentStatus(): ConnectionStatus;
  /** Puts a document's conflict, or clears it (null). */
  conflict(id: string, conflict: SurfacedConflict | null): void;
  denial(denial: Denial): void;
  racedDeletion(raced: RacedDeletion): void;
  /** Who the connected user is in the project (read from `_design/pilah` on each connection). */
  identity?(identity: SyncIdentity): void;
}

/** Marks the tombstones a resolution writes over losing versions: not a deletion to report. */
const RESOLVED = 'pilahResolved';
/** Written once the replica has joined the server (never replicated: a `_local` document). */
const JOINED = '_local/pilah-joined';

interface ChangeRow {
  id: string;
  seq: string | number;
  changes: { rev: string }[];
  doc?: SyncDoc;
}

type Replication = PouchDB.Replication.Sync<object>;

/** Changes read from the replica and applied at once (one Dexie transaction). */
const READ_BATCH = 200;
/** After the store could not save what arrived: read it again from the replica this much later. */
const REAPPLY_DELAY = 2_000;

/** Retry quickly at first, then at most every 10 s: a student waiting on a campus network. */
const backOff = (delay: number) => (delay ? Math.min(delay * 2, 10_000) : 1_000);

export class SyncEngine {
  private readonly replica: PouchDB.Database;
  private queue: Promise<unknown> = Promise.resolve();
  /** Revisions this tab wrote itself (`id rev`): their arrival in the feed changes nothing. */
  private readonly own = new Set<string>();
  private feed: PouchDB.Core.Changes<object> | null = null;
  private replication: Replication | null = null;
  private connection: SyncConnection | null = null;
  /** The last change of the replica applied to the project (also saved, see connection.ts). */
  private since: string | number = 0;
  /** Something arrived while the replica was being read: read again. */
  private woken = false;
  private reading: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  /** Counts connection attempts: only the latest one may start replicating. */
  private attempts = 0;
  private readonly onOnline = () => this.restartIfOffline();

  constructor(
    private readonly projectId: string,
    private readonly host: EngineHost,
    /** The local replica's name (tests run two machines in one process). */
    replicaName: string = projectId,
  ) {
    this.replica = openReplica(replicaName);
  }

  /** Runs replica writes one after another (each writes on top of what the previous left). */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private setStatus(status: ConnectionStatus): void {
    if (!this.closed) this.host.report.status(status);
  }

  /**
   * Follows the replica (what replication brings) from the last change applied. The live feed
   * only wakes the engine, which then reads the changes itself from where it stopped: a change
   * is never taken from a live event. PouchDB's idb adapter emits a live event carrying
   * attachments (a transcript's original file) only after reading the blob, which can be after
   * its query completed; the event is then dropped and the feed stays behind for good (the
   * coding from another machine never shown, PouchDB issue 7530). Reading from `since` also
   * means a batch the store could not save is read again.
   */
  async start(): Promise<void> {
    this.since = loadSeq(this.projectId) ?? 0;
    this.feed = this.replica.changes({ since: this.since, live: true, return_docs: false }).on('change', () => void this.wake());
    globalThis.addEventListener?.('online', this.onOnline);
    void this.wake();
  }

  /**
   * Joining the server the first time: first read what the server holds (it wins: its rows
   * arrive through the feed like any change), then add the project's rows the server has never
   * seen, so a machine joining a project already on the server sends nothing it does not have,
   * and the first machine sends everything.
   */
  private async join(remote: PouchDB.Database): Promise<void> {
    try {
      await this.replica.get(JOINED);
      return;
    } catch {
      // Not joined yet.
    }
    await this.replica.replicate.from(remote, { batch_size: 200 });
    await this.serial(async () => {
      const state = this.host.current();
      if (!state) return;
      const docs = snapshotToDocs(snapshotFromState(state));
      const { rows } = await this.replica.allDocs({ keys: docs.map((d) => d._id) });
      const held = new Set(rows.filter((r) => 'value' in r && r.value).map((r) => r.key));
      const missing = docs.filter((d) => !held.has(d._id));
      if (missing.length > 0) this.remember(await this.replica.bulkDocs(missing as unknown as PouchDB.Core.PutDocument<object>[]));
      await this.replica.put({ _id: JOINED });
    });
  }

  private remember(results: (PouchDB.Core.Response | PouchDB.Core.Error)[]): void {
    for (const r of results) if ('ok' in r && r.ok) this.own.add(`${r.id} ${r.rev}`);
  }

  /** Outbound: one stored changeset into the replica, in the order the store stored them. */
  mirror(before: ProjectState, forward: Changeset): Promise<void> {
    return this.serial(async () => {
      const result = await mirrorChangeset(this.replica, before, forward);
      for (const { id, rev } of result.revs) this.own.add(`${id} ${rev}`);
      if (result.written > 0 && this.host.report.currentStatus() === 'synced') this.setStatus('pending');
    });
  }

  /** Inbound: something arrived in the replica; reads and applies every change since the last applied. */
  private wake(): Promise<void> {
    this.woken = true;
    if (this.reading) return this.reading;
    this.reading = (async () => {
      while (this.woken && !this.closed) {
        this.woken = false;
        let applied = false;
        try {
          applied = await this.serial(() => this.readChanges());
        } catch (err) {
          console.warn('sync: applying changes failed', err);
        }
        if (!applied) this.reapplyLater();
      }
    })().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  /** A batch that was not stored is read again from its first change a little later (while the project is open). */
  private reapplyLater(): void {
    if (this.closed || this.retryTimer || !this.host.current()) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.wake();
    }, REAPPLY_DELAY);
  }

  /** Applies the replica's changes since the last one applied, batch by batch; false when one was not stored. */
  private async readChanges(): Promise<boolean> {
    for (;;) {
      if (this.closed) return true;
      const { results, last_seq } = await this.replica.changes({ since: this.since, limit: READ_BATCH, include_docs: true, conflicts: true, style: 'all_docs', return_docs: true });
      const batch = results as unknown as ChangeRow[];
      if (batch.length > 0 && !(await this.applyBatch(batch))) return false;
      const last = batch.at(-1)?.seq ?? last_seq;
      if (last !== this.since) {
        this.since = last;
        saveSeq(this.projectId, last);
      }
      if (batch.length < READ_BATCH) return true;
    }
  }

  /** Stores one batch of changes; false when it was not stored (the project closed meanwhile, or the write failed). */
  private async applyBatch(batch: ChangeRow[]): Promise<boolean> {
    const arrived: SyncDoc[] = [];
    const texts = new Map<string, SyncDoc>();
    const documentIds = new Set<string>();
    const mine: string[] = [];
    for (const change of batch) {
      const doc = change.doc;
      if (!doc || doc._id.startsWith('_design/')) continue;
      await this.judge(doc, change.changes.map((c) => c.rev));
      const key = `${doc._id} ${doc._rev}`;
      if (this.own.has(key)) {
        mine.push(key);
        continue;
      }
      arrived.push(doc);
      if (doc.type === 'doctext') documentIds.add(String(doc.documentId));
      if (doc.type === 'document') documentIds.add(String(doc.id));
    }
    // A transcript's row needs its text: whichever of the two arrived, read the other.
    for (const id of documentIds) {
      const text = await this.getDoc(`doctext:${id}`);
      if (text) texts.set(id, text);
      if (!arrived.some((d) => d._id === `document:${id}`)) {
        const row = await this.getDoc(`document:${id}`);
        if (row) arrived.push(row);
      }
    }
    const stored = arrived.length === 0 || (await this.host.applyRemote((state) => changesFromDocs(state, arrived, (id) => texts.get(id)).changeset));
    // This tab's own revisions are forgotten once passed for good (a batch read again skips them again).
    if (stored) for (const key of mine) this.own.delete(key);
    return stored;
  }

  private async getDoc(id: string, rev?: string): Promise<SyncDoc | undefined> {
    try {
      return (await this.replica.get(id, rev ? { rev, attachments: true } : { attachments: true })) as unknown as SyncDoc;
    } catch {
      return undefined;
    }
  }

  /** Puts a document's conflict (with every version) and a deletion its edit overruled in the sync store. */
  private async judge(doc: SyncDoc, leafRevs: string[]): Promise<void> {
    if (doc._deleted) {
      this.host.report.conflict(doc._id, null);
      return;
    }
    const losers: SyncDoc[] = [];
    for (const rev of doc._conflicts ?? []) {
      const loser = await this.getDoc(doc._id, rev);
      if (loser) losers.push(loser);
    }
    this.host.report.conflict(doc._id, losers.length > 0 ? judgeConflict(doc, losers) : null);
    const raced = racedDeletion(doc, leafRevs);
    if (!raced) return;
    const reported: string[] = [];
    for (const rev of raced.deletedRevs) {
      const tombstone = await this.getDoc(doc._id, rev);
      if (!tombstone?.[RESOLVED]) reported.push(rev);
    }
    if (reported.length > 0) this.host.report.racedDeletion({ ...raced, deletedRevs: reported });
  }

  /** Starts (or restarts) live replication with the server. */
  connect(connection: SyncConnection): void {
    this.connection = connection;
    this.replication?.cancel();
    this.replication = null;
    const remote = new PouchDB(connection.url, { auth: { username: connection.username, password: connection.password }, skip_setup: true } as PouchDB.Configuration.RemoteDatabaseConfiguration);
    this.setStatus('pending');
    const attempt = ++this.attempts;
    this.join(remote).then(
      () => {
        if (attempt !== this.attempts || this.closed) return;
        this.replicate(remote);
        void this.learnIdentity(remote, connection.username, attempt);
      },
      (err: unknown) => {
        if (attempt === this.attempts) this.failed(err);
      },
    );
  }

  /**
   * Reads who the user is from the roles `pilah sync init` copied into `_design/pilah` (members
   * cannot read `_security`); a database set up without that copy tells nothing, and the app
   * keeps its coder as it was.
   */
  private async learnIdentity(remote: PouchDB.Database, username: string, attempt: number): Promise<void> {
    let design: unknown;
    try {
      design = await remote.get('_design/pilah');
    } catch {
      return;
    }
    const roles = rolesFromDesignDoc(design);
    if (roles && attempt === this.attempts && !this.closed) this.host.report.identity?.(syncIdentity(roles, username));
  }

  private failed(err: unknown): void {
    const e = err as { status?: number; name?: string };
    const refused = e.status === 401 || e.status === 403 || e.name === 'unauthorized' || e.name === 'forbidden';
    this.replication = null;
    this.setStatus(refused ? 'login' : 'offline');
  }

  private replicate(remote: PouchDB.Database): void {
    const replication = this.replica.sync(remote, { live: true, retry: true, back_off_function: backOff } as PouchDB.Replication.SyncOptions);
    this.replication = replication;
    const mine = () => this.replication === replication && !this.closed;
    // The two-way sync reports "paused" without the error that paused a direction, so each
    // direction's last error is kept here (listened to first, so it is known when sync pauses).
    const failing = { push: false, pull: false };
    for (const direction of ['push', 'pull'] as const) {
      const one = (replication as unknown as Record<typeof direction, { on(event: string, listener: (err?: unknown) => void): void }>)[direction];
      one.on('paused', (err) => {
        failing[direction] = !!err;
        if (err && mine()) this.setStatus('offline');
      });
      one.on('active', () => {
        failing[direction] = false;
      });
    }
    replication
      .on('active', () => mine() && this.setStatus('pending'))
      .on('paused', () => mine() && this.setStatus(failing.push || failing.pull ? 'offline' : 'synced'))
      .on('denied', (event) => {
        if (!mine()) return;
        const denial = ((event as { doc?: unknown }).doc ?? event) as { id?: string; name?: string; reason?: string; message?: string };
        if (denial.id) void this.revertDenied(remote, denial.id, String(denial.reason ?? denial.message ?? denial.name ?? ''));
      })
      .on('error', (err) => {
        if (mine()) this.failed(err);
      });
  }

  /** The server refused a document: say so, and show the server's version again (or none). */
  private async revertDenied(remote: PouchDB.Database, id: string, reason: string): Promise<void> {
    this.host.report.denial({ id, reason });
    let server: SyncDoc | null = null;
    try {
      server = (await remote.get(id, { attachments: true })) as unknown as SyncDoc;
    } catch {
      server = null;
    }
    const doc: SyncDoc = server ?? { ...((await this.getDoc(id)) ?? { _id: id, type: typeOfDocId(id) as SyncDoc['type'] }), _deleted: true };
    await this.serial(() => this.host.applyRemote((state) => changesFromDocs(state, [doc], () => undefined).changeset));
  }

  private restartIfOffline(): void {
    const status = this.host.report.currentStatus();
    if (this.connection && (status === 'offline' || status === 'pending')) this.connect(this.connection);
  }

  /** Stops replication (the student disconnects, or the server asked to log in again). */
  disconnect(): void {
    this.attempts++;
    this.replication?.cancel();
    this.replication = null;
    this.connection = null;
  }

  /**
   * Resolves a conflict: `fields` (the chosen or merged text) written on top of the winning
   * version and every losing version deleted, in one bulkDocs; replication carries it out.
   */
  resolve(id: string, fields: Record<string, unknown>): Promise<void> {
    return this.serial(async () => {
      const winner = (await this.replica.get(id, { conflicts: true, attachments: true })) as unknown as SyncDoc;
      const merged: SyncDoc = { ...winner, ...fields };
      delete merged._conflicts;
      const losers = (winner._conflicts ?? []).map((rev) => ({ _id: id, _rev: rev, _deleted: true, type: winner.type, [RESOLVED]: true }));
      const results = await this.replica.bulkDocs([merged, ...losers] as unknown as PouchDB.Core.PutDocument<object>[]);
      const failed = results.find((r) => 'error' in r && r.error);
      if (failed) throw new Error(String((failed as { message?: string }).message ?? 'conflict'));
    });
  }

  async close(): Promise<void> {
    await this.stop();
    await this.replica.close();
  }

  /** Disconnecting for good: the local replica goes too (a new connection starts from the project). */
  async destroy(): Promise<void> {
    await this.stop();
    await this.replica.destroy();
  }

  private async stop(): Promise<void> {
    this.closed = true;
    globalThis.removeEventListener?.('online', this.onOnline);
    this.disconnect();
    this.feed?.cancel();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.reading;
    await this.queue;
  }
}

/**
 * The project a server's database holds, read into this machine's replica of it (which the
 * engine then keeps in sync, already joined): what "open from the server" stores and opens.
 */
export async function downloadProject(projectId: string, connection: SyncConnection, replicaName: string = projectId): Promise<ProjectSnapshot> {
  const replica = openReplica(replicaName);
  try {
    const remote = new PouchDB(connection.url, { auth: { username: connection.username, password: connection.password }, skip_setup: true } as PouchDB.Configuration.RemoteDatabaseConfiguration);
    await replica.replicate.from(remote, { batch_size: 200 });
    const snapshot = await snapshotFromReplica(replica as unknown as Parameters<typeof snapshotFromReplica>[0]);
    await replica.put({ _id: JOINED }).catch(() => undefined);
    return snapshot;
  } finally {
    await replica.close();
  }
}
