/**
 * The i18n keys of undoable actions ("commands:applyCode"), typed from the strings file so
 * a caller of `perform(labelKey, …)` cannot name an action that has no label.
 */
import commands from '../i18n/strings/commands';

export type CommandLabel = keyof typeof commands.id;

export const COMMAND_LABELS = Object.fromEntries(
  Object.keys(commands.id).map((key) => [key, `commands:${key}`]),
) as { readonly [K in CommandLabel]: `commands:${K}` };
