/**
 * What main's IPC adapter answers to every invoke, and what the preload unwraps.
 *
 * Errors travel as a plain message in the user's language rather than as a thrown Error:
 * Electron would otherwise prefix "Error invoking remote method …" and main's stack
 * would reach the renderer.
 */
export type IpcReply<T> = { ok: true; value: T } | { ok: false; message: string };

/** The one event channel main sends on (see `MainEvents` in the contract). */
export const MENU_COMMAND_EVENT = 'menu:command';
