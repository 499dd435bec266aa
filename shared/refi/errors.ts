/**
 * Why a project file (.qdpx) could not be read, and what was left out of one that could.
 * Reading either returns a whole project or throws ProjectFileError: never a partial result.
 */
import type { Locale } from '../model/types';
import { translate } from '../i18n';
import type { ZipError } from '../zip/safe-unzip';

export type ProjectFileErrorCode =
  /** The bytes are not a zip archive at all. */
  | 'not-zip'
  /** The archive is cut off (an interrupted download or copy). */
  | 'truncated'
  /** The archive would expand to far more than it holds. */
  | 'zip-bomb'
  /** An entry's path points outside the archive (zip slip). */
  | 'unsafe-archive'
  /** No single `*.qde` at the root of the archive. */
  | 'no-project-xml'
  /** project.qde is not well-formed XML. */
  | 'malformed-xml'
  /** project.qde declares a DOCTYPE or entities (billion laughs, external entities). */
  | 'unsafe-xml'
  /** Codes (or any elements) nested far deeper than any real project: damaged or hostile. */
  | 'too-deep'
  /** The XML is well-formed but its root is not a REFI-QDA `<Project>`. */
  | 'not-a-project'
  /** A text source of Pilah's own file points at a file the archive does not hold. */
  | 'missing-source'
  /** A codebook (.qdc) that is not well-formed XML: cut off or damaged. */
  | 'malformed-codebook'
  /** Well-formed XML whose root is not a REFI-QDA `<CodeBook>`. */
  | 'not-a-codebook';

export class ProjectFileError extends Error {
  readonly code: ProjectFileErrorCode;

  constructor(code: ProjectFileErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ProjectFileError';
    this.code = code;
  }
}

export type ProjectFileWarningCode =
  /** Sources of a kind Pilah cannot open (what = PictureSource, PDFSource, AudioSource, VideoSource, TextSource without text). */
  | 'skipped-sources'
  /** Codings on those sources (what = the source kind). */
  | 'skipped-media-codings'
  /** Text sources whose file the archive lacks (what = their names). */
  | 'missing-sources'
  /** Codings on those missing sources. */
  | 'skipped-codings-missing-source'
  /** A source whose plain text was empty, opened from its .docx; its selections cannot be placed (count). */
  | 'text-from-rich-text'
  | 'skipped-links'
  | 'skipped-graphs'
  | 'skipped-sets'
  /** Selections outside their text or empty. */
  | 'skipped-selections'
  /** Selections with neither a code nor a comment. */
  | 'uncoded-selections'
  | 'skipped-document-codings'
  /** Cases coded directly or pointing at parts of a transcript. */
  | 'skipped-case-codings'
  | 'skipped-case-selections'
  | 'unknown-code-ref'
  | 'unreadable-extras'
  /** Codes whose hierarchy came flattened in their names (`Parent::Child`) and was rebuilt. */
  | 'rebuilt-hierarchy'
  /** The offsets did not fit the producer's usual counting; another model fitted better. */
  | 'offsets-unexpected';

/** Something a project file held that Pilah left out (the spec asks importers to say so). */
export interface ProjectFileWarning {
  code: ProjectFileWarningCode;
  /** What kind of thing was skipped ("PictureSource", "Link" …), or the document concerned. */
  what: string;
  count: number;
}

/** Maps an unzip failure onto the project-file vocabulary. */
export function projectFileErrorFromZip(err: ZipError): ProjectFileError {
  const code: ProjectFileErrorCode =
    err.problem === 'not-zip'
      ? 'not-zip'
      : err.problem === 'truncated'
        ? 'truncated'
        : err.problem === 'unsafe-path'
          ? 'unsafe-archive'
          : 'zip-bomb';
  return new ProjectFileError(code, err.message);
}

/**
 * One sentence a student understands, naming the file and the problem. Errors that are not
 * ProjectFileErrors (a bug, not bad input) get a generic sentence rather than a stack trace.
 */
export function describeProjectFileError(err: unknown, locale: Locale, fileName: string): string {
  const code = err instanceof ProjectFileError ? err.code : 'unknown';
  return translate(locale, `refi:error-${code}`, { file: fileName });
}

/** One sentence per warning, for the "what was left out" list after opening a file. */
export function describeProjectFileWarning(warning: ProjectFileWarning, locale: Locale): string {
  const kindKey = `refi:kind-${warning.what}`;
  const kind = translate(locale, kindKey);
  return translate(locale, `refi:warning-${warning.code}`, {
    what: kind === kindKey ? warning.what : kind,
    count: warning.count,
  });
}
