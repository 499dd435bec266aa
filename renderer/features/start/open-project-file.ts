/** Opening a .qdpx project file: read it fully, then store it as a NEW project. */
import type { PickedFile } from '../../../shared/ipc-contract';
import type { Locale, ProjectSnapshot } from '../../../shared/model/types';
import { describeProjectFileError, describeProjectFileWarning, readQdpx } from '../../../shared/refi';
import { copySnapshotWithNewIds } from '../../lib/copy-snapshot';

export type ReadProjectFileResult =
  | { ok: true; fileName: string; snapshot: ProjectSnapshot; warnings: string[] }
  | { ok: false; fileName: string; message: string };

/**
 * Reads a picked project file. Nothing is written here: on success the caller stores the
 * returned copy (fresh ids, so a file exported from a project still in the app can be
 * opened beside it); on failure it shows the message.
 */
export function readProjectFile(file: PickedFile, locale: Locale): ReadProjectFileResult {
  try {
    const { snapshot, warnings } = readQdpx(file.bytes);
    return {
      ok: true,
      fileName: file.name,
      snapshot: copySnapshotWithNewIds(snapshot),
      warnings: warnings.map((w) => describeProjectFileWarning(w, locale)),
    };
  } catch (err) {
    return { ok: false, fileName: file.name, message: describeProjectFileError(err, locale, file.name) };
  }
}
