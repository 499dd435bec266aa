import type { Changeset, ProjectState } from '../../shared/model/changeset';
import { TABLES, stateFromSnapshot } from '../../shared/model/changeset';
import { DEFAULT_VERDICT_SCALE } from '../../shared/model/defaults';
import type { Project, ProjectSnapshot } from '../../shared/model/types';
import type { PilahDatabase } from './database';

/** What the start screen lists for a project. */
export interface StoredProjectSummary {
  id: string;
  title: string;
  researcher: string;
  modifiedAt: string;
  documents: number;
  segments: number;
}

/** Raised when a project asked for is not in the database (deleted in another window …). */
export class ProjectNotFoundError extends Error {
  constructor(readonly projectId: string) {
    super(`Project ${projectId} not found`);
    this.name = 'ProjectNotFoundError';
  }
}

/**
 * Owns every read and write of projects. Each call is one IndexedDB transaction, so a user
 * action is stored completely or not at all.
 */
export class ProjectRepository {
  constructor(
    private readonly db: PilahDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private get entityTables() {
    return [this.db.projects, ...TABLES.map((table) => this.db[table])];
  }

  /** All projects, most recently modified first, with document and segment counts. */
  async listProjects(): Promise<StoredProjectSummary[]> {
    return this.db.transaction('r', [this.db.projects, this.db.documents, this.db.segments], async () => {
      const projects = await this.db.projects.orderBy('modifiedAt').reverse().toArray();
      return Promise.all(
        projects.map(async (p) => ({
          id: p.id,
          title: p.title,
          researcher: p.researcher,
          modifiedAt: p.modifiedAt,
          documents: await this.db.documents.where('projectId').equals(p.id).count(),
          segments: await this.db.segments.where('projectId').equals(p.id).count(),
        })),
      );
    });
  }

  /** Reads a whole project into memory. */
  async loadProject(id: string): Promise<ProjectState> {
    return stateFromSnapshot(await this.loadSnapshot(id));
  }

  /** Reads a whole project as plain arrays (for project files and backups). */
  async loadSnapshot(id: string): Promise<ProjectSnapshot> {
    return this.db.transaction('r', this.entityTables, async () => {
      const stored = await this.db.projects.get(id);
      if (!stored) throw new ProjectNotFoundError(id);
      const [codes, informants, documents, segments, coders, cellSummaries, triangulationNotes, conclusions, comments] =
        await Promise.all([
          this.db.codes.where('projectId').equals(id).toArray(),
          this.db.informants.where('projectId').equals(id).toArray(),
          this.db.documents.where('projectId').equals(id).toArray(),
          this.db.segments.where('projectId').equals(id).toArray(),
          this.db.coders.where('projectId').equals(id).toArray(),
          this.db.cellSummaries.where('projectId').equals(id).toArray(),
          this.db.triangulationNotes.where('projectId').equals(id).toArray(),
          this.db.conclusions.where('projectId').equals(id).toArray(),
          this.db.comments.where('projectId').equals(id).toArray(),
        ]);
      // Projects stored before schema v2 have no verdict scale yet.
      const project = { ...stored, settings: { ...stored.settings, verdictScale: stored.settings.verdictScale ?? [...DEFAULT_VERDICT_SCALE] } };
      return { project, codes, informants, documents, segments, coders, cellSummaries, triangulationNotes, conclusions, comments };
    });
  }

  /**
   * Stores a new or imported project in one transaction (it must not exist yet). Once `signal`
   * is aborted the transaction is abandoned between tables: nothing of the project is stored.
   */
  async saveSnapshot(snapshot: ProjectSnapshot, signal?: AbortSignal): Promise<void> {
    const projectId = snapshot.project.id;
    for (const table of TABLES) assertOwnedBy(projectId, snapshot[table]);
    await this.db.transaction('rw', this.entityTables, async () => {
      signal?.throwIfAborted();
      await this.db.projects.add(snapshot.project);
      for (const table of TABLES) {
        signal?.throwIfAborted();
        // Dexie's tables are typed per entity; the snapshot's arrays match them.
        await (this.db[table] as unknown as { bulkAdd(rows: unknown[]): Promise<unknown> }).bulkAdd(snapshot[table]);
      }
      signal?.throwIfAborted();
    });
  }

  /**
   * Writes one user action: every put and delete of the changeset plus the project patch, and
   * bumps the project's `modifiedAt` — all in one transaction, all or nothing.
   * Returns the new `modifiedAt`.
   */
  async applyChangeset(projectId: string, cs: Changeset): Promise<string> {
    for (const table of TABLES) assertOwnedBy(projectId, cs.put?.[table] ?? []);
    const modifiedAt = this.clock().toISOString();
    await this.db.transaction('rw', this.entityTables, async () => {
      const project = await this.db.projects.get(projectId);
      if (!project) throw new ProjectNotFoundError(projectId);
      const next: Project = { ...project, ...cs.project, id: projectId, modifiedAt };
      await this.db.projects.put(next);
      for (const table of TABLES) {
        const deletes = cs.delete?.[table] ?? [];
        const puts = cs.put?.[table] ?? [];
        // Dexie's tables are typed per entity; the changeset guarantees the row types match.
        const store = this.db[table] as unknown as {
          bulkDelete(keys: string[]): Promise<void>;
          bulkPut(rows: unknown[]): Promise<unknown>;
        };
        if (deletes.length) await store.bulkDelete(deletes);
        if (puts.length) await store.bulkPut(puts);
      }
    });
    return modifiedAt;
  }

  /** Deletes a project and everything in it (its browser backups too). */
  async deleteProject(id: string): Promise<void> {
    await this.db.transaction('rw', [...this.entityTables, this.db.backups], async () => {
      await this.db.projects.delete(id);
      for (const table of TABLES) await this.db[table].where('projectId').equals(id).delete();
      await this.db.backups.where('projectId').equals(id).delete();
    });
  }
}

/** Refuses rows of another project: a bug must not silently move data between projects. */
function assertOwnedBy(projectId: string, rows: ReadonlyArray<{ projectId: string }>): void {
  const stranger = rows.find((row) => row.projectId !== projectId);
  if (stranger) throw new Error(`Row belongs to project ${stranger.projectId}, not ${projectId}`);
}
