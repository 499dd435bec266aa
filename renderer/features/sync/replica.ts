/**
 * The project's local PouchDB replica in the app: IndexedDB through PouchDB's `idb` adapter
 * (the one its browser build uses; switching adapters later would mean syncing into a new
 * local database), beside Dexie in the same origin, under PouchDB's own `_pouch_` names.
 */
import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';

PouchDB.plugin(idb);

/** The replica of one project (`pilah-<project id>`), compacting old revision bodies as it goes. */
export function openReplica(projectId: string): PouchDB.Database {
  return new PouchDB(`pilah-${projectId}`, { adapter: 'idb', auto_compaction: true });
}
