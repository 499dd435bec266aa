/**
 * Text of a Word (.docx) transcript. The archive is checked before mammoth sees it, because
 * mammoth inflates every entry and reports problems as technical English; here each problem
 * becomes an ImportError a student can act on.
 */
import mammoth from 'mammoth';
import { safeUnzip, ZipError, type ZipProblem } from '../zip/safe-unzip';
import { normalizeText } from '../text/normalize';
import { ImportError, type ImportErrorCode } from './errors';
import { htmlToText } from './html-to-text';

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

/** Checks the archive (sizes, paths, a Word body) from its central directory, inflating nothing. */
function checkWordArchive(bytes: Uint8Array): void {
  let hasBody = false;
  const noteBody = (name: string): boolean => {
    if (name === 'word/document.xml') hasBody = true;
    return false;
  };
  try {
    safeUnzip(bytes, { limits: DOCX_ZIP_LIMITS, wanted: noteBody });
  } catch (err) {
    if (err instanceof ZipError) throw new ImportError(ZIP_PROBLEMS[err.problem], '', err.message);
    throw err;
  }
  if (!hasBody) throw new ImportError('not-docx', '', 'the archive has no word/document.xml');
}

// Images are not part of the transcript: give mammoth an empty source instead of letting it base64 them.
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * The normalised text of a .docx file: paragraphs and manual line breaks as lines, tables as
 * readable lines, headers, footers, footnotes, comments and images left out. Throws
 * ImportError (without a file name) for anything that is not a sound Word document.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  checkWordArchive(bytes);
  let html: string;
  try {
    // A copy, so mammoth never sees a buffer shared with the caller. mammoth's browser build
    // reads `arrayBuffer` and its Node build reads `buffer`; both hand it to JSZip, which takes either.
    const arrayBuffer = bytes.slice().buffer as ArrayBuffer;
    const input = { arrayBuffer, buffer: arrayBuffer } as Parameters<typeof mammoth.convertToHtml>[0];
    html = (await mammoth.convertToHtml(input, { convertImage: skipImages, ignoreEmptyParagraphs: false })).value;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new ImportError(/main document part/i.test(detail) ? 'not-docx' : 'truncated', '', `mammoth: ${detail}`);
  }
  try {
    return normalizeText(htmlToText(html));
  } catch (err) {
    // Only a document mammoth misread can get here; to the student it is a damaged file.
    throw new ImportError('truncated', '', `html: ${err instanceof Error ? err.message : String(err)}`);
  }
}
