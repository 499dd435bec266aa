/** Fieldwork photos for `pilah import`: read and checked first, then added in one action. */
import { basename } from 'node:path';
import { commitAll, action } from '../shared/actions';
import { checkPictureSize, describePictureError, PictureError, readPicture, type ImportedPicture } from '../shared/import/picture';
import type { ProjectState } from '../shared/model/changeset';
import type { Locale } from '../shared/model/types';
import { addImportedPictures } from '../shared/project';
import { CliError } from './errors';
import { readBounded } from './files';

/** Reads every photo; the first that is not a readable JPG or PNG stops the import with its sentence. */
export async function readPictureFiles(paths: readonly string[], locale: Locale): Promise<ImportedPicture[]> {
  const pictures: ImportedPicture[] = [];
  for (const path of paths) {
    const name = basename(path);
    try {
      const bytes = await readBounded(path, locale, (size) => checkPictureSize(name, size));
      pictures.push(readPicture({ name, bytes }));
    } catch (err) {
      if (err instanceof PictureError) throw new CliError(describePictureError(err, locale, name));
      throw err;
    }
  }
  return pictures;
}

/** The project with the photos added, as one undoable import. */
export function addPictures(state: ProjectState, pictures: readonly ImportedPicture[]): ProjectState {
  return commitAll(state, [action('importPictures', (s, by) => addImportedPictures(s, pictures, by.now).changeset)]);
}
