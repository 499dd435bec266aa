import { create } from 'zustand';
import { getDatabase } from '../db/database';
import { ProjectRepository } from '../db/project-repository';
import { createProjectSlice } from './project-slice';
import type { ProjectStorage } from './storage';
import type { AppStore } from './types';
import { createUiSlice } from './ui-slice';
import { createWriterSlice } from './writer-slice';

/** Builds a store over the given storage (tests pass a repository on fake-indexeddb). */
export function createAppStore(storage: () => ProjectStorage) {
  return create<AppStore>()((...a) => ({
    ...createProjectSlice(storage)(...a),
    ...createUiSlice(...a),
    ...createWriterSlice(...a),
  }));
}

let repository: ProjectRepository | null = null;

/** The app's store. Components select the smallest piece they need: `useAppStore((s) => s.screen)`. */
export const useAppStore = createAppStore(() => (repository ??= new ProjectRepository(getDatabase())));

export type { AppStore, ProjectSlice, UiSlice, Screen, SaveStatus, ProjectSummary, ChangesetStoredListener } from './types';
export type { WriterSlice, ReadOnlyReason } from './writer-slice';
export type { ProjectStorage } from './storage';

/**
 * The renderer's one way to run a user action (every screen uses it): the store's `perform`,
 * which runs shared/'s `commit` inside the write queue. Resolves false when refused or not saved.
 */
export const act: AppStore['perform'] = (kind, build, shown) => useAppStore.getState().perform(kind, build, shown);
