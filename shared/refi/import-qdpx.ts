/**
 * Opening another tool's project file in full. Some producers leave the plain text empty and
 * keep the words only in the .docx (NVivo for Mac); those .docx files are converted here,
 * asynchronously, before the synchronous reader runs.
 */
import { ImportError } from '../import/errors';
import { internalFileName, projectXmlOf, QDPX_ENTRIES, readQdpxEntries, unzipQdpx, type ReadQdpxOptions, type ReadQdpxResult } from './read-qdpx';
import { itemsIn } from './xml-tree';
import type { RawInflate } from '../zip/safe-unzip';

const utf8 = new TextDecoder('utf-8');

/**
 * Reads a `.qdpx` like readQdpx, and also takes a transcript's text from its .docx when
 * its plain text is empty. A .docx that cannot be read leaves that source without text
 * (and a warning), as if it were empty.
 * @throws ProjectFileError for anything that is not a readable, safe project file.
 */
export async function importQdpx(
  bytes: Uint8Array,
  options: Omit<ReadQdpxOptions, 'richTexts'> & {
    /** A native inflater where the platform has one (see RawInflate); fflate's otherwise. */
    inflate?: RawInflate;
  } = {},
): Promise<ReadQdpxResult> {
  const files = unzipQdpx(bytes, (name) => QDPX_ENTRIES.test(name), options.inflate);
  const byLowerName = new Map(Object.keys(files).map((name) => [name.toLowerCase(), name]));
  const plainText = (path: string | undefined): string | undefined => {
    const name = path ? internalFileName(path) : undefined;
    const entry = name === undefined ? undefined : (byLowerName.get(`sources/${name}`) ?? byLowerName.get(name));
    return entry === undefined ? undefined : utf8.decode(files[entry]);
  };
  // The .docx entries worth inflating: those of sources whose plain text is missing or blank.
  const wanted = new Set<string>();
  const root = projectXmlOf(files);
  for (const source of itemsIn(root, 'Sources', 'TextSource')) {
    const rich = source.attributes.richTextPath ? internalFileName(source.attributes.richTextPath) : undefined;
    if (rich === undefined || !/\.docx$/.test(rich) || (plainText(source.attributes.plainTextPath)?.trim() ?? '') !== '') continue;
    wanted.add(`sources/${rich}`).add(rich);
  }
  const richTexts = new Map<string, string>();
  if (wanted.size > 0) {
    const docxFiles = unzipQdpx(bytes, (name) => wanted.has(name.toLowerCase()), options.inflate);
    // The Word reader (mammoth and its XML stack) loads only for the rare file that needs it.
    const { docxToText } = await import('../import/docx');
    for (const [name, docx] of Object.entries(docxFiles)) {
      try {
        richTexts.set(name.toLowerCase(), await docxToText(docx));
      } catch (err) {
        if (!(err instanceof ImportError)) throw err;
      }
    }
  }
  return readQdpxEntries(files, { ...options, richTexts }, root);
}
