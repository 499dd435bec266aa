/**
 * Team sync (issue 12): a project connected to a CouchDB server is mirrored into a local
 * PouchDB replica and replicated live; what arrives is applied to the store. The engine and
 * PouchDB load only for a connected project (see controller.ts).
 */
export { mirrorChangeset, snapshotFromReplica, type MirrorResult, type ReplicaDatabase } from './mirror';
export { SyncStatus, useTeamSync } from './SyncStatus';
export { ConnectDialog } from './ConnectDialog';
export { ConflictsDialog } from './ConflictsDialog';
export { SyncNotices } from './SyncNotices';
import { useSyncStore } from './sync-store';
export { useSyncStore, shownStatus, type ShownStatus, type ConnectionStatus } from './sync-store';
export { OpenFromServerButton } from './OpenFromServerButton';

/** Opens "Hubungkan ke server" (the desktop menu's Connect to a server…). */
export const openConnectDialog = (): void => useSyncStore.setState({ connectOpen: true });
