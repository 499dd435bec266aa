/**
 * Undo and redo next to other writers (team sync): an undo writes back rows as they were
 * before an action, so when one of those rows changed since the action (a collaborator's edit
 * arrived from the server), writing it would silently overwrite their work. The rule: an undo
 * (or redo) runs only while every row it writes is still exactly as the action (or the undo)
 * left it; otherwise it is refused with one sentence and nothing is written. Undos of rows no
 * one else touched keep working. Shared by every front end that keeps an undo history.
 */
import { TABLES, type Changeset, type Command, type ProjectState } from '../model/changeset';
import { Refusal } from './refusal';

export const UNDO_ERROR_CODES = [
  /** A row the undo or redo would write was changed by someone else since the action. */
  'changed-since',
] as const;

export type UndoErrorCode = (typeof UNDO_ERROR_CODES)[number];

export class UndoError extends Refusal<UndoErrorCode> {
  protected readonly messagePrefix = 'commands:refused';
  override readonly name = 'UndoError';
}

/** Deep equality of plain row data; a field holding `undefined` counts as absent. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || a.length !== b.length) return false;
    return a.every((byte, i) => byte === b[i]);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined);
  const ka = keys(ra);
  if (ka.length !== keys(rb).length) return false;
  return ka.every((k) => sameValue(ra[k], rb[k]));
}

/** A row (`<table>:<id>`, or `project:<field>`) that no longer is as `applied` left it. */
export function changedSince(state: ProjectState, applied: Changeset): string[] {
  const changed: string[] = [];
  const project = state.project as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(applied.project ?? {})) {
    if (!sameValue(project[key], value)) changed.push(`project:${key}`);
  }
  for (const table of TABLES) {
    const rows = state[table] as Record<string, { id: string }>;
    for (const row of applied.put?.[table] ?? []) {
      if (!sameValue(rows[row.id], row)) changed.push(`${table}:${row.id}`);
    }
    for (const id of applied.delete?.[table] ?? []) {
      if (rows[id] !== undefined) changed.push(`${table}:${id}`);
    }
  }
  return changed;
}

/**
 * The changeset an undo (or redo) of `command` writes, after checking that what it overwrites
 * is still what the command (or its undo) left. Throws an UndoError (nothing changed) when
 * another writer changed one of those rows in between.
 */
export function undoChangeset(state: ProjectState, command: Command, direction: 'undo' | 'redo'): Changeset {
  const [left, write] = direction === 'undo' ? [command.forward, command.backward] : [command.backward, command.forward];
  const changed = changedSince(state, left);
  if (changed.length > 0) throw new UndoError('changed-since', { count: changed.length });
  return write;
}
