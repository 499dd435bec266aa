/**
 * Every change a user makes to a project is a Changeset: records to put and ids to delete,
 * per table, plus fields of the project itself. The same changeset is written to the
 * database in one transaction and applied to the in-memory state, and undo is simply
 * the inverse changeset, computed from the state before the change.
 */
import type { EntityTables, Project, ProjectSnapshot, TableName } from './types';

export const TABLES: readonly TableName[] = [
  'codes',
  'informants',
  'documents',
  'segments',
  'coders',
  'cellSummaries',
  'triangulationNotes',
  'conclusions',
  'comments',
];

export type ProjectPatch = Partial<Omit<Project, 'id' | 'createdAt'>>;

export interface Changeset {
  project?: ProjectPatch;
  put?: { [K in TableName]?: EntityTables[K][] };
  delete?: { [K in TableName]?: string[] };
}

/** A project held in memory, each table indexed by id. */
export type ProjectState = { project: Project } & { [K in TableName]: Record<string, EntityTables[K]> };

/** An undoable user action: a labelled pair of changesets. */
export interface Command {
  /** i18n key naming the action, shown as "Undo <label>". */
  labelKey: string;
  forward: Changeset;
  backward: Changeset;
}

export function stateFromSnapshot(snapshot: ProjectSnapshot): ProjectState {
  const byId = <T extends { id: string }>(rows: T[]): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const row of rows) out[row.id] = row;
    return out;
  };
  return {
    project: snapshot.project,
    codes: byId(snapshot.codes),
    informants: byId(snapshot.informants),
    documents: byId(snapshot.documents),
    segments: byId(snapshot.segments),
    coders: byId(snapshot.coders),
    cellSummaries: byId(snapshot.cellSummaries),
    triangulationNotes: byId(snapshot.triangulationNotes),
    conclusions: byId(snapshot.conclusions),
    comments: byId(snapshot.comments),
  };
}

export function snapshotFromState(state: ProjectState): ProjectSnapshot {
  return {
    project: state.project,
    codes: Object.values(state.codes),
    informants: Object.values(state.informants),
    documents: Object.values(state.documents),
    segments: Object.values(state.segments),
    coders: Object.values(state.coders),
    cellSummaries: Object.values(state.cellSummaries),
    triangulationNotes: Object.values(state.triangulationNotes),
    conclusions: Object.values(state.conclusions),
    comments: Object.values(state.comments),
  };
}

export function isEmptyChangeset(cs: Changeset): boolean {
  if (cs.project && Object.keys(cs.project).length > 0) return false;
  return TABLES.every((t) => !cs.put?.[t]?.length && !cs.delete?.[t]?.length);
}

/**
 * Copies of large tables made ahead of the next action (prepareTableCopies), by the table they
 * copy; each is used once. Tables are never mutated, so a copy stays equal to its table.
 */
const spareCopies = new WeakMap<object, Record<string, { id: string }>>();

/** Tables at least this long are copied ahead: copying 50,000 segments takes tens of milliseconds. */
export const COPY_AHEAD_ROWS = 5_000;

/**
 * Copies the large tables of `state` now, while nobody waits (the app calls it when idle after
 * each action), so that the next action on them takes the copy instead of copying on the way
 * from the key press to the screen. Cheap when the copies are already made.
 */
export function prepareTableCopies(state: ProjectState): void {
  for (const table of TABLES) {
    const rows = state[table];
    if (spareCopies.has(rows)) continue;
    let count = 0;
    for (const _ in rows) if (++count >= COPY_AHEAD_ROWS) break;
    if (count >= COPY_AHEAD_ROWS) spareCopies.set(rows, { ...rows });
  }
}

/** Applies a changeset, returning a new state; only the tables it touches are copied. */
export function applyChangeset(state: ProjectState, cs: Changeset): ProjectState {
  const next: ProjectState = { ...state };
  if (cs.project) next.project = { ...state.project, ...cs.project };
  for (const table of TABLES) {
    const puts = cs.put?.[table] ?? [];
    const deletes = cs.delete?.[table] ?? [];
    if (puts.length === 0 && deletes.length === 0) continue;
    const spare = spareCopies.get(state[table]);
    if (spare) spareCopies.delete(state[table]);
    const rows: Record<string, { id: string }> = spare ?? { ...state[table] };
    for (const id of deletes) delete rows[id];
    for (const row of puts) rows[row.id] = row;
    (next as unknown as Record<TableName, unknown>)[table] = rows;
  }
  return next;
}

/** The changeset that undoes `cs` when applied to the state `cs` produced from `before`. */
export function invertChangeset(before: ProjectState, cs: Changeset): Changeset {
  const inverse: Changeset = { put: {}, delete: {} };
  if (cs.project) {
    const old: Record<string, unknown> = {};
    for (const key of Object.keys(cs.project)) old[key] = (before.project as unknown as Record<string, unknown>)[key];
    inverse.project = old as ProjectPatch;
  }
  for (const table of TABLES) {
    const current = before[table] as Record<string, { id: string }>;
    const restore = new Map<string, { id: string }>();
    const remove = new Set<string>();
    for (const id of cs.delete?.[table] ?? []) {
      const old = current[id];
      if (old) restore.set(id, old);
    }
    for (const row of cs.put?.[table] ?? []) {
      const old = current[row.id];
      if (old) restore.set(row.id, old);
      else remove.add(row.id);
    }
    if (restore.size) (inverse.put as Record<string, unknown[]>)[table] = [...restore.values()];
    if (remove.size) (inverse.delete as Record<string, string[]>)[table] = [...remove];
  }
  return inverse;
}

export function makeCommand(before: ProjectState, labelKey: string, forward: Changeset): Command {
  return { labelKey, forward, backward: invertChangeset(before, forward) };
}
