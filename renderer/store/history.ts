import type { Command } from '../../shared/model/changeset';

/** How many actions can be undone; older ones are forgotten. */
export const HISTORY_LIMIT = 500;

/** The undo and redo stacks of the open project, newest last. Plain data, never mutated. */
export interface History {
  past: Command[];
  future: Command[];
}

export const emptyHistory: History = { past: [], future: [] };

/** A new action: it becomes undoable and makes the redo stack meaningless. */
export function recordCommand(history: History, command: Command): History {
  const past = [...history.past, command];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export function afterUndo(history: History): History {
  const command = history.past.at(-1);
  if (!command) return history;
  return { past: history.past.slice(0, -1), future: [...history.future, command] };
}

export function afterRedo(history: History): History {
  const command = history.future.at(-1);
  if (!command) return history;
  return { past: [...history.past, command], future: history.future.slice(0, -1) };
}

export function labelKeys(history: History): { undoLabelKey: string | null; redoLabelKey: string | null } {
  return {
    undoLabelKey: history.past.at(-1)?.labelKey ?? null,
    redoLabelKey: history.future.at(-1)?.labelKey ?? null,
  };
}
