/**
 * The ONLY door from the renderer to Electron main (`window.pilah`). In a plain browser
 * (`npm run web`, the end-to-end tests) the bridge is absent and the same calls fall back
 * to browser means: a file input to pick, a download to save, IndexedDB for backups.
 */
import { OPEN_KINDS, type PickedFile, type PilahBridge } from '../../shared/ipc-contract';
import { getDatabase } from '../db/database';
import { BackupRepository } from '../db/backup-repository';
import { version } from '../../package.json';

declare global {
  interface Window {
    pilah?: PilahBridge;
  }
}

/** What the transcript pickers offer (PDFs and photos are documentation sources); .doc is accepted so its import can explain what to do. */
export const TRANSCRIPT_ACCEPT = '.docx,.txt,.pdf,.doc,.jpg,.jpeg,.png';

/** Reads a dropped or picked browser File into the bytes-and-name form main also sends. */
export async function readPickedFile(file: File): Promise<PickedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Opens the browser's file chooser; resolves with [] when the user cancels. */
function chooseFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}

function downloadBytes(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function browserBridge(): PilahBridge {
  const backups = () => new BackupRepository(getDatabase());
  return {
    async transcriptsPick() {
      const files = await chooseFiles(TRANSCRIPT_ACCEPT, true);
      return Promise.all(files.map(readPickedFile));
    },
    async projectOpenFile() {
      const [file] = await chooseFiles('.qdpx', false);
      return file ? readPickedFile(file) : null;
    },
    async projectSaveFile({ suggestedName, bytes }) {
      downloadBytes(suggestedName, bytes);
      return suggestedName;
    },
    async fileOpen({ kind }) {
      const [file] = await chooseFiles(OPEN_KINDS[kind].map((ext) => `.${ext}`).join(','), false);
      return file ? readPickedFile(file) : null;
    },
    async fileSave({ kind, suggestedName, bytes }) {
      const name = suggestedName.toLowerCase().endsWith(`.${kind}`) ? suggestedName : `${suggestedName}.${kind}`;
      downloadBytes(name, bytes);
      return name;
    },
    backupWrite: (input) => backups().write(input, new Date().toISOString()),
    backupList: ({ projectId }) => backups().list(projectId),
    backupRead: ({ projectId, id }) => backups().read(projectId, id),
    async appInfo() {
      return { version, platform: 'web', locale: navigator.language };
    },
    async appSetLocale() {
      // The browser has no native menus to translate.
    },
    // Team sync in the browser: the password is kept in the page's memory for the session
    // only (features/sync/connection.ts), never stored in clear.
    async syncSaveCredentials() {
      return false;
    },
    async syncLoadCredentials() {
      return null;
    },
    async syncForgetCredentials() {
      // Nothing stored.
    },
    onMenuCommand() {
      return () => undefined;
    },
  };
}

/** True inside the desktop app (backups go to the user's data folder, not IndexedDB). */
export const isDesktop = typeof window !== 'undefined' && window.pilah !== undefined;

export const api: PilahBridge = (typeof window !== 'undefined' && window.pilah) || browserBridge();
