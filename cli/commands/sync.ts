/**
 * pilah sync init <url>/<db> --student A [--supervisor B[=coderId]]… [--coder C[=coderId]]… [--observer D]…
 * pilah sync push <project.qdpx> --to <url>/<db>
 * pilah sync pull <url>/<db> --out <project.qdpx> [--allow-conflicts]
 *
 * Team sync through CouchDB, as a client would do it, for scripts, tests and admins.
 * Credentials come from PILAH_SYNC_USER and PILAH_SYNC_PASSWORD, never from arguments.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/model/types';
import {
  describeDenialReason,
  documentsWithoutText,
  snapshotFromDocs,
  snapshotToDocs,
  SyncMappingError,
  type PilahRoles,
} from '../../shared/sync';
import { cliLocale, CliError, UsageError } from '../errors';
import { readProjectFile, writeProjectFile } from '../files';
import { remoteDatabase } from '../sync/pouch';
import { pushDocs } from '../sync/push';
import { readServerDatabase } from '../sync/read-database';
import { credentialsFromEnv, initProjectDatabase, parseDatabaseAddress, serverFailure, type Credentials, type DatabaseAddress } from '../sync/remote';

/** At most this many ids are named in one sentence. */
const LISTED = 20;

export async function runSync(args: string[]): Promise<void> {
  const locale = cliLocale(args);
  const [sub, ...rest] = args;
  if (!sub || sub.startsWith('-')) throw new UsageError(translate(locale, 'sync:needSubcommand'));
  if (sub === 'init') return runInit(rest, locale);
  if (sub === 'push') return runPush(rest, locale);
  if (sub === 'pull') return runPull(rest, locale);
  throw new UsageError(translate(locale, 'sync:unknownSubcommand', { command: sub }));
}

function parse(args: string[], locale: Locale, options: NonNullable<ParseArgsConfig['options']>): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, allowPositionals: true, options: { ...options, lang: { type: 'string' } } });
    return { values: parsed.values as Record<string, unknown>, positionals: parsed.positionals };
  } catch (err) {
    throw new UsageError(translate(locale, 'cli:badOptions', { detail: err instanceof Error ? err.message : String(err) }));
  }
}

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

/** `name` or `name=coderId`, for the roles whose rows carry a coder id. */
function splitRoleNames(values: string[], option: string, roles: PilahRoles, locale: Locale): string[] {
  return values.map((value) => {
    const [name, coderId, ...extra] = value.split('=');
    if (!name || extra.length > 0 || coderId === '') throw new UsageError(translate(locale, 'sync:badRoleName', { name: value, option }));
    if (coderId) roles.coderIds[name] = coderId;
    return name;
  });
}

async function withServer<T>(address: DatabaseAddress, credentials: Credentials, locale: Locale, work: () => Promise<T>): Promise<T> {
  if (address.insecure) process.stderr.write(translate(locale, 'sync:plainHttp', { server: address.server }) + '\n');
  try {
    return await work();
  } catch (err) {
    throw serverFailure(err, address, credentials, locale);
  }
}

async function runInit(args: string[], locale: Locale): Promise<void> {
  const { values, positionals } = parse(args, locale, {
    student: { type: 'string', multiple: true },
    supervisor: { type: 'string', multiple: true },
    coder: { type: 'string', multiple: true },
    observer: { type: 'string', multiple: true },
  });
  if (positionals.length > 1) throw new UsageError(translate(locale, 'sync:needUrl'));
  const address = parseDatabaseAddress(positionals[0], locale);
  const roles: PilahRoles = { students: [], supervisors: [], coders: [], observers: [], coderIds: {} };
  roles.students = splitRoleNames(listOf(values.student), '--student', roles, locale);
  roles.supervisors = splitRoleNames(listOf(values.supervisor), '--supervisor', roles, locale);
  roles.coders = splitRoleNames(listOf(values.coder), '--coder', roles, locale);
  roles.observers = splitRoleNames(listOf(values.observer), '--observer', roles, locale);
  if (roles.students.length === 0) throw new UsageError(translate(locale, 'sync:needStudent'));
  const credentials = credentialsFromEnv(locale);
  await withServer(address, credentials, locale, () => initProjectDatabase(address, credentials, roles));
  const names = (list: string[]) => (list.length ? list.join(', ') : translate(locale, 'sync:nobody'));
  process.stdout.write(
    translate(locale, 'sync:initDone', {
      db: address.db,
      students: names(roles.students),
      supervisors: names(roles.supervisors),
      coders: names(roles.coders),
      observers: names(roles.observers),
    }) + '\n',
  );
}

