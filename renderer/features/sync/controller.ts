/**
 * The one open project's sync session, kept outside React. Small on purpose: the engine (and
 * PouchDB with it) is imported only once a project connected to a server is open, so the app
 * without a server loads and works exactly as before.
 */
import { useAppStore } from '../../store';
import { forgetConnection, loadAddress, loadPassword, saveConnection, type SyncConnection } from './connection';
import type { SyncEngine } from './engine';
import { followSyncUser, forgetSyncUser, recallSyncUser, rememberSyncUser } from './identity';
import { addDenial, addRacedDeletion, resetSyncState, setConflict, useSyncStore } from './sync-store';

interface Session {
  projectId: string;
  engine: Promise<SyncEngine>;
  stopListening: () => void;
}

let session: Session | null = null;

function attach(projectId: string): Session {
  if (session?.projectId === projectId) return session;
  detach();
  const engine = import('./engine').then(async ({ SyncEngine }) => {
    const created = new SyncEngine(projectId, {
      current: () => {
        const current = useAppStore.getState().current;
        return current?.project.id === projectId ? current : null;
      },
      applyRemote: (build) => useAppStore.getState().applyRemote(projectId, build),
      report: {
        status: (status) => useSyncStore.setState({ status }),
        currentStatus: () => useSyncStore.getState().status,
        conflict: setConflict,
        denial: addDenial,
        racedDeletion: addRacedDeletion,
        // The sync user is the one working (a supervisor reviews, a second coder codes as themselves).
        identity: (identity) => {
          const username = useSyncStore.getState().address?.username;
          if (username) rememberSyncUser(projectId, username, identity);
          if (useAppStore.getState().current?.project.id === projectId) void followSyncUser(useAppStore, identity);
        },
      },
    });
    await created.start();
    return created;
  });
  // Listening starts at once: an action taken while the engine loads is mirrored after it.
  const stopListening = useAppStore.getState().onChangesetStored((id, before, forward) => {
    if (id === projectId) void engine.then((e) => e.mirror(before, forward)).catch((err: unknown) => console.warn('sync: mirroring failed', err));
  });
  session = { projectId, engine, stopListening };
  return session;
}

function detach(): void {
  if (!session) return;
  forgetSyncUser(useAppStore);
  const { engine, stopListening } = session;
  session = null;
  stopListening();
  void engine.then((e) => e.close()).catch(() => undefined);
}

/** Follows the open project: starts its sync when it is connected, stops it when it closes. */
export async function followProject(projectId: string | null): Promise<void> {
  if (!projectId) {
    detach();
    resetSyncState(null, null);
    return;
  }
  const address = loadAddress(projectId);
  if (session?.projectId === projectId) return;
  resetSyncState(projectId, address);
  if (!address) {
    detach();
    return;
  }
  const current = attach(projectId);
  // Who the user was when last connected holds from the start (offline, or until they log in again).
  const remembered = recallSyncUser(projectId, address.username);
  if (remembered && useAppStore.getState().current?.project.id === projectId) void followSyncUser(useAppStore, remembered);
  const password = await loadPassword(projectId, address);
  if (session !== current) return;
  if (password === null) {
    useSyncStore.setState({ status: 'login' });
    return;
  }
  (await current.engine).connect({ ...address, password });
}

/** Connects the open project to a server (the "Hubungkan ke server" dialog) and starts replicating. */
export async function connectProject(projectId: string, connection: SyncConnection): Promise<void> {
  await saveConnection(projectId, connection);
  useSyncStore.setState({ address: { url: connection.url, username: connection.username }, projectId });
  // Perhaps another user: who they are comes from the server's roles once connected.
  if (session?.projectId === projectId) forgetSyncUser(useAppStore);
  const current = attach(projectId);
  (await current.engine).connect(connection);
}

/** Disconnects the project: replication stops and the stored credentials are forgotten. */
export async function disconnectProject(projectId: string): Promise<void> {
  if (session?.projectId === projectId) {
    const { engine, stopListening } = session;
    session = null;
    stopListening();
    await (await engine).destroy().catch(() => undefined);
  }
  await forgetConnection(projectId);
  rememberSyncUser(projectId, '', null);
  resetSyncState(projectId, null);
  // Disconnected: the server's roles no longer apply here (a supervisor may now leave review mode).
  if (useAppStore.getState().current?.project.id === projectId) forgetSyncUser(useAppStore);
}

/** Writes the student's choice for a conflict; replication carries it to the server. */
export async function resolveConflict(id: string, fields: Record<string, unknown>): Promise<void> {
  if (!session) return;
  await (await session.engine).resolve(id, fields);
}

/** Stops replication (tests, or "work offline"); the project keeps being mirrored locally. */
export async function pauseSync(): Promise<void> {
  if (!session) return;
  (await session.engine).disconnect();
  useSyncStore.setState({ status: 'offline' });
}

/**
 * Opens the project a server's database holds on this machine (a second machine, a
 * supervisor, a second coder): its documents are read into the local replica, stored as a
 * project, opened, and kept in sync. A project already here is opened and connected.
 */
export async function openFromServer(projectId: string, connection: SyncConnection): Promise<void> {
  const app = useAppStore.getState();
  await saveConnection(projectId, connection);
  const exists = (await app.refreshProjects().then(() => useAppStore.getState().projects)).some((p) => p.id === projectId);
  if (exists) {
    await app.openProject(projectId);
    return;
  }
  const { downloadProject } = await import('./engine');
  await app.addProject(await downloadProject(projectId, connection));
}
