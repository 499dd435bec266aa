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
  /** The XML is well-formed but its root is not a REFI-QDA `<Project>`. */
  | 'not-a-project'
  /** A text source points at a file the archive does not hold. */
  | 'missing-source';

export class ProjectFileError extends Error {
  readonly code: ProjectFileErrorCode;

  constructor(code: ProjectFileErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ProjectFileError';
    this.code = code;
  }
}

/** Something a project file held that Pilah left out (the spec asks importers to say so). */
export interface ProjectFileWarning {
  code:
    | 'skipped-sources'
    | 'skipped-links'
    | 'skipped-graphs'
    | 'skipped-sets'
    | 'skipped-selections'
    | 'skipped-document-codings'
    | 'unknown-code-ref'
    | 'unreadable-extras';
  /** What kind of thing was skipped: "PictureSource", "PDFSource", "Link" … */
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
  return translate(locale, `refi:warning-${warning.code}`, { what: warning.what, count: warning.count });
}
