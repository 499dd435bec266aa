import * as nodeFs from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>;

/** Temporary files start with a dot and end with `.tmp`, so listings can skip them. */
export const TEMP_FILE = /^\..+\.tmp$/;

/**
 * Writes `bytes` to `filePath` so that the file is either the old one or the complete new
 * one, never half written: the bytes go to a temporary file in the same folder, are flushed
 * to disk, and the temporary file is renamed over the target. On failure the temporary file
 * is removed and the error rethrown.
 */
export async function writeFileAtomic(
  filePath: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = nodeFs,
): Promise<void> {
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomUUID()}.tmp`);
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, filePath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
