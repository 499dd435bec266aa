import path from 'node:path';
import { OPEN_KINDS, type ArgsOf, type Channel, type OpenKind, type PickedFile, type ResultOf, type SaveKind } from '../../../shared/ipc-contract';
import type { Locale } from '../../../shared/model/types';
import { translate } from '../../../shared/i18n';
import { transcriptSizeLimit } from '../../../shared/import/errors';
import type { BackupStore } from '../backups';
import type { CredentialStore } from '../sync-credentials';
import { suggestedFileName, withExtension } from '../file-names';
import { MAX_FILE_BYTES, type FilePort } from '../files';
import { UserError, type AppStringKey } from '../user-error';

export interface FileFilter {
  name: string;
  /** Without the dot; `*` for all files. */
  extensions: string[];
}

/** Main's dialogs, as the handlers need them (Electron's `dialog` in the app, fakes in tests). */
export interface DialogPort {
  /** The chosen paths, or [] when the user cancelled. */
  pickFiles(request: { title: string; buttonLabel: string; filters: FileFilter[]; multiple: boolean }): Promise<string[]>;
  /** The chosen path, or null when the user cancelled. */
  pickSavePath(request: { title: string; buttonLabel: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Asks whether to replace an existing file; true only when the user chose to replace it. */
  confirmReplace(request: { message: string; detail: string; replaceLabel: string; cancelLabel: string }): Promise<boolean>;
}

/** The user's chosen language as main knows it; setting it also refreshes the menu. */
export interface LanguageState {
  get(): Locale;
  set(locale: Locale): void;
}

export interface HandlerDeps {
  dialog: DialogPort;
  files: FilePort;
  backups: BackupStore;
  app: { version: string; platform: string; locale: string };
  language: LanguageState;
  /** Team sync credentials, encrypted with the OS's protection (sync-credentials.ts). */
  credentials: CredentialStore;
  /** Defaults to {@link MAX_FILE_BYTES}; tests pass a small limit. */
  maxFileBytes?: number;
}

/** One function per channel of the contract, typed from it. */
export type Handlers = { [C in Channel]: (...args: ArgsOf<C>) => Promise<ResultOf<C>> };

const PROJECT_EXTENSION = '.qdpx';
const OPEN_FILTER_NAMES: Record<OpenKind, AppStringKey> = { project: 'filterProjects', codebook: 'filterCodebooks', formatProfile: 'filterFormatProfile' };
const SAVE_FILTER_NAMES: Record<SaveKind, AppStringKey> = {
  qdpx: 'filterProjects',
  qdc: 'filterCodebookQdc',
  docx: 'filterWord',
  xlsx: 'filterSpreadsheet',
  csv: 'filterCsv',
  json: 'filterFormatProfile',
  png: 'filterPng',
  svg: 'filterSvg',
};
const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * The IPC handlers as plain functions over their dependencies, so they can be tested without
 * Electron. `register.ts` validates the arguments before any of these run.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const maxBytes = deps.maxFileBytes ?? MAX_FILE_BYTES;
  const text = (key: AppStringKey) => translate(deps.language.get(), `app:${key}`);
  const filter = (key: AppStringKey, extensions: string[]): FileFilter => ({ name: text(key), extensions });
  const projectFilters = () => [filter('filterProjects', ['qdpx'])];

  /** Reads one picked file, refusing one over `limit` before loading it. */
  async function readPicked(filePath: string, limit = maxBytes): Promise<PickedFile> {
    const name = path.basename(filePath);
    let bytes: Uint8Array;
    try {
      const size = await deps.files.size(filePath);
      if (size > limit) throw tooLarge(name, size, limit);
      bytes = await deps.files.read(filePath);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError('errorFileUnreadable', { name }, { cause: error });
    }
    // The file may have grown between the size check and the read.
    if (bytes.byteLength > limit) throw tooLarge(name, bytes.byteLength, limit);
    return { name, bytes };
  }

  /** True when a file is at `filePath` (anything that can be sized). */
  async function existsAt(filePath: string): Promise<boolean> {
    try {
      await deps.files.size(filePath);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Writes the bytes where the user chose, with the extension; returns the file name, or null
   * when the user declined to replace a file.
   */
  async function writeChosen(chosen: string, extension: string, bytes: Uint8Array): Promise<string | null> {
    // Linux dialogs do not add the extension; without it the file would not show up in "Open".
    const filePath = withExtension(chosen, extension);
    const name = path.basename(filePath);
    // The dialog asked about replacing the name as typed; the name with the extension is another file.
    if (filePath !== chosen && (await existsAt(filePath))) {
      const values = { name, extension, folder: path.dirname(filePath) };
      const replace = await deps.dialog.confirmReplace({
        message: translate(deps.language.get(), 'app:dialogReplaceMessage', values),
        detail: translate(deps.language.get(), 'app:dialogReplaceDetail', values),
        replaceLabel: text('dialogReplaceButton'),
        cancelLabel: text('dialogCancelButton'),
      });
      if (!replace) return null;
    }
    try {
      await deps.files.writeAtomic(filePath, bytes);
    } catch (error) {
      throw new UserError('errorFileNotWritten', { name }, { cause: error });
    }
    return name;
  }

  function tooLarge(name: string, size: number, limit: number): UserError {
    return new UserError('errorFileTooLarge', { name, size: megabytes(size), limit: megabytes(limit) });
  }

  return {
    async 'transcripts:pick'() {
      const paths = await deps.dialog.pickFiles({
        title: text('dialogImportTranscriptsTitle'),
        buttonLabel: text('dialogImportButton'),
        // "All files" lets a student pick a legacy .doc and hear from the importer why it cannot be read.
        filters: [filter('filterTranscripts', ['docx', 'txt', 'pdf', 'jpg', 'jpeg', 'png']), filter('filterAllFiles', ['*'])],
        multiple: true,
      });
      const picked: PickedFile[] = [];
      // One after another: reading many large files at once would hold them all in memory twice.
      // A transcript's own limit (20 MB for .txt) applies before it is read, not after.
      for (const filePath of paths) picked.push(await readPicked(filePath, Math.min(maxBytes, transcriptSizeLimit(filePath))));
      return picked;
    },

    async 'project:open-file'() {
      const [filePath] = await deps.dialog.pickFiles({
        title: text('dialogOpenProjectTitle'),
        buttonLabel: text('dialogOpenButton'),
        filters: projectFilters(),
        multiple: false,
      });
      return filePath === undefined ? null : readPicked(filePath);
    },

    async 'project:save-file'({ suggestedName, bytes }) {
      const chosen = await deps.dialog.pickSavePath({
        title: text('dialogSaveProjectTitle'),
        buttonLabel: text('dialogSaveButton'),
        defaultName: suggestedFileName(suggestedName, PROJECT_EXTENSION, text('title')),
        filters: projectFilters(),
      });
      return chosen === null ? null : writeChosen(chosen, PROJECT_EXTENSION, bytes);
    },

    async 'file:open'({ kind }) {
      const [filePath] = await deps.dialog.pickFiles({
        title: text('dialogOpenFileTitle'),
        buttonLabel: text('dialogOpenButton'),
        filters: [filter(OPEN_FILTER_NAMES[kind], [...OPEN_KINDS[kind]])],
        multiple: false,
      });
      return filePath === undefined ? null : readPicked(filePath);
    },

    async 'file:save'({ kind, suggestedName, bytes }) {
      const extension = `.${kind}`;
      const chosen = await deps.dialog.pickSavePath({
        title: text('dialogExportTitle'),
        buttonLabel: text('dialogSaveButton'),
        defaultName: suggestedFileName(suggestedName, extension, text('title')),
        filters: [filter(SAVE_FILTER_NAMES[kind], [kind])],
      });
      return chosen === null ? null : writeChosen(chosen, extension, bytes);
    },

    'backup:write': async (backup) => deps.backups.write(backup),
    'backup:list': async ({ projectId }) => deps.backups.list(projectId),
    'backup:read': async ({ projectId, id }) => deps.backups.read(projectId, id),

    'app:info': async () => ({ ...deps.app }),

    async 'app:set-locale'({ locale }) {
      deps.language.set(locale);
    },

    'sync:save-credentials': async (credentials) => deps.credentials.save(credentials),
    'sync:load-credentials': async ({ projectId }) => deps.credentials.load(projectId),
    'sync:forget-credentials': async ({ projectId }) => deps.credentials.forget(projectId),
  };
}
