/** Public API of transcript import: bytes of a .docx/.txt in, normalised text, turns and header out. */
export { importTranscript, titleFromFileName, TRANSCRIPT_EXTENSIONS } from './import-transcript';
// docxToText (./docx) is loaded on demand by importTranscript: re-exporting it here would pull mammoth into every importer.
export { ImportError, checkTranscriptSize, describeImportError, describeTranscriptNotice, transcriptSizeLimit, MAX_DOCX_BYTES, MAX_TEXT_BYTES, type ImportErrorCode } from './errors';
export { decodeTextFile } from '../text/decode';
export { normalizeText } from '../text/normalize';
export { detectTurns } from '../text/turns';
export { extractHeader, parseIndonesianDate } from '../text/header';
export { readPicture, checkPictureSize, describePictureError, isPictureFileName, pictureTypeOf, PictureError, MAX_PICTURE_BYTES, PICTURE_EXTENSIONS, type ImportedPicture, type PictureErrorCode, type PictureMediaType } from './picture';
