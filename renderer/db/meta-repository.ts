import type { PilahDatabase } from './database';

/** App-wide settings kept in the `meta` table. */
export class MetaRepository {
  constructor(private readonly db: PilahDatabase) {}

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.db.meta.get(key))?.value as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.meta.put({ key, value });
  }
}
