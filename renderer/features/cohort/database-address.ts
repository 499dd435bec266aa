/**
 * A student's project database as the supervisor lists it: the address they were given,
 * checked before anything is sent (CouchDB's naming rule, no credentials in the URL), and
 * the server it lives on, which their session credentials are kept for.
 */

/** A project database on a server. */
export interface DatabaseAddress {
  /** The server, without the database: `https://couch.kampus.ac.id`. */
  server: string;
  /** The database name, decoded. */
  db: string;
  /** The database's URL, normalised (no trailing slash, name encoded). */
  url: string;
  /** Plain http to another machine: the password would cross the network unencrypted. */
  insecure: boolean;
}

export type AddressProblem = { key: 'cohort:badUrl'; url: string } | { key: 'cohort:badDbName'; db: string } | { key: 'cohort:credentialsInUrl' };

/** CouchDB's rule for database names. */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export function parseDatabaseAddress(text: string): DatabaseAddress | AddressProblem {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { key: 'cohort:badUrl', url: trimmed };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { key: 'cohort:badUrl', url: trimmed };
  if (url.username || url.password) return { key: 'cohort:credentialsInUrl' };
  const path = url.pathname.replace(/\/+$/, '');
  const slash = path.lastIndexOf('/');
  const encoded = path.slice(slash + 1);
  if (!encoded) return { key: 'cohort:badUrl', url: trimmed };
  let db: string;
  try {
    db = decodeURIComponent(encoded);
  } catch {
    return { key: 'cohort:badUrl', url: trimmed };
  }
  if (!DB_NAME.test(db)) return { key: 'cohort:badDbName', db };
  const server = `${url.origin}${path.slice(0, slash)}`;
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return { server, db, url: `${server}/${encodeURIComponent(db)}`, insecure: url.protocol === 'http:' && !loopback };
}

export function isAddress(parsed: DatabaseAddress | AddressProblem): parsed is DatabaseAddress {
  return 'url' in parsed && 'server' in parsed;
}
