/**
 * Opening another tool's project file in full. Some producers leave the plain text empty and
 * keep the words only in the .docx (NVivo for Mac 15); those .docx files are converted here,
 * asynchronously, before the synchronous reader runs.
 */
import { docxToText } from '../import/docx';
import { ImportError } from '../import/errors';
import { projectXmlOf, readQdpxEntries, unzipQdpx, internalFileName, type ReadQdpxOptions, type ReadQdpxResult } from './read-qdpx';
import { itemsIn } from './xml-tree';

const WANTED = /\.(qde|txt|json|docx)$/i;

/**
 * Reads a `.qdpx` like readQdpx, and also takes a transcript's text from its .docx when
 * its plain text is empty. A .docx that cannot be read leaves that source without text
 * (and a warning), as if it were missing.
 * @throws ProjectFileError for anything that is not a readable, safe project file.
 */
export async function importQdpx(bytes: Uint8Array, options: Omit<ReadQdpxOptions, 'richTexts'> = {}): Promise<ReadQdpxResult> {
  const files = unzipQdpx(bytes, WANTED);
  const byLowerName = new Map(Object.keys(files).map((name) => [name.toLowerCase(), name]));
  const entry = (path: string | undefined): string | undefined => {
    const name = path ? internalFileName(path) : undefined;
    return name === undefined ? undefined : (byLowerName.get(`sources/${name}`) ?? byLowerName.get(name));
  };
  const richTexts = new Map<string, string>();
  for (const source of itemsIn(projectXmlOf(files), 'Sources', 'TextSource')) {
    const plain = entry(source.attributes.plainTextPath);
    const rich = entry(source.attributes.richTextPath);
    if (rich === undefined || !/\.docx$/i.test(rich)) continue;
    if (plain !== undefined && new TextDecoder().decode(files[plain]).trim() !== '') continue;
    try {
      richTexts.set(rich.toLowerCase(), await docxToText(files[rich]!));
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
    }
  }
  return readQdpxEntries(files, { ...options, richTexts });
}
