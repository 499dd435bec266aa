import type { Changeset, ProjectState } from '../../shared/model/changeset';
import type { ProjectSnapshot } from '../../shared/model/types';
import type { StoredProjectSummary } from '../db/project-repository';

/** What the store needs from storage: the project repository's public face (tests pass fakes). */
export interface ProjectStorage {
  listProjects(): Promise<StoredProjectSummary[]>;
  loadProject(id: string): Promise<ProjectState>;
  /** Stores a whole project in one transaction; once `signal` is aborted, nothing of it is stored. */
  saveSnapshot(snapshot: ProjectSnapshot, signal?: AbortSignal): Promise<void>;
  applyChangeset(projectId: string, cs: Changeset): Promise<string>;
  deleteProject(id: string): Promise<void>;
}
