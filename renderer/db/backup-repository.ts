import type { BackupInfo } from '../../shared/ipc-contract';
import type { PilahDatabase, StoredBackup } from './database';

/** How many automatic backups are kept per project, as the desktop app keeps on disk. */
export const BACKUPS_KEPT = 10;

/** Automatic backups in IndexedDB, for the browser build (the desktop app keeps files). */
export class BackupRepository {
  constructor(private readonly db: PilahDatabase) {}

  /** Stores a backup and drops the oldest beyond the newest ten, in one transaction. */
  async write(input: { projectId: string; title: string; bytes: Uint8Array }, createdAt: string): Promise<BackupInfo> {
    return this.db.transaction('rw', this.db.backups, async () => {
      const row: StoredBackup = { ...input, createdAt, size: input.bytes.byteLength };
      const key = await this.db.backups.add(row);
      const all = await this.oldestFirst(input.projectId);
      const surplus = all.length - BACKUPS_KEPT;
      if (surplus > 0) await this.db.backups.bulkDelete(all.slice(0, surplus).map((b) => b.key!));
      return toInfo({ ...row, key });
    });
  }

  /** A project's backups, newest first. */
  async list(projectId: string): Promise<BackupInfo[]> {
    return (await this.oldestFirst(projectId)).reverse().map(toInfo);
  }

  // By key, not time: two backups in the same millisecond still keep their order.
  private async oldestFirst(projectId: string): Promise<StoredBackup[]> {
    const rows = await this.db.backups.where('projectId').equals(projectId).toArray();
    return rows.sort((a, b) => (a.key ?? 0) - (b.key ?? 0));
  }

  async read(projectId: string, id: string): Promise<Uint8Array> {
    const row = await this.db.backups.get(Number(id));
    if (!row || row.projectId !== projectId) throw new Error(`Backup ${id} not found`);
    return row.bytes;
  }
}

function toInfo(row: StoredBackup): BackupInfo {
  return { id: String(row.key), projectId: row.projectId, title: row.title, createdAt: row.createdAt, size: row.size };
}
