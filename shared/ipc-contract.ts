/**
 * The one contract between the renderer and Electron main. Channel names are `domain:verb`.
 * Only bytes and plain data cross it; main never takes a file path from the renderer —
 * paths come from main's own dialogs.
 *
 * Main's handlers, the preload bridge (`window.pilah`) and the renderer's `lib/api.ts`
 * all derive their types from this map.
 */
import type { Locale } from './model/types';

/** A file the user picked in one of main's dialogs. */
export interface PickedFile {
  /** File name only (no folders), for titles and messages. */
  name: string;
  bytes: Uint8Array;
}

export interface BackupInfo {
  /** Opaque id (the backup's file name). */
  id: string;
  projectId: string;
  title: string;
  /** ISO date-time the backup was written. */
  createdAt: string;
  size: number;
}

/** What "open a file" dialogs offer, by purpose; the extensions each accepts. */
export const OPEN_KINDS = {
  /** A project file (ours or another tool's). */
  project: ['qdpx'],
  /** A codebook to add to the open project. */
  codebook: ['qdc', 'csv', 'xlsx'],
  /** A format profile for the Word output (a .json file a supervisor handed out). */
  formatProfile: ['json'],
} as const satisfies Record<string, readonly string[]>;
export type OpenKind = keyof typeof OPEN_KINDS;

/** The kinds of file the app writes through a save dialog (the extension without the dot). */
export const SAVE_KINDS = ['qdpx', 'qdc', 'docx', 'xlsx', 'csv', 'json', 'png', 'svg'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

export interface IpcContract {
  /** Shows an open dialog for transcripts (.docx, .txt); returns the files read, or [] when cancelled. */
  'transcripts:pick': { args: []; result: PickedFile[] };
  /** Shows an open dialog for a project file (.qdpx); null when cancelled. */
  'project:open-file': { args: []; result: PickedFile | null };
  /** Shows a save dialog and writes the bytes; returns the file name written, or null when cancelled. */
  'project:save-file': { args: [{ suggestedName: string; bytes: Uint8Array }]; result: string | null };
  /** Shows an open dialog for one file of a kind (a project file, a codebook …); null when cancelled. */
  'file:open': { args: [{ kind: OpenKind }]; result: PickedFile | null };
  /**
   * Shows a save dialog for an export (Word appendix, spreadsheet, codebook, project file, format profile) and
   * writes the bytes; the file gets the kind's extension. Returns the file name, or null when cancelled.
   */
  'file:save': { args: [{ kind: SaveKind; suggestedName: string; bytes: Uint8Array }]; result: string | null };
  /** Writes an automatic backup of a project; keeps the newest 10 per project. */
  'backup:write': { args: [{ projectId: string; title: string; bytes: Uint8Array }]; result: BackupInfo };
  /** Lists a project's backups, newest first. */
  'backup:list': { args: [{ projectId: string }]; result: BackupInfo[] };
  /** Reads one backup's bytes. */
  'backup:read': { args: [{ projectId: string; id: string }]; result: Uint8Array };
  /** App facts the renderer shows (version, platform, the OS language). */
  'app:info': { args: []; result: { version: string; platform: string; locale: string } };
  /**
   * Tells main the language the user chose, so its menus, dialog titles and error
   * messages follow the renderer's language switch.
   */
  'app:set-locale': { args: [{ locale: Locale }]; result: void };
  /**
   * Team sync: stores a project's server connection, the password encrypted with the OS's
   * protection (Electron's safeStorage), never in the project file. False when the OS offers no
   * encryption: then nothing is stored and the renderer keeps it for the session only.
   */
  'sync:save-credentials': { args: [SyncCredentials]; result: boolean };
  /** Team sync: the stored connection of a project, or null. */
  'sync:load-credentials': { args: [{ projectId: string }]; result: SyncCredentials | null };
  /** Team sync: forgets a project's stored connection. */
  'sync:forget-credentials': { args: [{ projectId: string }]; result: void };
}

/** A project's connection to its CouchDB database (`url` is `<server>/<database>`). */
export interface SyncCredentials {
  projectId: string;
  url: string;
  username: string;
  password: string;
}

export type Channel = keyof IpcContract;
export type ArgsOf<C extends Channel> = IpcContract[C]['args'];
export type ResultOf<C extends Channel> = IpcContract[C]['result'];

/** Events main sends to the renderer (menu commands). */
export interface MainEvents {
  /** A menu item was chosen; the renderer runs the matching command. */
  'menu:command': { command: MenuCommand };
}
export type MenuCommand =
  | 'project:new'
  | 'project:open-file'
  | 'project:save-file'
  | 'transcripts:import'
  /** Team sync: the "Hubungkan ke server" dialog (with no project open: open one from a server). */
  | 'sync:connect'
  | 'edit:undo'
  | 'edit:redo'
  | 'view:language-id'
  | 'view:language-en';

/** The bridge the preload exposes as `window.pilah`: one function per channel, nothing else. */
export type PilahBridge = {
  [C in Channel as CamelCase<C>]: (...args: ArgsOf<C>) => Promise<ResultOf<C>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** 'transcripts:pick' → 'transcriptsPick', 'project:open-file' → 'projectOpenFile'. */
export type CamelCase<S extends string> = S extends `${infer A}:${infer B}`
  ? `${A}${Capitalize<CamelCase<B>>}`
  : S extends `${infer A}-${infer B}`
    ? `${A}${Capitalize<CamelCase<B>>}`
    : S;

/** One entry per channel; the `satisfies` makes the type check fail when a channel is missing. */
const CHANNEL_SET = {
  'transcripts:pick': true,
  'project:open-file': true,
  'project:save-file': true,
  'file:open': true,
  'file:save': true,
  'backup:write': true,
  'backup:list': true,
  'backup:read': true,
  'app:info': true,
  'app:set-locale': true,
  'sync:save-credentials': true,
  'sync:load-credentials': true,
  'sync:forget-credentials': true,
} as const satisfies Record<Channel, true>;

/** Every channel of the contract, for the preload and main's adapter. */
export const CHANNELS: readonly Channel[] = Object.keys(CHANNEL_SET) as Channel[];

/** Runtime form of CamelCase, for the preload and adapters. */
export function bridgeName(channel: Channel): string {
  return channel.replace(/[:-](\w)/g, (_, c: string) => c.toUpperCase());
}
