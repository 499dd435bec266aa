/**
 * The supervisor's list of students' project databases. CouchDB 3 lets only admins list a
 * server's databases (`_all_dbs`), so the list is the addresses the supervisor added, kept
 * in this machine's localStorage; each is read with the supervisor's own credentials, which
 * are held in memory for the session only (per server) and never written anywhere.
 */
import { create } from 'zustand';
import { translate } from '../../../shared/i18n';
import type { Locale } from '../../../shared/model/types';
import type { ProjectProgress } from '../../../shared/sync';
import { useAppStore } from '../../store';
import { offerProjectForReview } from '../start';
import { isAddress, parseDatabaseAddress, type DatabaseAddress } from './database-address';
import { DatabaseReadError, readProgress, readProject, type Credentials, type ReadFailure } from './read-project-database';

const STORAGE_KEY = 'pilah.cohort.databases';

/** What the screen shows for one database. */
export type RowState =
  | { status: 'loading' }
  | { status: 'ready'; progress: ProjectProgress }
  | { status: 'error'; message: string; needsCredentials?: boolean };

interface CohortState {
  /** The view is open (from the start screen). */
  open: boolean;
  setOpen(open: boolean): void;
  /** The database URLs the supervisor added, in the order added. */
  urls: string[];
  rows: Record<string, RowState>;
  /** A database is being brought here to be reviewed. */
  opening: string | null;
}

export const useCohort = create<CohortState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
  urls: loadUrls(),
  rows: {},
  opening: null,
}));

/** Session-only credentials, per server: never in storage, never in the store's state. */
const credentials = new Map<string, Credentials>();

function loadUrls(): string[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((u): u is string => typeof u === 'string') : [];
  } catch {
    return [];
  }
}

function saveUrls(urls: string[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(urls));
  } catch {
    // Not remembered on this machine; the list holds until Pilah closes.
  }
}

const locale = (): Locale => useAppStore.getState().locale;

function addressOf(url: string): DatabaseAddress {
  const parsed = parseDatabaseAddress(url);
  if (!isAddress(parsed)) throw new Error(`stored address ${url} no longer parses`);
  return parsed;
}

/** A read failure as the sentence the supervisor reads. */
export function describeReadFailure(failure: ReadFailure, address: DatabaseAddress, user: string, at: Locale): string {
  const values = { server: address.server, db: address.db, user };
  switch (failure.kind) {
    case 'unauthorized':
      return translate(at, 'cohort:unauthorized', values);
    case 'forbidden':
      return translate(at, 'cohort:forbidden', values);
    case 'no-database':
      return translate(at, 'cohort:noDatabase', values);
    case 'unreachable':
      return translate(at, 'cohort:unreachable', values);
    case 'no-project':
      return translate(at, 'cohort:noProject', values);
    case 'several-projects':
      return translate(at, 'cohort:severalProjects', values);
    case 'missing-text':
      return translate(at, 'cohort:missingText', { count: failure.count });
    case 'other':
      return translate(at, 'cohort:serverSaid', { ...values, detail: failure.detail });
  }
}

function setRow(url: string, row: RowState): void {
  useCohort.setState((s) => ({ rows: { ...s.rows, [url]: row } }));
}

async function refresh(url: string): Promise<RowState> {
  const address = addressOf(url);
  const auth = credentials.get(address.server);
  if (!auth) {
    const row: RowState = { status: 'error', message: translate(locale(), 'cohort:needCredentials', { server: address.server }), needsCredentials: true };
    setRow(url, row);
    return row;
  }
  setRow(url, { status: 'loading' });
  let row: RowState;
  try {
    row = { status: 'ready', progress: await readProgress(address.url, auth) };
  } catch (err) {
    const failure: ReadFailure = err instanceof DatabaseReadError ? err.failure : { kind: 'other', detail: String(err) };
    row = { status: 'error', message: describeReadFailure(failure, address, auth.username, locale()), needsCredentials: failure.kind === 'unauthorized' };
  }
  setRow(url, row);
  return row;
}

/**
 * Adds a database: the address is checked, then read with these credentials; only a
 * database that answers with a Pilah project joins the list. Returns the sentence to show
 * when it does not (nothing is added), or null.
 */
export async function addDatabase(text: string, auth: Credentials): Promise<string | null> {
  const parsed = parseDatabaseAddress(text);
  if (!isAddress(parsed)) return translate(locale(), parsed.key, { ...parsed });
  if (useCohort.getState().urls.includes(parsed.url)) return translate(locale(), 'cohort:alreadyListed', { db: parsed.db });
  const previous = credentials.get(parsed.server);
  if (auth.username && auth.password) credentials.set(parsed.server, auth);
  const row = await refresh(parsed.url);
  if (row.status !== 'ready') {
    // A refused password must not replace one that works for the databases already listed.
    if (previous) credentials.set(parsed.server, previous);
    else if (row.status === 'error' && row.needsCredentials) credentials.delete(parsed.server);
    useCohort.setState((s) => {
      const rows = { ...s.rows };
      delete rows[parsed.url];
      return { rows };
    });
    return row.status === 'error' ? row.message : null;
  }
  const urls = [...useCohort.getState().urls, parsed.url];
  saveUrls(urls);
  useCohort.setState({ urls });
  return null;
}

/**
 * Reads every listed database again. Credentials typed in the form are used for the
 * servers that have none this session (after Pilah was restarted) or refused them.
 */
export async function reloadAll(auth?: Credentials): Promise<void> {
  const { urls, rows } = useCohort.getState();
  if (auth?.username && auth.password) {
    for (const url of urls) {
      const address = addressOf(url);
      const row = rows[url];
      if (!credentials.has(address.server) || (row?.status === 'error' && row.needsCredentials)) credentials.set(address.server, auth);
    }
  }
  await Promise.all(urls.map((url) => refresh(url)));
}

export function removeDatabase(url: string): void {
  const urls = useCohort.getState().urls.filter((u) => u !== url);
  saveUrls(urls);
  useCohort.setState((s) => {
    const rows = { ...s.rows };
    delete rows[url];
    return { urls, rows };
  });
}

/** The plain-http warning for an address, or null. */
export function insecureWarning(url: string): string | null {
  const address = addressOf(url);
  return address.insecure ? translate(locale(), 'cohort:plainHttp', { server: address.server }) : null;
}

/**
 * "Tinjau": reads the whole project and hands it to the start screen's "Buka untuk meninjau"
 * dialog, which asks the supervisor's name and stores it as a project opened for review.
 */
export async function openForReview(url: string): Promise<void> {
  const address = addressOf(url);
  const auth = credentials.get(address.server);
  if (!auth) return void (await refresh(url));
  useCohort.setState({ opening: url });
  try {
    const snapshot = await readProject(address.url, auth);
    await offerProjectForReview(address.db, snapshot);
  } catch (err) {
    const failure: ReadFailure = err instanceof DatabaseReadError ? err.failure : { kind: 'other', detail: String(err) };
    setRow(url, { status: 'error', message: describeReadFailure(failure, address, auth.username, locale()), needsCredentials: failure.kind === 'unauthorized' });
  } finally {
    useCohort.setState({ opening: null });
  }
}
