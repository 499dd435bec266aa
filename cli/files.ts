/** File I/O for the CLI: bounded reads, and project files replaced atomically. */
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeProjectFileWarning, readQdpx, writeQdpx, type ProjectFileWarning, type ReadQdpxResult } from '../shared/refi';
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
export async function writeProjectFile(path: string, snapshot: ProjectSnapshot): Promise<void> {
  const bytes = writeQdpx(snapshot);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}
