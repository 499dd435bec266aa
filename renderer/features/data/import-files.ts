/**
 * Importing several transcript files at once: each file is read on its own, so one bad
 * file is reported and skipped while the others go in — all of them in ONE changeset,
 * so a single undo takes the whole import back.
 */
import type { PickedFile } from '../../../shared/ipc-contract';
import { checkTranscriptSize, describeImportError, describeTranscriptNotice, importTranscript } from '../../../shared/import';
import { checkPictureSize, describePictureError, isPictureFileName, readPicture, type ImportedPicture } from '../../../shared/import/picture';
import { applyChangeset, type Changeset, type ProjectState } from '../../../shared/model/changeset';
import type { ImportedTranscript, Locale } from '../../../shared/model/types';
import { addImportedPictures, addImportedTranscripts } from '../../../shared/project';

export type FileImportStatus = 'waiting' | 'importing' | 'done' | 'error';

export interface FileImportResult {
  name: string;
  status: FileImportStatus;
  /** For an error: one sentence the student understands (which file, what is wrong). */
  message?: string;
  /** For a file imported with something to check (read as Windows-1252): one sentence. */
  notice?: string;
}

/** A dropped or chosen browser file not read yet: its size is checked before `read` runs. */
export interface UnreadFile {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

/** A browser File as an UnreadFile, so a huge one is refused by its size without being loaded. */
export const unreadFile = (file: File): UnreadFile => ({ name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) });

export interface ReadOptions {
  locale: Locale;
  /** Called as each file starts and ends, for the progress list. */
  onProgress?(index: number, result: FileImportResult): void;
}

/**
 * Reads and normalises each file; failures become messages, never partial documents. Photos
 * (.jpg, .jpeg, .png by name; JPG or PNG by content) are read as photos, the rest as transcripts.
 */
export async function readTranscripts(
  files: readonly (PickedFile | UnreadFile)[],
  { locale, onProgress }: ReadOptions,
): Promise<{ imported: ImportedTranscript[]; pictures: ImportedPicture[]; results: FileImportResult[] }> {
  const imported: ImportedTranscript[] = [];
  const pictures: ImportedPicture[] = [];
  const results: FileImportResult[] = files.map((f) => ({ name: f.name, status: 'waiting' }));
  for (const [index, file] of files.entries()) {
    onProgress?.(index, (results[index] = { name: file.name, status: 'importing' }));
    if (isPictureFileName(file.name)) {
      try {
        if ('size' in file) checkPictureSize(file.name, file.size);
        pictures.push(readPicture({ name: file.name, bytes: 'bytes' in file ? file.bytes : await file.read() }));
        results[index] = { name: file.name, status: 'done' };
      } catch (err) {
        results[index] = { name: file.name, status: 'error', message: describePictureError(err, locale, file.name) };
      }
      onProgress?.(index, results[index]!);
      continue;
    }
    try {
      if ('size' in file) checkTranscriptSize(file.name, file.size);
      const transcript = await importTranscript({ name: file.name, bytes: 'bytes' in file ? file.bytes : await file.read() });
      imported.push(transcript);
      const notice = (transcript.notices ?? []).map((n) => describeTranscriptNotice(n, locale, file.name)).join(' ');
      results[index] = notice ? { name: file.name, status: 'done', notice } : { name: file.name, status: 'done' };
    } catch (err) {
      results[index] = { name: file.name, status: 'error', message: describeImportError(err, locale, file.name) };
    }
    onProgress?.(index, results[index]!);
  }
  return { imported, pictures, results };
}

/** The changeset that adds every successfully read transcript, then every photo (null when none succeeded). */
export function importChangeset(state: ProjectState, imported: readonly ImportedTranscript[], now?: string, pictures: readonly ImportedPicture[] = []): Changeset | null {
  if (imported.length === 0 && pictures.length === 0) return null;
  const transcripts = imported.length > 0 ? addImportedTranscripts(state, [...imported], now).changeset : {};
  if (pictures.length === 0) return transcripts;
  // The photos follow the transcripts in the documents' order: they are numbered on the state with the transcripts in.
  const photos = addImportedPictures(applyChangeset(state, transcripts), pictures, now).changeset;
  return { put: { ...transcripts.put, documents: [...(transcripts.put?.documents ?? []), ...(photos.put?.documents ?? [])] } };
}

/** Reads the files and builds the one changeset that adds them to the project. */
export async function importFiles(
  files: readonly (PickedFile | UnreadFile)[],
  state: ProjectState,
  options: ReadOptions & { now?: string },
): Promise<{ changeset: Changeset | null; results: FileImportResult[] }> {
  const { imported, pictures, results } = await readTranscripts(files, options);
  return { changeset: importChangeset(state, imported, options.now, pictures), results };
}
