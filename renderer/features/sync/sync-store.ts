/**
 * What the team sync shows: the connection's status, the conflicts waiting for the student,
 * the documents the server refused and the deletions an edit overruled. Plain zustand state,
 * no PouchDB: the header reads it on every screen without loading the sync engine.
 */
import { create } from 'zustand';
import type { RacedDeletion, SurfacedConflict } from '../../../shared/sync';

/**
 * `off`: the project is not connected. `synced`: everything sent and received (tersinkron).
 * `pending`: changes waiting to go out or come in (menunggu). `offline`: the server cannot be
 * reached; work is kept and sent later (terputus). `login`: the server refused the user name
 * or password; replication stopped until the student connects again.
 */
export type ConnectionStatus = 'off' | 'synced' | 'pending' | 'offline' | 'login';
/** What the header shows: a conflict outranks synced and pending. */
export type ShownStatus = ConnectionStatus | 'conflict';

export interface SyncAddress {
  /** `<server>/<database>` */
  url: string;
  username: string;
}

export interface Denial {
  id: string;
  /** The server's reason (Pilah's rule id, e.g. `pilah:supervisor-comments-only`, or its own words). */
  reason: string;
}

export interface SyncState {
  projectId: string | null;
  address: SyncAddress | null;
  status: ConnectionStatus;
  conflicts: SurfacedConflict[];
  denials: Denial[];
  racedDeletions: RacedDeletion[];
  connectOpen: boolean;
  conflictsOpen: boolean;
}

export const useSyncStore = create<SyncState>()(() => ({
  projectId: null,
  address: null,
  status: 'off',
  conflicts: [],
  denials: [],
  racedDeletions: [],
  connectOpen: false,
  conflictsOpen: false,
}));

export function shownStatus(state: Pick<SyncState, 'status' | 'conflicts'>): ShownStatus {
  if (state.conflicts.length > 0 && (state.status === 'synced' || state.status === 'pending')) return 'conflict';
  return state.status;
}

/** Puts or replaces one conflict (by document id), or removes it when `conflict` is null. */
export function setConflict(id: string, conflict: SurfacedConflict | null): void {
  useSyncStore.setState((s) => {
    const others = s.conflicts.filter((c) => c.id !== id);
    if (!conflict && others.length === s.conflicts.length) return s;
    return { conflicts: conflict ? [...others, conflict].sort((a, b) => (a.id < b.id ? -1 : 1)) : others };
  });
}

export function addDenial(denial: Denial): void {
  useSyncStore.setState((s) => ({ denials: [...s.denials.filter((d) => d.id !== denial.id), denial] }));
}

export function addRacedDeletion(raced: RacedDeletion): void {
  useSyncStore.setState((s) => ({ racedDeletions: [...s.racedDeletions.filter((r) => r.id !== raced.id), raced] }));
}

export function resetSyncState(projectId: string | null, address: SyncAddress | null): void {
  useSyncStore.setState({ projectId, address, status: address ? 'offline' : 'off', conflicts: [], denials: [], racedDeletions: [], conflictsOpen: false });
}