const named = (ids: string[]): string => (ids.length > LISTED ? `${ids.slice(0, LISTED).join(', ')} …` : ids.join(', '));

async function runPush(args: string[], locale: Locale): Promise<void> {
  const { values, positionals } = parse(args, locale, { to: { type: 'string' } });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(translate(locale, 'cli:needOneProject'));
  if (!values.to) throw new UsageError(translate(locale, 'sync:needTo'));
  const address = parseDatabaseAddress(String(values.to), locale);
  const credentials = credentialsFromEnv(locale);
  const docs = snapshotToDocs(await readProjectFile(file, locale));
  const remote = remoteDatabase(address.url, credentials);

  const outcome = await withServer(address, credentials, locale, async () => {
    await remote.info();
    return pushDocs(remote, docs);
  });

  process.stdout.write(translate(locale, 'sync:pushDone', { db: address.db, written: outcome.written, unchanged: outcome.plan.unchanged.length }) + '\n');
  const notes: string[] = [];
  if (outcome.plan.deletedOnServer.length > 0) {
    notes.push(translate(locale, 'sync:deletedOnServer', { count: outcome.plan.deletedOnServer.length, ids: named(outcome.plan.deletedOnServer) }));
  }
  if (outcome.plan.newerOnServer.length > 0) {
    notes.push(translate(locale, 'sync:newerOnServer', { count: outcome.plan.newerOnServer.length, ids: named(outcome.plan.newerOnServer) }));
  }
  for (const d of [...outcome.denied, ...outcome.failed]) notes.push(translate(locale, 'sync:denied', { id: d.id, reason: describeDenialReason(d.reason, locale) }));
  if (outcome.changed.length > 0) notes.push(translate(locale, 'sync:changedMeanwhile', { count: outcome.changed.length, ids: named(outcome.changed) }));
  if (notes.length > 0) process.stderr.write(notes.join('\n') + '\n');
  const refused = outcome.denied.length + outcome.failed.length;
  if (refused > 0) throw new CliError(translate(locale, 'sync:pushDenied', { count: refused }));
  if (outcome.changed.length > 0) process.exitCode = 1;
}

async function runPull(args: string[], locale: Locale): Promise<void> {
  const { values, positionals } = parse(args, locale, { out: { type: 'string' }, 'allow-conflicts': { type: 'boolean' } });
  if (positionals.length > 1) throw new UsageError(translate(locale, 'sync:needUrl'));
  const address = parseDatabaseAddress(positionals[0], locale);
  const out = values.out ? String(values.out) : '';
  if (!out) throw new UsageError(translate(locale, 'cli:needOut'));
  if (!out.toLowerCase().endsWith('.qdpx')) throw new UsageError(translate(locale, 'cli:outMustBeQdpx', { file: out }));
  const credentials = credentialsFromEnv(locale);
  // Straight from the server, read once (no PouchDB, no copy in memory first).
  const contents = await withServer(address, credentials, locale, () => readServerDatabase(address, credentials));

  const conflictList = named(contents.conflicts.map((c) => translate(locale, 'sync:conflictItem', { id: c.id, fields: c.fields.join(', ') })));
  if (contents.conflicts.length > 0 && !values['allow-conflicts']) {
    throw new CliError(translate(locale, 'sync:conflicts', { count: contents.conflicts.length, list: conflictList }));
  }
  const textless = documentsWithoutText(contents.docs);
  if (textless.length > 0) throw new CliError(translate(locale, 'sync:missingText', { count: textless.length, ids: named(textless) }));
  let snapshot;
  try {
    snapshot = snapshotFromDocs(contents.docs);
  } catch (err) {
    if (err instanceof SyncMappingError) throw new CliError(translate(locale, err.code === 'no-project' ? 'sync:noProject' : 'sync:severalProjects', { db: address.db }));
    throw err;
  }
  await writeProjectFile(out, snapshot, locale);
  const rows = contents.docs.filter((d) => d.type !== 'project' && d.type !== 'doctext').length;
  process.stdout.write(translate(locale, 'sync:pullDone', { file: out, rows, db: address.db }) + '\n');
  const notes: string[] = [];
  if (contents.conflicts.length > 0) notes.push(translate(locale, 'sync:conflictsKept', { count: contents.conflicts.length, list: conflictList }));
  if (contents.racedDeletions.length > 0) {
    notes.push(translate(locale, 'sync:racedDeletions', { count: contents.racedDeletions.length, list: named(contents.racedDeletions.map((r) => r.id)) }));
  }
  if (notes.length > 0) process.stderr.write(notes.join('\n') + '\n');
}
