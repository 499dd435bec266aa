import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { BackupInfo } from '../../shared/ipc-contract';
import { TEMP_FILE, writeFileAtomic } from './atomic-write';
import { UserError } from './user-error';

/** How many automatic backups are kept per project (issue 2, point 7). */
export const BACKUPS_KEPT = 10;

/** Project ids are UUIDs; anything else could name a folder outside the backup root. */
const PROJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A backup id is its file name: the UTC time it was written, safe on every file system. */
const BACKUP_ID = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.qdpx$/;

export interface BackupStore {
  /** Writes one backup and removes all but the newest {@link BACKUPS_KEPT} of that project. */
  write(backup: { projectId: string; title: string; bytes: Uint8Array }): Promise<BackupInfo>;
  /** A project's backups, newest first ([] when it has none). */
  list(projectId: string): Promise<BackupInfo[]>;
  /** One backup's bytes, exactly as written. */
  read(projectId: string, id: string): Promise<Uint8Array>;
}

export type BackupFs = Pick<typeof nodeFs, 'mkdir' | 'readdir' | 'readFile' | 'stat' | 'rm' | 'open' | 'rename'>;

/** True for a backup id this store could have written (and nothing that walks folders). */
export function isBackupId(id: string): boolean {
  return BACKUP_ID.test(id);
}

/** True for a project id the store accepts as a folder name. */
export function isProjectId(id: string): boolean {
  return PROJECT_ID.test(id);
}

function idFromDate(date: Date): string {
  return `${date.toISOString().replace(/:/g, '-').replace('.', '-')}.qdpx`;
}

function dateFromId(id: string): Date {
  const [, day, h, m, s, ms] = /^(.+)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z/.exec(id) ?? [];
  return new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
}

/** Each backup's title lives in a small sidecar beside it: `<time>.json`. */
function sidecarOf(id: string): string {
  return id.replace(/\.qdpx$/, '.json');
}

/**
 * Rolling automatic backups in `<rootDir>/<projectId>/<time>.qdpx`, written atomically.
 * Writes to the same project are serialised, so pruning never races a write.
 */
export function createBackupStore(
  rootDir: string,
  fs: BackupFs = nodeFs,
  now: () => Date = () => new Date(),
): BackupStore {
  const queues = new Map<string, Promise<unknown>>();

  function folderOf(projectId: string): string {
    if (!isProjectId(projectId)) throw new UserError('errorBadRequest');
    return path.join(rootDir, projectId.toLowerCase());
  }

  async function backupIds(folder: string): Promise<string[]> {
    const names = await fs.readdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    // The ids are UTC times of fixed width, so text order is time order.
    return names.filter(isBackupId).sort().reverse();
  }

  async function infoOf(projectId: string, folder: string, id: string): Promise<BackupInfo> {
    const [stats, sidecar] = await Promise.all([
      fs.stat(path.join(folder, id)),
      fs.readFile(path.join(folder, sidecarOf(id)), 'utf8').catch(() => '{}'),
    ]);
    let title = '';
    try {
      const parsed: unknown = JSON.parse(sidecar);
      if (parsed && typeof parsed === 'object' && 'title' in parsed && typeof parsed.title === 'string') title = parsed.title;
    } catch {
      // A damaged sidecar only loses the title; the backup itself is still listed.
    }
    return { id, projectId, title, createdAt: dateFromId(id).toISOString(), size: stats.size };
  }

  async function prune(folder: string): Promise<void> {
    const ids = await backupIds(folder);
    for (const id of ids.slice(BACKUPS_KEPT)) {
      await fs.rm(path.join(folder, id), { force: true });
      await fs.rm(path.join(folder, sidecarOf(id)), { force: true });
    }
    // Leftovers of a write interrupted by a crash; no write is running (writes are serialised).
    for (const name of await fs.readdir(folder)) {
      if (TEMP_FILE.test(name)) await fs.rm(path.join(folder, name), { force: true });
    }
  }

  async function writeNow(projectId: string, title: string, bytes: Uint8Array): Promise<BackupInfo> {
    const folder = folderOf(projectId);
    try {
      await fs.mkdir(folder, { recursive: true });
      const newest = (await backupIds(folder))[0];
      // Never older than the newest backup, even if the clock went back: pruning keeps the
      // newest by name, and the backup just written must be one of them.
      let time = now().getTime();
      if (newest) time = Math.max(time, dateFromId(newest).getTime() + 1);
      const id = idFromDate(new Date(time));
      // The sidecar first, so a listed backup always has its title.
      await writeFileAtomic(path.join(folder, sidecarOf(id)), new TextEncoder().encode(JSON.stringify({ title })), fs);
      await writeFileAtomic(path.join(folder, id), bytes, fs);
      await prune(folder);
      return await infoOf(projectId, folder, id);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError('errorBackupNotWritten', {}, { cause: error });
    }
  }

  return {
    write({ projectId, title, bytes }) {
      const key = projectId.toLowerCase();
      const previous = queues.get(key) ?? Promise.resolve();
      const next = previous.catch(() => undefined).then(() => writeNow(projectId, title, bytes));
      queues.set(key, next);
      return next;
    },

    async list(projectId) {
      const folder = folderOf(projectId);
      const ids = await backupIds(folder);
      return Promise.all(ids.map((id) => infoOf(projectId, folder, id)));
    },

    async read(projectId, id) {
      const folder = folderOf(projectId);
      if (!isBackupId(id)) throw new UserError('errorBadRequest');
      try {
        return await fs.readFile(path.join(folder, id));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError('errorBackupNotFound', {}, { cause: error });
        throw error;
      }
    },
  };
}
