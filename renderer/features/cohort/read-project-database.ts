/**
 * Reading a student's project database once, with the supervisor's credentials: PouchDB's
 * HTTP adapter only (no local replica), loaded when the supervisor first opens the view so
 * the app without a server never loads it.
 */
import { documentsWithoutText, progressFromDocs, snapshotFromDocs, SyncMappingError, type ProjectProgress, type SyncDoc } from '../../../shared/sync';
import type { ProjectSnapshot } from '../../../shared/model/types';

export interface Credentials {
  username: string;
  password: string;
}

/** Why a database could not be read, as the sentence keys of the `cohort` namespace name them. */
export type ReadFailure =
  | { kind: 'unauthorized' }
  | { kind: 'forbidden' }
  | { kind: 'no-database' }
  | { kind: 'unreachable' }
  | { kind: 'no-project' }
  | { kind: 'several-projects' }
  | { kind: 'missing-text'; count: number }
  | { kind: 'other'; detail: string };

export class DatabaseReadError extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.kind);
  }
}

type Database = PouchDB.Database;
let constructor: Promise<PouchDB.Static> | null = null;

function pouchHttp(): Promise<PouchDB.Static> {
  constructor ??= Promise.all([import('pouchdb-core'), import('pouchdb-adapter-http')]).then(([core, http]) => {
    const PouchDB = core.default;
    PouchDB.plugin(http.default);
    return PouchDB;
  });
  return constructor;
}

async function open(url: string, auth: Credentials): Promise<Database> {
  const PouchDB = await pouchHttp();
  return new PouchDB(url, { adapter: 'http', auth, skip_setup: true } as PouchDB.Configuration.RemoteDatabaseConfiguration);
}

function failureOf(err: unknown): ReadFailure {
  if (err instanceof DatabaseReadError) return err.failure;
  if (err instanceof SyncMappingError) return { kind: err.code === 'no-project' ? 'no-project' : 'several-projects' };
  const e = (err ?? {}) as { status?: number; name?: string; message?: string; reason?: string };
  if (e.status === 401 || e.name === 'unauthorized') return { kind: 'unauthorized' };
  if (e.status === 403 || e.name === 'forbidden') return { kind: 'forbidden' };
  if (e.status === 404 || e.name === 'not_found') return { kind: 'no-database' };
  if (!e.status || err instanceof TypeError) return { kind: 'unreachable' };
  return { kind: 'other', detail: e.reason ?? e.message ?? String(err) };
}

/**
 * CouchDB answers 403 to a signed-in user who is not a member of the database, but some
 * servers (pouchdb-server) answer 401 as for a wrong password: the server's session says
 * which it is, so the supervisor is not told their password is wrong when it is not.
 */
async function signedIn(url: string, auth: Credentials): Promise<boolean> {
  try {
    const server = url.slice(0, url.lastIndexOf('/'));
    const response = await fetch(`${server}/_session`, { headers: { authorization: `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${auth.username}:${auth.password}`)))}`, accept: 'application/json' } });
    if (!response.ok) return false;
    const session = (await response.json()) as { userCtx?: { name?: string | null } };
    return Boolean(session.userCtx?.name);
  } catch {
    return false;
  }
}

async function failureReading(err: unknown, url: string, auth: Credentials): Promise<ReadFailure> {
  const failure = failureOf(err);
  return failure.kind === 'unauthorized' && (await signedIn(url, auth)) ? { kind: 'forbidden' } : failure;
}

const live = (rows: { doc?: object | null }[]): SyncDoc[] =>
  rows.map((r) => r.doc as SyncDoc | null | undefined).filter((d): d is SyncDoc => !!d && !d._id.startsWith('_design/'));

/**
 * The progress of the project a database holds. The transcripts' texts (`doctext:…`) are
 * not fetched: the figures do not need them, and they are most of a project's bytes.
 */
export async function readProgress(url: string, auth: Credentials): Promise<ProjectProgress> {
  try {
    const db = await open(url, auth);
    const before = await db.allDocs({ include_docs: true, endkey: 'doctext:', inclusive_end: false });
    const after = await db.allDocs({ include_docs: true, startkey: 'doctext:\ufff0' });
    return progressFromDocs([...live(before.rows), ...live(after.rows)]);
  } catch (err) {
    throw new DatabaseReadError(await failureReading(err, url, auth));
  }
}

/** The whole project (winning versions, transcripts and originals included), to open for review. */
export async function readProject(url: string, auth: Credentials): Promise<ProjectSnapshot> {
  try {
    const db = await open(url, auth);
    const { rows } = await db.allDocs({ include_docs: true, attachments: true });
    const docs = live(rows);
    const missing = documentsWithoutText(docs);
    if (missing.length > 0) throw new DatabaseReadError({ kind: 'missing-text', count: missing.length });
    return snapshotFromDocs(docs);
  } catch (err) {
    throw new DatabaseReadError(await failureReading(err, url, auth));
  }
}
