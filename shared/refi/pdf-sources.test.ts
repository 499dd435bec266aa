/**
 * PDF documents in the project file: written as the standard's PDFSource (the PDF in
 * sources/, its text as a Representation carrying the codings), valid against Project.xsd,
 * and read back with text, pages, source info, codings and the PDF's own bytes.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateAgainstXsd } from '../../test/support/xsd';
import { applyChangeset, snapshotFromState } from '../model/changeset';
import type { Document } from '../model/types';
import { importTranscript } from '../import';
import { applyCodes } from '../project/coding';
import { code, projectWith, rangeOf } from '../project/test-support';
import { guidForId } from './guid';
import { readQdpx } from './read-qdpx';
import { writeQdpx } from './write-qdpx';
import { childNamed, parseXmlTree, type XmlElement } from './xml-tree';

const PROJECT_XSD = new URL('../../../shared/refi-qda/schemas/Project.xsd', import.meta.url).pathname;
const PDF_BYTES = new Uint8Array(readFileSync('test/fixtures/pdf/laporan-kinerja.pdf'));
const utf8 = new TextDecoder();

async function projectWithCodedPdf() {
  const pdf = await importTranscript({ name: 'laporan-kinerja.pdf', bytes: PDF_BYTES });
  let state = projectWith(['empowerment'], [pdf]);
  const documentId = Object.values(state.documents)[0]!.id;
  // A passage on page 2, coded.
  const coded = applyCodes(state, { ...rangeOf(state, documentId, 'Sebanyak 120 pelaku usaha mengikuti pelatihan kemasan.'), codeIds: [code(state, 'Empowering').id] });
  state = applyChangeset(state, coded.changeset);
  return { snapshot: snapshotFromState(state), documentId, segmentId: coded.segmentId };
}

const pdfOf = (documents: Document[]): Document => documents.find((d) => d.medium === 'pdf')!;

describe('PDF documents in a .qdpx', () => {
  it('writes a PDFSource with the PDF file and a plain-text Representation holding the codings, valid against the XSD', async () => {
    const { snapshot, documentId, segmentId } = await projectWithCodedPdf();
    const files = unzipSync(writeQdpx(snapshot, { appVersion: '0.1.0', now: '2026-01-02T00:00:00Z' }));
    const xml = utf8.decode(files['project.qde']);
    expect((await validateAgainstXsd(xml, PROJECT_XSD)).errors).toEqual([]);

    const sources = childNamed(parseXmlTree(xml), 'Sources')!;
    expect(sources.children.map((c) => c.name)).toEqual(['PDFSource']);
    const pdfSource = sources.children[0]!;
    expect(pdfSource.attributes.guid).toBe(guidForId(documentId));
    const pdfPath = pdfSource.attributes.path!.replace('internal://', 'sources/');
    expect(Buffer.from(files[pdfPath]!).equals(Buffer.from(PDF_BYTES))).toBe(true);

    const representation = childNamed(pdfSource, 'Representation') as XmlElement;
    const text = utf8.decode(files[representation.attributes.plainTextPath!.replace('internal://', 'sources/')]);
    expect(text).toBe(snapshot.documents[0]!.text);
    const selection = childNamed(representation, 'PlainTextSelection')!;
    expect(selection.attributes.guid).toBe(guidForId(segmentId));
    expect(text.slice(Number(selection.attributes.startPosition), Number(selection.attributes.endPosition))).toBe('Sebanyak 120 pelaku usaha mengikuti pelatihan kemasan.');
  });

  it('reads back exactly what was saved: text, pages, source info, codings and the PDF', async () => {
    const { snapshot } = await projectWithCodedPdf();
    const { snapshot: back, warnings } = readQdpx(writeQdpx(snapshot));
    expect(warnings).toEqual([]);
    const saved = pdfOf(snapshot.documents);
    const read = pdfOf(back.documents);
    expect(read).toMatchObject({ id: saved.id, text: saved.text, kind: 'document', medium: 'pdf', pages: saved.pages, sourceInfo: saved.sourceInfo });
    expect(read.pages).toHaveLength(3);
    expect(Buffer.from(read.original!.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
    expect(back.segments.map((s) => ({ start: s.start, end: s.end, codeIds: s.codeIds }))).toEqual(snapshot.segments.map((s) => ({ start: s.start, end: s.end, codeIds: s.codeIds })));
  });

  it('gives another tool’s reader (no Pilah extras) the PDF, its text and its codings', async () => {
    const { snapshot } = await projectWithCodedPdf();
    const { snapshot: back, warnings } = readQdpx(writeQdpx(snapshot, { standardOnly: true }));
    expect(warnings).toEqual([]);
    const read = pdfOf(back.documents);
    expect(read.text).toBe(pdfOf(snapshot.documents).text);
    expect(Buffer.from(read.original!.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
    expect(back.segments).toHaveLength(1);
    expect(read.text.slice(back.segments[0]!.start, back.segments[0]!.end)).toBe('Sebanyak 120 pelaku usaha mengikuti pelatihan kemasan.');
  });

  it('reads another tool’s PDFSource with a text Representation as a PDF document, and drops only its page-area codings', async () => {
    const { snapshot } = await projectWithCodedPdf();
    const files = unzipSync(writeQdpx(snapshot, { standardOnly: true }));
    const codeGuid = guidForId(snapshot.segments[0]!.codeIds[0]!);
    // As ATLAS.ti writes it: its own origin, and a coded area of page 1 beside the coded text.
    const area = `<PDFSelection guid="11111111-2222-3333-4444-555555555555" page="0" firstX="10" firstY="10" secondX="200" secondY="40"><Coding guid="11111111-2222-3333-4444-666666666666"><CodeRef targetGUID="${codeGuid}"/></Coding></PDFSelection>`;
    const xml = utf8
      .decode(files['project.qde'])
      .replace(/origin="[^"]*"/, 'origin="ATLAS.ti Windows 23.2.1"')
      .replace(/(<PDFSource[^>]*>)/, `$1${area}`);
    files['project.qde'] = new TextEncoder().encode(xml);
    const { zipSync } = await import('fflate');
    const { snapshot: back, warnings, producer } = readQdpx(zipSync(files));
    expect(producer.id).toBe('atlasti');
    const read = pdfOf(back.documents);
    expect(read.text).toBe(pdfOf(snapshot.documents).text);
    expect(Buffer.from(read.original!.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
    expect(back.segments).toHaveLength(1);
    expect(warnings).toEqual([{ code: 'skipped-media-codings', what: 'PDFSource', count: 1 }]);
  });

  it('refuses Pilah’s own file when a PDF it names is missing', async () => {
    const { snapshot } = await projectWithCodedPdf();
    const files = unzipSync(writeQdpx(snapshot));
    const { zipSync } = await import('fflate');
    for (const name of Object.keys(files)) if (name.endsWith('.pdf')) delete files[name];
    expect(() => readQdpx(zipSync(files))).toThrow(expect.objectContaining({ code: 'missing-source' }));
  });
});
