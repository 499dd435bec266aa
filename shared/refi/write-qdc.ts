/**
 * Saves a codebook alone as a REFI-QDA codebook file (.qdc): plain UTF-8 XML with root
 * `<CodeBook>` in the codebook namespace, codes nested as in the project, with their
 * definitions and colours. Other tools (NVivo, ATLAS.ti, MAXQDA, QualCoder) import it.
 */
import type { Code, ProjectSnapshot } from '../model/types';
import { writeCodes } from './write-code-tree';
import { XmlWriter } from './xml-writer';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
const SCHEMA_LOCATION = `${QDC_NAMESPACE} http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd`;

/** Codebook.xsd demands at least one code, so an empty codebook cannot be written. */
export class EmptyCodebookError extends Error {
  /** The sentence the student sees. */
  readonly messageKey = 'interop:error-empty-codebook';

  constructor() {
    super('the codebook has no codes');
    this.name = 'EmptyCodebookError';
  }
}

export interface WriteQdcOptions {
  /** Pilah's version, written into `origin` ("Pilah 0.1.0"). */
  appVersion?: string;
}

/**
 * The bytes of a `.qdc` file for the project's codebook. Code memos stay behind: the
 * codebook schema has no place for notes. GUIDs are the same as in the project's `.qdpx`,
 * so a tool that holds both can match them.
 * @throws EmptyCodebookError when the project has no codes.
 */
export function writeQdc(snapshot: Pick<ProjectSnapshot, 'codes'>, options: WriteQdcOptions = {}): Uint8Array {
  return new TextEncoder().encode(buildCodebookXml(snapshot.codes, options.appVersion ?? 'dev'));
}

/** The XML of a `.qdc` codebook. @throws EmptyCodebookError when there are no codes. */
export function buildCodebookXml(codes: readonly Code[], appVersion: string): string {
  if (codes.length === 0) throw new EmptyCodebookError();
  const xml = new XmlWriter();
  xml.start('CodeBook', {
    xmlns: QDC_NAMESPACE,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': SCHEMA_LOCATION,
    origin: `Pilah ${appVersion}`,
  });
  writeCodes(xml, codes);
  xml.end();
  return xml.toString();
}
