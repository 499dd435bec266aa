/**
 * Text of a Word (.docx) transcript. The archive is unpacked here, within limits and counting
 * the bytes really inflated, and mammoth's Word reader is handed only the checked XML parts,
 * already unpacked: its own zip reader inflates whatever a zip's headers claim and reports
 * problems as technical English, so it never sees the archive. (Re-packing the parts for
 * mammoth's public functions, and their unzipping them again, cost as much as reading the
 * document.) Each problem becomes an ImportError a student can act on.
 */
import docxReader, { type MammothDocxFile } from 'mammoth/lib/docx/docx-reader.js';
import { safeUnzip, ZipError, type RawInflate, type ZipLimits, type ZipProblem } from '../zip/safe-unzip';
import { normalizeText } from '../text/normalize';
import { ImportError, type ImportErrorCode } from './errors';
import { documentToText, type MammothElement } from './docx-tree';

/** Limits for a Word file: a 100,000-word document.xml is about 15 MB; photos can add a lot more. */
const DOCX_ZIP_LIMITS = { maxEntryBytes: 128 * 1024 * 1024, maxTotalBytes: 384 * 1024 * 1024, maxEntries: 5_000 };

const ZIP_PROBLEMS: Record<ZipProblem, ImportErrorCode> = {
  'not-zip': 'not-docx',
  truncated: 'truncated',
  // An archive that unpacks to hundreds of megabytes is a zip bomb as far as a transcript is concerned.
  'too-large': 'zip-bomb',
  bomb: 'zip-bomb',
  'unsafe-path': 'unsafe-archive',
};

/** The parts mammoth reads for text: XML and relationships (images, fonts and embedded files are left packed). */
const TEXT_PART = /\.(xml|rels)$/i;
// A DTD is how entity expansion and external entities get into XML; Word never writes one.
const DOCTYPE = /<!DOCTYPE/i;
const latin1 = new TextDecoder('latin1');

/** True when an XML part holds `<!DOCTYPE` anywhere (text never does: Word escapes its `<`). */
function declaresDoctype(part: Uint8Array): boolean {
  const utf16 = part[0] === 0xff && part[1] === 0xfe ? 'utf-16le' : part[0] === 0xfe && part[1] === 0xff ? 'utf-16be' : null;
  // Read byte for byte otherwise: the markup is ASCII in UTF-8 and in any single-byte encoding.
  return DOCTYPE.test(utf16 ? new TextDecoder(utf16).decode(part) : latin1.decode(part));
}

/**
 * The archive's text parts, unpacked within `limits` (sizes, paths, real inflated bytes) and
 * checked: a Word body present, no DOCTYPE anywhere.
 */
function wordParts(bytes: Uint8Array, limits: Partial<ZipLimits>, inflate: RawInflate | undefined): Record<string, Uint8Array> {
  let parts: Record<string, Uint8Array>;
  try {
    parts = safeUnzip(bytes, { limits, wanted: (name) => TEXT_PART.test(name), inflate });
  } catch (err) {
    if (err instanceof ZipError) throw new ImportError(ZIP_PROBLEMS[err.problem], '', err.message);
    throw err;
  }
  if (!('word/document.xml' in parts)) throw new ImportError('not-docx', '', 'the archive has no word/document.xml');
  for (const [name, part] of Object.entries(parts)) {
    if (declaresDoctype(part)) throw new ImportError('unsafe-docx', '', `${name} declares a DOCTYPE`);
  }
  return parts;
}

/**
 * The normalised text of a .docx file: paragraphs and manual line breaks as lines, tables as
 * readable lines, headers, footers, footnotes, comments and images left out. Throws
 * ImportError (without a file name) for anything that is not a sound Word document. `inflate`
 * is a platform's own bounded inflater (see `RawInflate`); fflate's is used without one.
 */
export async function docxToText(bytes: Uint8Array, inflate?: RawInflate): Promise<string> {
  const parts = wordParts(bytes, DOCX_ZIP_LIMITS, inflate);
  const decoders = new Map<string, { decode(bytes: Uint8Array): string }>();
  // The archive as mammoth's reader opens it, holding only the checked parts (images, fonts and
  // embedded files are absent, as they carry no text).
  const file: MammothDocxFile = {
    exists: (name) => Object.hasOwn(parts, name),
    read: async (name, encoding) => {
      const part = Object.hasOwn(parts, name) ? parts[name]! : undefined;
      if (!part) throw new Error(`the archive has no ${name}`);
      if (!encoding) return part;
      let decoder = decoders.get(encoding);
      if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding)));
      return decoder.decode(part);
    },
  };
  let document: MammothElement;
  try {
    // The text is read from mammoth's document tree, as its HTML converter would read it
    // (`docx-tree`): writing that HTML and parsing it back would cost more than the reading.
    document = (await docxReader.read(file)).value as MammothElement;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new ImportError(/main document part/i.test(detail) ? 'not-docx' : 'truncated', '', `mammoth: ${detail}`);
  }
  if (!document) throw new ImportError('truncated', '', 'mammoth: no document');
  return normalizeText(documentToText(document));
}
