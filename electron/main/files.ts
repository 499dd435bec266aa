import * as nodeFs from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write';

/** Files larger than this are refused: no transcript or project file comes near it. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Main's access to files the user chose in its own dialogs. */
export interface FilePort {
  /** Size in bytes, checked before reading so a huge file is never loaded. */
  size(filePath: string): Promise<number>;
  read(filePath: string): Promise<Uint8Array>;
  /** Replaces the file in one step (temporary file + rename). */
  writeAtomic(filePath: string, bytes: Uint8Array): Promise<void>;
}

export function createFilePort(fs: Pick<typeof nodeFs, 'stat' | 'readFile' | 'open' | 'rename' | 'rm'> = nodeFs): FilePort {
  return {
    size: async (filePath) => (await fs.stat(filePath)).size,
    read: (filePath) => fs.readFile(filePath),
    writeAtomic: (filePath, bytes) => writeFileAtomic(filePath, bytes, fs),
  };
}
