/**
 * The IndexedDB schema, declared version by version. A version, once released, is never
 * edited: a change is a new version with its own `.upgrade()` migration, kept forever so
 * that a student who skipped releases still gets every step. For example, a v2 that adds a
 * compound index and fills a new field would be:
 *
 *   db.version(2)
 *     .stores({ segments: 'id, projectId, documentId, *codeIds, [documentId+start]' })
 *     .upgrade((tx) => tx.table('segments').toCollection().modify((s) => { s.coderId ??= null; }));
 *
 * Only the tables that change need to be listed in the new version; Dexie carries the rest.
 */
import type { Dexie } from 'dexie';

export const DATABASE_NAME = 'pilah';

export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
  {
    version: 1,
    stores: {
      projects: 'id, modifiedAt',
      codes: 'id, projectId',
      informants: 'id, projectId',
      documents: 'id, projectId',
      segments: 'id, projectId, documentId, *codeIds',
      // Automatic backups for the browser build; the desktop app keeps them as files.
      backups: '++key, projectId, createdAt',
      meta: 'key',
    },
  },
  {
    // Issue 3 and 4: the analysis (reduction summaries, triangulation, conclusions) and the
    // review (coders, comments). New tables only, so existing rows need no upgrade; projects
    // made before simply have none, and their settings gain the default verdict scale on load.
    version: 2,
    stores: {
      coders: 'id, projectId',
      cellSummaries: 'id, projectId, [codeId+informantId]',
      triangulationNotes: 'id, projectId, codeId',
      conclusions: 'id, projectId, codeId',
      comments: 'id, projectId, parentId',
    },
  },
];

/** Declares every schema version on a database instance, oldest first. */
export function declareSchema(db: Dexie): void {
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
}
