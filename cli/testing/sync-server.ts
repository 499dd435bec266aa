/**
 * A CouchDB-compatible test server for the sync tests: pouchdb-server 4.2.0 in memory mode,
 * a child process on 127.0.0.1 and a port chosen free first (it cannot bind port 0), its
 * config and log in a temporary folder. It starts in "admin party"; `startSyncServer` ends
 * that by creating the admin, as a department's CouchDB has one.
 *
 * pouchdb-server's validation plugin drops replicated updates in any database with a
 * validate_doc_update (pouchdb-server #419), and on `_bulk_docs` (every replicated write) it
 * passes the rules an empty security object, because that route runs before the middleware
 * that reads it. The project patches both at install (patches/pouchdb-validation+4.2.0.patch,
 * applied by patch-package). The server refuses to start without the patch, so a test never
 * mistakes those bugs for Pilah's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ADMIN = { username: 'admin', password: 'admin-pw' } as const;

export interface SyncServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** Whether pouchdb-validation carries Pilah's patch (see the file comment). */
export function validationPatched(): boolean {
  const source = readFileSync(require.resolve('pouchdb-validation'), 'utf8');
  return source.includes('Pilah patch (pouchdb-server issue #419') && source.includes("Pilah patch: express-pouchdb's _bulk_docs");
}

/**
 * Whether PouchDB's replicator carries Pilah's patch (patches/pouchdb-replication+9.0.0.patch):
 * without it, a live replication whose server drops a connection at the wrong moment leaves an
 * unhandled rejection, which fails a test run at random.
 */
export function replicationPatched(): boolean {
  const source = readFileSync(require.resolve('pouchdb-replication'), 'utf8');
  return source.includes('Pilah patch: this read only updates the activeTasks progress');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pouchdb-server did not answer at ${url}`);
}

const basic = (user: { username: string; password: string }): string => `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;

/** A JSON request to the test server as its admin. */
export async function asAdmin(url: string, method: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method,
    headers: { authorization: basic(ADMIN), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

export async function startSyncServer(): Promise<SyncServer> {
  if (!validationPatched()) {
    throw new Error('pouchdb-validation is not patched: run `npm install` (its postinstall runs patch-package with patches/pouchdb-validation+4.2.0.patch).');
  }
  const dir = await mkdtemp(join(tmpdir(), 'pilah-sync-'));
  const port = await freePort();
  const bin = join(dirname(require.resolve('pouchdb-server/package.json')), 'bin', 'pouchdb-server');
  const child = spawn(process.execPath, [bin, '-m', '-o', '127.0.0.1', '-p', String(port), '-n', '-c', join(dir, 'config.json')], { cwd: dir, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill();
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child);
    // Ends the admin party: from now on only the admin may create databases and users.
    const admin = await fetch(`${url}/_config/admins/${ADMIN.username}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
    if (!admin.ok) throw new Error(`creating the admin failed: ${admin.status}`);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}

/** Creates a CouchDB user (`_users/org.couchdb.user:<name>`) with a password. */
export async function createUser(server: SyncServer, name: string, password: string): Promise<void> {
  const result = await asAdmin(`${server.url}/_users/org.couchdb.user:${encodeURIComponent(name)}`, 'PUT', { _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' });
  if (result.status >= 300) throw new Error(`creating user ${name} failed: ${result.status} ${JSON.stringify(result.json)}`);
}
