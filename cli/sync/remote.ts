/**
 * The server side of `pilah sync`: the database address, the credentials (from the
 * environment only), the admin set-up of a project database, and the server's failures as
 * one sentence each.
 */
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/model/types';
import { pilahDesignDoc, securityObject, type PilahRoles } from '../../shared/sync';
import { CliError, UsageError } from '../errors';

/** A project database on a server. */
export interface DatabaseAddress {
  /** The server, without the database: `http://host:5984`. */
  server: string;
  /** The database name, decoded. */
  db: string;
  /** The database's URL. */
  url: string;
  /** Plain http to another machine: the password would cross the network unencrypted. */
  insecure: boolean;
}

export interface Credentials {
  username: string;
  password: string;
}

/** CouchDB's rule for database names. */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export function parseDatabaseAddress(text: string | undefined, locale: Locale): DatabaseAddress {
  if (!text) throw new UsageError(translate(locale, 'sync:needUrl'));
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(translate(locale, 'sync:badUrl', { url: text }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(translate(locale, 'sync:badUrl', { url: text }));
  if (url.username || url.password) throw new UsageError(translate(locale, 'sync:credentialsInUrl'));
  const path = url.pathname.replace(/\/+$/, '');
  const slash = path.lastIndexOf('/');
  const encoded = path.slice(slash + 1);
  if (!encoded) throw new UsageError(translate(locale, 'sync:badUrl', { url: text }));
  const db = decodeURIComponent(encoded);
  if (!DB_NAME.test(db)) throw new UsageError(translate(locale, 'sync:badDbName', { db }));
  const server = `${url.origin}${path.slice(0, slash)}`;
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return { server, db, url: `${server}/${encodeURIComponent(db)}`, insecure: url.protocol === 'http:' && !loopback };
}

/** PILAH_SYNC_USER and PILAH_SYNC_PASSWORD: never arguments, which other users can read. */
export function credentialsFromEnv(locale: Locale, env: NodeJS.ProcessEnv = process.env): Credentials {
  const username = env.PILAH_SYNC_USER ?? '';
  const password = env.PILAH_SYNC_PASSWORD ?? '';
  if (!username || !password) throw new UsageError(translate(locale, 'sync:needCredentials'));
  return { username, password };
}

/** A failure talking to the server, as the sentence the user reads. */
export function serverFailure(err: unknown, address: DatabaseAddress, credentials: Credentials, locale: Locale): Error {
  if (err instanceof CliError || err instanceof UsageError) return err;
  const e = (err ?? {}) as { status?: number; name?: string; message?: string; reason?: string; cause?: { code?: string; message?: string } };
  if (e.status === 401 || e.name === 'unauthorized') return new CliError(translate(locale, 'sync:unauthorized', { url: address.server }));
  if (e.status === 403 || e.name === 'forbidden') return new CliError(translate(locale, 'sync:forbidden', { user: credentials.username, db: address.db }));
  if (e.status === 404 || e.name === 'not_found') return new CliError(translate(locale, 'sync:noDatabase', { db: address.db }));
  if (!e.status && (e.cause || /fetch failed|ECONNREFUSED|ENOTFOUND|network/i.test(String(e.message ?? '')))) {
    const detail = e.cause?.code ?? e.cause?.message ?? e.message ?? String(err);
    return new CliError(translate(locale, 'sync:unreachable', { url: address.server, detail }));
  }
  return new CliError(translate(locale, 'sync:serverSaid', { url: address.server, detail: e.reason ?? e.message ?? String(err) }));
}

/** A JSON request as a server admin would make it; throws an error `serverFailure` reads. */
export async function adminRequest(url: string, credentials: Credentials, method: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
  const response = await fetch(url, {
    method,
    headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: response.status, json };
}

function expectOk(result: { status: number; json: Record<string, unknown> }, allowed: number[] = []): void {
  if (result.status < 300 || allowed.includes(result.status)) return;
  throw Object.assign(new Error(String(result.json.reason ?? result.json.error ?? result.status)), { status: result.status, name: String(result.json.error ?? 'error') });
}

/**
 * Sets a project database up (an admin's job, `pilah sync init`): creates it if missing, then
 * writes its security object (who may read, and the roles) and the `_design/pilah` rules,
 * with a copy of the roles the app reads (members cannot read `_security`), replacing earlier ones. Running it again with other roles changes the roles.
 */
export async function initProjectDatabase(address: DatabaseAddress, credentials: Credentials, roles: PilahRoles): Promise<void> {
  // Only a server admin may create databases; asking first also spares pouchdb-server, which
  // crashes on a non-admin's PUT /db.
  const session = await adminRequest(`${address.server}/_session`, credentials, 'GET');
  expectOk(session);
  const userCtx = (session.json.userCtx ?? {}) as { name?: string | null; roles?: string[] };
  if (!userCtx.name) throw Object.assign(new Error('unauthorized'), { status: 401 });
  if (!(userCtx.roles ?? []).includes('_admin')) throw Object.assign(new Error('forbidden'), { status: 403 });
  expectOk(await adminRequest(address.url, credentials, 'PUT'), [412]);
  expectOk(await adminRequest(`${address.url}/_security`, credentials, 'PUT', securityObject(roles)));
  const existing = await adminRequest(`${address.url}/_design/pilah`, credentials, 'GET');
  const design = { ...pilahDesignDoc(roles), ...(existing.status === 200 ? { _rev: existing.json._rev } : {}) };
  expectOk(await adminRequest(`${address.url}/_design/pilah`, credentials, 'PUT', design));
}
