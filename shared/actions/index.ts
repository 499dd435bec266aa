/** How an action happens: its rule, its refusals, and the one pipeline every front end uses. */
export { Refusal } from './refusal';
export { ACTION_RULES } from './rules';
export type { ActionKind, ActionRule } from './rules';
export { describeRefusal } from './describe';
export { changedSince, undoChangeset, UndoError } from './undo';
export { action, advance, commit, commitAll, mayAct, refusalFor, refusalForChangeset } from './commit';
export type { Action, ActionContext, Actor, Committed } from './commit';
