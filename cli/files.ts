/** File I/O for the CLI: bounded reads, and files (projects above all) replaced atomically. */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { describeProjectFileWarning, type ProjectFileWarning } from '../shared/refi/errors';
import type { ReadQdpxResult } from '../shared/refi/read-qdpx';
import { writeQdpx } from '../shared/refi/write-qdpx';
import type { ProjectSnapshot } from '../shared/model/types';
import { CliError, ProjectFileReadError } from './errors';
import { translate } from '../shared/i18n';
import type { Locale } from '../shared/model/types';

/** Nothing larger is read into memory: transcripts and project files are far smaller. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** Reads a whole file after checking its size on disk; `checkSize` may refuse it sooner (and throws). */
export async function readBounded(path: string, locale: Locale, checkSize?: (size: number) => void): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw new CliError(translate(locale, 'cli:isFolder', { file: path }));
  checkSize?.(info.size);
  if (info.size > MAX_INPUT_BYTES) {
    throw new CliError(translate(locale, 'cli:tooLarge', { file: basename(path), mb: Math.round(MAX_INPUT_BYTES / 1048576) }));
  }
  return new Uint8Array(await readFile(path));
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** A project file as read, with what could not be read from it. */
export async function openProjectFile(path: string, locale: Locale): Promise<ReadQdpxResult> {
  const bytes = await readBounded(path, locale);
  // The reader (with zod, which checks Pilah's extras) loads with the first project file read,
  // not with a command that only writes one (`pilah sync pull`).
  const { readQdpx } = await import('../shared/refi/read-qdpx');
  try {
    return readQdpx(bytes, { locale });
  } catch (err) {
    throw new ProjectFileReadError(basename(path), err);
  }
}

export async function readProjectFile(path: string, locale: Locale): Promise<ProjectSnapshot> {
  return (await openProjectFile(path, locale)).snapshot;
}

/** The warnings as one clause: "a; b; c" (each warning's sentence without its full stop). */
export function warningList(warnings: readonly ProjectFileWarning[], locale: Locale): string {
  return warnings.map((w) => describeProjectFileWarning(w, locale).replace(/[.。]\s*$/, '')).join('; ');
}

/**
 * Refuses to write a project file from `read` when the file written would hold less than
 * the file read: anything at all left out of a file being rewritten or copied (Pilah's own
 * extras unreadable, segments outside their text…), and, from another tool's file being
 * converted, transcripts that are not inside it. `file` is the file read, left unchanged.
 */
export function refuseLossyWrite(read: ReadQdpxResult, file: string, mode: 'rewrite' | 'convert', locale: Locale): void {
  if (mode === 'convert' && read.producer.id !== 'pilah') {
    const missing = read.warnings.filter((w) => w.code === 'missing-sources');
    if (missing.length === 0) return;
    const count = missing.reduce((n, w) => n + w.count, 0);
    throw new CliError(translate(locale, 'cli:sourcesOutside', { file, count, what: missing.map((w) => w.what).join(', ') }));
  }
  if (read.warnings.length > 0) throw new CliError(translate(locale, 'cli:wouldLoseData', { file, what: warningList(read.warnings, locale) }));
}

/** Writes next to the target and renames over it, so a crash never leaves half a project. */
export async function writeProjectFile(path: string, snapshot: ProjectSnapshot, locale: Locale): Promise<void> {
  await writeAll([{ path, bytes: writeQdpx(snapshot, { native: NODE_DEFLATE }) }], locale);
}

/** Node's zlib deflates a project's transcripts several times faster than JavaScript does. */
const NODE_DEFLATE = {
  deflateRaw: (bytes: Uint8Array) => deflateRawSync(bytes, { level: constants.Z_DEFAULT_COMPRESSION }),
  crc32: (bytes: Uint8Array) => crc32(bytes),
};

/** A file to write: where, and its bytes. */
export interface Output {
  path: string;
  bytes: Uint8Array;
}

/** Temporary files not yet renamed into place: removed if the process is interrupted. */
const pendingTemps = new Set<string>();
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const temp of pendingTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or removed.
    }
  }
  pendingTemps.clear();
  process.exit(SIGNALS[signal as keyof typeof SIGNALS] ?? 1);
}

function track(temps: readonly string[]): void {
  if (pendingTemps.size === 0) for (const signal of Object.keys(SIGNALS)) process.on(signal, removePendingAndExit);
  for (const temp of temps) pendingTemps.add(temp);
}

function untrack(temps: readonly string[]): void {
  for (const temp of temps) pendingTemps.delete(temp);
  if (pendingTemps.size === 0) for (const signal of Object.keys(SIGNALS)) process.off(signal, removePendingAndExit);
}

/** Test hooks: `beforeRename` runs once every temporary file is written and flushed. */
export interface WriteAllHooks {
  beforeRename?: () => Promise<void>;
}

/**
 * Writes every file beside its target, flushed to disk, and renames them into place only when
 * all were written: a full disk, a refused permission, Ctrl+C or a kill leaves no half-written
 * output and no temporary file behind. A failure names the file and its folder, never the
 * hidden temporary file.
 */
export async function writeAll(outputs: readonly Output[], locale: Locale, hooks: WriteAllHooks = {}): Promise<void> {
  const tag = randomBytes(4).toString('hex');
  const temps = outputs.map((o) => join(dirname(o.path), `.${basename(o.path)}.${tag}.tmp`));
  track(temps);
  let current = 0;
  try {
    for (const [i, output] of outputs.entries()) {
      current = i;
      await writeFlushed(temps[i]!, output.bytes);
    }
    await hooks.beforeRename?.();
    for (const [i, output] of outputs.entries()) {
      current = i;
      await rename(temps[i]!, output.path);
    }
  } catch (err) {
    await Promise.all(temps.map((temp) => unlink(temp).catch(() => undefined)));
    throw notWritten(outputs[current]!.path, err, locale);
  } finally {
    untrack(temps);
  }
}

/** Writes and fsyncs a new file, so the rename that follows never exposes unflushed bytes. */
async function writeFlushed(path: string, bytes: Uint8Array): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

const WRITE_REASONS: Record<string, string> = {
  ENOENT: 'cli:reasonNoFolder',
  ENOTDIR: 'cli:reasonNoFolder',
  EACCES: 'cli:reasonNoPermission',
  EPERM: 'cli:reasonNoPermission',
  EROFS: 'cli:reasonReadOnly',
  ENOSPC: 'cli:reasonDiskFull',
  EDQUOT: 'cli:reasonDiskFull',
};

/** One sentence naming the file and the folder it was to go in, with the reason in words. */
function notWritten(path: string, err: unknown, locale: Locale): CliError {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? '';
  const key = WRITE_REASONS[code];
  const reason = key ? translate(locale, key) : code || (err instanceof Error ? err.message.split('\n')[0]! : String(err));
  return new CliError(translate(locale, 'cli:notWritten', { file: basename(path), folder: dirname(path), reason }));
}
