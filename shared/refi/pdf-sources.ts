/**
 * PDF documents in a REFI-QDA project file, as the standard has them: a `PDFSource` naming
 * the PDF file in `sources/`, holding a `Representation` — a plain-text source with the
 * PDF's text — whose `PlainTextSelection`s carry the codings. Other tools open the PDF and
 * its coded text; Pilah reads the representation back as the document's text and keeps the
 * PDF bytes. Pages and source info travel in Pilah's extras.
 */
import type { Document } from '../model/types';
import { derivedGuid, guidForId } from './guid';
import type { ProjectReaderContext } from './project-reader';
import { childNamed, childrenNamed, type XmlElement } from './xml-tree';

export const PDF_MEDIA_TYPE = 'application/pdf';

/** Whether a document is written as a PDFSource: a PDF whose file Pilah holds. */
export const isPdfDocument = (document: Document): boolean => document.medium === 'pdf' && document.original !== undefined;

/** The PDF's file name inside the zip (beside the representation's `<guid>.txt`). */
export const pdfFileName = (document: Document): string => `${guidForId(document.id)}.pdf`;

/** The representation's own GUID, derived so every export of a project writes the same one. */
export const representationGuid = (documentId: string): string => derivedGuid('pdf-representation', documentId);

/** A source to read as text: a TextSource, or a PDF's representation standing in for its PDFSource. */
export interface TextSourceElement {
  element: XmlElement;
  /** For a PDF: where its file is, and its bytes when the zip holds them. */
  pdf?: { path: string; bytes: Uint8Array | undefined };
}

/**
 * The sources Pilah reads as text, in file order: every TextSource, and every PDFSource with a
 * Representation. A PDF's representation is read as if it were a TextSource with the
 * PDFSource's GUID, name and dates (its text file and selections are the representation's).
 */
export function textSourcesIn(root: XmlElement, ctx: PdfReading): TextSourceElement[] {
  const sources = childNamed(root, 'Sources');
  if (!sources) return [];
  const out: TextSourceElement[] = [];
  for (const element of sources.children) {
    if (element.name === 'TextSource') out.push({ element });
    if (element.name !== 'PDFSource') continue;
    const representation = readableRepresentation(element, ctx);
    if (!representation) continue;
    const path = element.attributes.path ?? '';
    const description = childNamed(element, 'Description');
    out.push({
      element: {
        ...representation,
        attributes: { ...representation.attributes, ...pick(element.attributes, ['guid', 'name', 'creatingUser', 'creationDateTime', 'modifyingUser', 'modifiedDateTime']) },
        // The PDF's memo is on the PDFSource; the representation's own Description would be a second one.
        children: [...(description ? [description] : []), ...representation.children.filter((c) => c.name !== 'Description')],
      },
      pdf: { path, bytes: path ? ctx.readBytes(path) : undefined },
    });
  }
  return out;
}

const pick = (from: Record<string, string>, names: string[]): Record<string, string> =>
  Object.fromEntries(names.filter((n) => from[n] !== undefined).map((n) => [n, from[n]!]));

type PdfReading = Pick<ProjectReaderContext, 'readBytes' | 'readFile' | 'producer'>;

/**
 * A PDFSource's Representation when Pilah can read it as text: in Pilah's own file always
 * (a missing text there is damage, reported as such); in another tool's file only when its
 * text is there (ATLAS.ti may name a text file it did not pack).
 */
function readableRepresentation(element: XmlElement, ctx: PdfReading): XmlElement | undefined {
  const representation = childNamed(element, 'Representation');
  if (!representation || ctx.producer.id === 'pilah') return representation;
  const path = representation.attributes.plainTextPath;
  const text = (path ? ctx.readFile(path) : undefined) ?? childNamed(representation, 'PlainTextContent')?.text;
  return text !== undefined && text.trim() !== '' ? representation : undefined;
}

/** A PDFSource Pilah cannot read as text: one without a readable Representation. */
export const isUnreadablePdfSource = (element: XmlElement, ctx: PdfReading): boolean => element.name === 'PDFSource' && !readableRepresentation(element, ctx);

/**
 * Codings in a PDF source that Pilah cannot hold: those on page areas (PDFSelection) and on
 * the whole PDF. The representation's text codings are read.
 */
export function skippedPdfCodings(element: XmlElement): number {
  const onAreas = childrenNamed(element, 'PDFSelection').reduce((n, s) => n + childrenNamed(s, 'Coding').length, 0);
  return onAreas + childrenNamed(element, 'Coding').length;
}
