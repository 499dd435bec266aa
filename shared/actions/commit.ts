/**
 * The one way an action happens, for every front end (the app's store, the command line, the
 * sample builder): build the changeset from the state it will be applied to, check read-only
 * and review mode, carry deletions through to the analysis that named them, stamp memo
 * authorship, and return the next state with the undoable command. Front ends only store `command.forward`
 * and show `next`; none of them applies a rule of its own.
 */
import { applyChangeset, isEmptyChangeset, makeCommand, type Changeset, type Command, type ProjectState } from '../model/changeset';
import { advanceDerivedData } from '../project/derived-data';
import { followReferences } from '../project/follow-references';
import { withMemoAuthor } from '../review/memo-author';
import { ReviewError } from '../review/errors';
import { ACTION_RULES, type ActionKind } from './rules';

/** Who acts, and when: what every changeset builder may record. */
export interface ActionContext {
  /** The coder who is working (null = the project's owner). */
  coderId: string | null;
  /** ISO time the action happens. */
  now: string;
}

/** Who acts, as the front end knows it. */
export interface Actor {
  coderId: string | null;
  /** True while a supervisor reviews: only actions whose rule allows it run. */
  reviewing: boolean;
  /**
   * True when the user may change nothing: a team-sync project opened by an observer, or by a
   * user the server's roles do not name (shared/sync `isReadOnlyIdentity`). Every action is
   * refused, whatever its rule; reading and exporting are not actions.
   */
  readOnly?: boolean;
  /**
   * True for a second coder of a team-sync project: only changes to their own codings are
   * kept (the server's rule, shared/sync validate-doc-update), whatever the action.
   */
  codingsOnly?: boolean;
}

/** One user action: what it is, and how its changeset is built from the project as it is then. */
export interface Action {
  kind: ActionKind;
  build(state: ProjectState, context: ActionContext): Changeset;
}

export interface Committed {
  next: ProjectState;
  command: Command;
}

/** An action of this kind with this builder (a small helper for readable call sites). */
export function action(kind: ActionKind, build: Action['build']): Action {
  return { kind, build };
}

/** Whether an action of this kind may run for this actor. */
export function mayAct(kind: ActionKind, actor: Actor): boolean {
  return refusalFor(kind, actor) === null;
}

/** Why this actor may not take an action of this kind (read-only, then review mode), or null. */
export function refusalFor(kind: ActionKind, actor: Actor): ReviewError | null {
  if (actor.readOnly) return new ReviewError('read-only');
  if (actor.reviewing && !ACTION_RULES[kind].inReview) return new ReviewError('review-mode');
  return null;
}

/**
 * Why this actor may not write this changeset, or null: a second coder of a team-sync project
 * writes only segments that are theirs before and after (what the server's rules accept), so
 * a change the server would refuse is refused here, in words, before anything is stored.
 */
export function refusalForChangeset(state: ProjectState, changeset: Changeset, actor: Actor): ReviewError | null {
  if (!actor.codingsOnly) return null;
  const refused = new ReviewError('codings-only');
  if (changeset.project) return refused;
  const mine = (coderId: string | null | undefined) => coderId === actor.coderId;
  for (const [table, rows] of Object.entries(changeset.put ?? {})) {
    if (!rows?.length) continue;
    if (table !== 'segments') return refused;
    for (const row of rows as { id: string; coderId: string | null }[]) {
      const old = state.segments[row.id];
      if (!mine(row.coderId) || (old && !mine(old.coderId))) return refused;
    }
  }
  for (const [table, ids] of Object.entries(changeset.delete ?? {})) {
    if (!ids?.length) continue;
    if (table !== 'segments') return refused;
    for (const id of ids) if (state.segments[id] && !mine(state.segments[id].coderId)) return refused;
  }
  return null;
}

/**
 * Runs an action against `state`. Throws a Refusal (nothing changed) when a rule refuses it;
 * returns null when it changes nothing (nothing to store, nothing to undo).
 */
export function commit(state: ProjectState, act: Action, actor: Actor, now: string = new Date().toISOString()): Committed | null {
  const refused = refusalFor(act.kind, actor);
  if (refused) throw refused;
  const built = act.build(state, { coderId: actor.coderId, now });
  // Deleting a code, informant or segment also updates the analysis that named it; a memo
  // written records who wrote it, from whichever screen.
  const forward = withMemoAuthor(state, followReferences(state, built, now), actor.coderId, now);
  if (isEmptyChangeset(forward)) return null;
  const beyond = refusalForChangeset(state, forward, actor);
  if (beyond) throw beyond;
  return { next: advance(state, forward), command: makeCommand(state, `commands:${act.kind}`, forward) };
}

/**
 * Applies an already-committed changeset (undo, redo, or another writer's change) and keeps
 * the derived data (segment index, code counts) in step, as `commit` does.
 */
export function advance(state: ProjectState, changeset: Changeset): ProjectState {
  const next = applyChangeset(state, changeset);
  // Carries segment index and code counts over, so the next action in a project with tens of
  // thousands of codings does not re-read every segment.
  advanceDerivedData(state, changeset, next);
  return next;
}

/** Runs several actions one after another as the owner (command line, sample builder). */
export function commitAll(state: ProjectState, actions: Action[], now?: string): ProjectState {
  const owner: Actor = { coderId: null, reviewing: false };
  let current = state;
  for (const act of actions) current = commit(current, act, owner, now)?.next ?? current;
  return current;
}
