/**
 * PouchDB for the command line and its tests: the core with the memory, HTTP and replication
 * plugins (no native modules, nothing persisted). Loaded through `require` with the small
 * typed surface Pilah uses: importing @types/pouchdb-core would pull the DOM library and a
 * second `Buffer` into the Node program and break its type check.
 */
import { createRequire } from 'node:module';
import type { SyncDoc } from '../../shared/sync';

/** One row of `allDocs`. */
export interface AllDocsRow {
  id?: string;
  key: string;
  value?: { rev: string; deleted?: boolean };
  doc?: SyncDoc | null;
  error?: string;
}

/** One result of `bulkDocs`: ok, or the reason the server refused the document. */
export interface BulkResult {
  id?: string;
  rev?: string;
  ok?: boolean;
  error?: string | boolean;
  name?: string;
  reason?: string;
  message?: string;
  status?: number;
}

export interface ChangesResult {
  results: { id: string; deleted?: boolean; changes: { rev: string }[]; doc?: SyncDoc }[];
}

/** A replication's outcome and its events (one-shot or live). */
export interface Replication extends PromiseLike<{ ok: boolean; docs_written: number; doc_write_failures: number }> {
  on(event: 'denied', listener: (err: { id?: string; name?: string; message?: string }) => void): Replication;
  on(event: string, listener: (...args: unknown[]) => void): Replication;
  cancel(): void;
}

export interface ReplicateOptions {
  live?: boolean;
  retry?: boolean;
  doc_ids?: string[];
}

export interface Database {
  name: string;
  info(): Promise<{ db_name: string; doc_count: number }>;
  get(id: string, options?: { rev?: string; conflicts?: boolean; attachments?: boolean; open_revs?: 'all' | string[] }): Promise<SyncDoc>;
  put(doc: SyncDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  remove(doc: SyncDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: SyncDoc[], options?: { new_edits?: boolean }): Promise<BulkResult[]>;
  allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean; attachments?: boolean }): Promise<{ rows: AllDocsRow[] }>;
  changes(options: { style?: 'all_docs'; include_docs?: boolean; conflicts?: boolean; since?: number | string }): Promise<ChangesResult>;
  replicate: { to(target: Database | string, options?: ReplicateOptions): Replication; from(source: Database | string, options?: ReplicateOptions): Replication };
  sync(other: Database, options?: ReplicateOptions): Replication;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}

export interface DatabaseOptions {
  adapter?: 'memory' | 'http';
  auth?: { username: string; password: string };
  skip_setup?: boolean;
}

export type PouchConstructor = new (name: string, options?: DatabaseOptions) => Database;

let constructor: PouchConstructor | undefined;

/** The PouchDB constructor with the memory, HTTP and replication plugins. */
export function pouch(): PouchConstructor {
  if (!constructor) {
    const require = createRequire(import.meta.url);
    const core = require('pouchdb-core') as PouchConstructor & { plugin(p: unknown): PouchConstructor & { plugin(p: unknown): unknown } };
    core.plugin(require('pouchdb-adapter-http'));
    core.plugin(require('pouchdb-adapter-memory'));
    core.plugin(require('pouchdb-replication'));
    constructor = core;
  }
  return constructor;
}

/** A database on a server, with Basic auth (never in the URL). */
export function remoteDatabase(url: string, auth: { username: string; password: string }): Database {
  const PouchDB = pouch();
  return new PouchDB(url, { auth, skip_setup: true });
}
