/** Team sync (issue 12, first sketch): committed changesets mirrored into a local PouchDB replica. */
export { mirrorChangeset, snapshotFromReplica, type MirrorResult, type ReplicaDatabase } from './mirror';
export { openReplica } from './replica';
