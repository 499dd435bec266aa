/** Opening a .qdpx project file — Pilah's or another tool's: read it fully, then store it as a NEW project. */
import type { PickedFile } from '../../../shared/ipc-contract';
import type { Locale, ProjectSnapshot } from '../../../shared/model/types';
import { describeProjectFileError, describeProjectFileWarning } from '../../../shared/refi/errors';
import type { Producer } from '../../../shared/refi';
import { loadProjectFileReader } from '../../lib/project-file-reader';
import { copySnapshotWithNewIds } from '../../lib/copy-snapshot';

export type ReadProjectFileResult =
  | {
      ok: true;
      fileName: string;
      snapshot: ProjectSnapshot;
      warnings: string[];
      producer: Producer;
      /** The project's id in the file (Pilah's own files carry it), to find a copy already stored; null otherwise. */
      originalId: string | null;
    }
  | { ok: false; fileName: string; message: string };

/**
 * Reads a picked project file. Nothing is written here: on success the caller stores the
 * returned copy (fresh ids, so a file exported from a project still in the app can be
 * opened beside it); on failure it shows the message.
 */
export async function readProjectFile(file: PickedFile, locale: Locale): Promise<ReadProjectFileResult> {
  try {
    const { snapshot, warnings, producer } = await (await loadProjectFileReader()).importQdpx(file.bytes, { locale });
    return {
      ok: true,
      fileName: file.name,
      snapshot: copySnapshotWithNewIds(snapshot),
      warnings: warnings.map((w) => describeProjectFileWarning(w, locale)),
      producer,
      originalId: producer.id === 'pilah' ? snapshot.project.id : null,
    };
  } catch (err) {
    return { ok: false, fileName: file.name, message: describeProjectFileError(err, locale, file.name) };
  }
}

/** Whether the user should see the result before the project is stored: anything left out, or another tool's file. */
export function needsReview(result: ReadProjectFileResult): boolean {
  return !result.ok || result.warnings.length > 0 || result.producer.id !== 'pilah';
}
