/** File I/O for the CLI: bounded reads, and project files replaced atomically. */
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readQdpx, writeQdpx } from '../shared/refi';
import type { ProjectSnapshot } from '../shared/model/types';
import { CliError, ProjectFileReadError } from './errors';
import { translate } from '../shared/i18n';
import type { Locale } from '../shared/model/types';

/** Nothing larger is read into memory: transcripts and project files are far smaller. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export async function readBounded(path: string, locale: Locale): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw new CliError(translate(locale, 'cli:isFolder', { file: path }));
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

export async function readProjectFile(path: string, locale: Locale): Promise<ProjectSnapshot> {
  const bytes = await readBounded(path, locale);
  try {
    return readQdpx(bytes).snapshot;
  } catch (err) {
    throw new ProjectFileReadError(basename(path), err);
  }
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
