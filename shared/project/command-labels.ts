/**
 * The i18n keys of undoable actions ("commands:applyCode"), typed from the strings file so
 * a caller of `perform(labelKey, …)` cannot name an action that has no label.
 */
import commands from '../i18n/strings/commands';

/** An action's key in the `commands` namespace (the `refused.*` sentences are not actions). */
export type CommandLabel = Exclude<keyof typeof commands.id, `refused.${string}`>;

export const COMMAND_LABELS = Object.fromEntries(
  Object.keys(commands.id)
    .filter((key) => !key.startsWith('refused.'))
    .map((key) => [key, `commands:${key}`]),
) as { readonly [K in CommandLabel]: `commands:${K}` };
