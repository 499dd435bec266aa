/**
 * A CouchDB-compatible server inside the test process (express-pouchdb 4.2.0, the server
 * pouchdb-server runs, over PouchDB 7.3.1 memory databases as it bundles them), whose
 * listener can be closed and opened again on the same port without losing its databases,
 * users or security objects: what a department's CouchDB does across a restart. The
 * pouchdb-server child process cannot do this in memory mode (a restart wipes everything
 * but the admin, and a live replication then stops on 401: reference note §0.3).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, replicationPatched, validationPatched } from './sync-server';

export interface RestartableServer {
  /** `http://127.0.0.1:<port>` (the same after a restart). */
  url: string;
  /** Closes the listener and cuts every open connection, as a server going down does. */
  down(): Promise<void>;
  /** Listens again on the same port, with everything it held. */
  up(): Promise<void>;
  /**
   * From now on, cuts the connection of every request `which` picks instead of answering it
   * (the client sees the socket hang up, as when a server dies mid-request); `null` stops.
   * Returns how many requests this call's `which` has cut so far.
   */
  drop(which: ((request: { method: string; url: string }) => boolean) | null): () => number;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

type Handler = (req: unknown, res: unknown) => void;

export async function startRestartableServer(): Promise<RestartableServer> {
  if (!validationPatched()) throw new Error('pouchdb-validation is not patched: run `npm install` (patch-package).');
  // The restart cuts requests in flight; unpatched, the replicator can leave that unhandled.
  if (!replicationPatched()) throw new Error('pouchdb-replication is not patched: run `npm install` (patch-package).');
  const serverRequire = createRequire(require.resolve('pouchdb-server/package.json'));
  const core = serverRequire('pouchdb-core') as { plugin(p: unknown): unknown; defaults(o: object): unknown };
  core.plugin(serverRequire('pouchdb-adapter-memory'));
  core.plugin(serverRequire('pouchdb-adapter-http'));
  core.plugin(serverRequire('pouchdb-replication'));
  core.plugin(require('pouchdb-mapreduce'));
  const dir = await mkdtemp(join(tmpdir(), 'pilah-sync-restart-'));
  const expressPouch = require('express-pouchdb') as (pouch: unknown, opts: object) => Handler;
  const app = expressPouch(core.defaults({ adapter: 'memory' }), { inMemoryConfig: true, logPath: join(dir, 'log.txt'), mode: 'fullCouchDB' });

  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  let dropping: ((request: { method: string; url: string }) => boolean) | null = null;
  let dropped = { count: 0 };
  const listen = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const next = createServer((req, res) => {
        if (dropping?.({ method: req.method ?? 'GET', url: req.url ?? '/' })) {
          dropped.count++;
          req.socket.destroy();
          return;
        }
        app(req, res);
      });
      next.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        const address = next.address();
        if (typeof address === 'object' && address) port = address.port;
        server = next;
        resolve();
      });
    });
  const down = (): Promise<void> =>
    new Promise((resolve) => {
      const current = server;
      server = null;
      if (!current) return resolve();
      current.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });

  await listen();
  const url = `http://127.0.0.1:${port}`;
  // Ends the admin party, as a department's CouchDB has an admin.
  const admin = await fetch(`${url}/_config/admins/${ADMIN.username}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  if (!admin.ok) throw new Error(`creating the admin failed: ${admin.status}`);
  return {
    url,
    down,
    up: listen,
    drop(which) {
      const these = { count: 0 };
      dropping = which;
      dropped = these;
      return () => these.count;
    },
    async stop() {
      await down();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
