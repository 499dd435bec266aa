/**
 * The names of the actions a user can take, typed from the strings file: each one has an undo
 * label there ("commands:applyCode"), so no action can exist without one. Their rules are
 * declared in shared/actions/rules.ts.
 */
import type commands from '../i18n/strings/commands';

/** An action's key in the `commands` namespace (the `refused.*` sentences are not actions). */
export type CommandLabel = Exclude<keyof typeof commands.id, `refused.${string}`>;
