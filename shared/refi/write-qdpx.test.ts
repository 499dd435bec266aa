import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { validateAgainstXsd, validateWithXmllintCli } from '../../test/support/xsd';
import { journalFileName } from './project-xml';
import { writeQdpx } from './write-qdpx';
import { parseXmlTree, childNamed, childrenNamed, type XmlElement } from './xml-tree';
import { CAFE_QUOTE, CODE, DOCUMENT, INTERVIEW_TEXT, SEGMENT, realisticProject } from './testing/realistic-project';

const PROJECT_XSD = new URL('../../../shared/refi-qda/schemas/Project.xsd', import.meta.url).pathname;
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

function written() {
  const bytes = writeQdpx(realisticProject(), { appVersion: '0.1.0', now: '2026-09-04T12:00:00Z' });
  const files = unzipSync(bytes);
  return { bytes, files, xml: decode(files['project.qde']) };
}

/** All elements with a local name, depth first. */
function all(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

describe('writeQdpx', () => {
  it('writes a project.qde that validates against the REFI-QDA Project.xsd (xmllint-wasm)', async () => {
    const result = await validateAgainstXsd(written().xml, PROJECT_XSD);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('uses a validator that does reject what the XSD forbids (an empty <Users/>)', async () => {
    const invalid = written().xml.replace(/<Users>[\s\S]*?<\/Users>/, '<Users/>');
    const result = await validateAgainstXsd(invalid, PROJECT_XSD);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Users/);
    const cli = validateWithXmllintCli(invalid, PROJECT_XSD);
    if (cli) expect(cli.valid).toBe(false);
  });

  it('writes a project.qde the xmllint command line accepts too, when it is installed', () => {
    const result = validateWithXmllintCli(written().xml, PROJECT_XSD);
    if (result === null) return;
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lays out the zip as the spec asks: project.qde, lower-case sources/ with UTF-8 .txt, Pilah extras', () => {
    const { files, xml } = written();
    const names = Object.keys(files).sort();
    const journal = `sources/${journalFileName(realisticProject().project.id)}`;
    expect(names).toEqual(['pilah/project.json', 'project.qde', `sources/${DOCUMENT.interview}.txt`, `sources/${DOCUMENT.second}.txt`, journal].sort());
    expect(decode(files[journal])).toBe(realisticProject().project.journal);
    const txt = files[`sources/${DOCUMENT.interview}.txt`]!;
    expect([...txt.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(txt)).toBe(INTERVIEW_TEXT);
    expect([...files['project.qde']!.slice(0, 5)]).toEqual([...new TextEncoder().encode('<?xml')]);
    expect(xml).toContain(`plainTextPath="internal://${DOCUMENT.interview}.txt"`);
    expect(xml).toContain('xmlns="urn:QDA-XML:project:1.0"');
    expect(xml).toContain('xsi:schemaLocation="urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"');
    expect(xml).toContain('origin="Pilah 0.1.0"');
  });

  it('nests codes, names them in Indonesian (English when empty) and marks every code codable', () => {
    const root = parseXmlTree(written().xml);
    const top = childrenNamed(childNamed(childNamed(root, 'CodeBook')!, 'Codes')!, 'Code');
    expect(top.map((c) => c.attributes.name)).toEqual(['Pemberdayaan', 'Faktor pendukung dan penghambat', 'Digital marketing']);
    expect(childrenNamed(top[0]!, 'Code').map((c) => c.attributes.name)).toEqual([
      'Menciptakan iklim (enabling)',
      'Memperkuat potensi (empowering)',
      'Melindungi (protecting)',
    ]);
    expect(all(root, 'Code').every((c) => c.attributes.isCodable === 'true' && /^#[0-9A-Fa-f]{6}$/.test(c.attributes.color!))).toBe(true);
    expect(childNamed(childrenNamed(top[0]!, 'Code')[0]!, 'Description')!.text).toBe(
      'Upaya menciptakan suasana yang memungkinkan potensi "berkembang" & tumbuh.',
    );
  });

  it('writes selection offsets in code points, so slicing the code points of the text gives the quote', () => {
    const root = parseXmlTree(written().xml);
    const snapshot = realisticProject();
    const cafe = snapshot.segments.find((s) => s.id === SEGMENT.cafe)!;
    const selection = all(root, 'PlainTextSelection').find((s) => s.attributes.guid === SEGMENT.cafe)!;
    const start = Number(selection.attributes.startPosition);
    const end = Number(selection.attributes.endPosition);
    expect(start).not.toBe(cafe.start);
    expect(start).toBe(cafe.start - 1); // one emoji (two UTF-16 units) comes before it
    expect(Array.from(INTERVIEW_TEXT).slice(start, end).join('')).toBe(CAFE_QUOTE);
  });

  it('gives each selection one Coding per code, with GUIDs that are its own and stable across exports', () => {
    const a = parseXmlTree(written().xml);
    const b = parseXmlTree(decode(unzipSync(writeQdpx(realisticProject(), { appVersion: '0.2.0' }))['project.qde']));
    const codingGuids = (root: XmlElement) => all(root, 'Coding').map((c) => c.attributes.guid);
    expect(codingGuids(a)).toEqual(codingGuids(b));
    const training = all(a, 'PlainTextSelection').find((s) => s.attributes.guid === SEGMENT.training)!;
    const refs = childrenNamed(training, 'Coding').map((c) => childNamed(c, 'CodeRef')!.attributes.targetGUID);
    expect(refs).toHaveLength(2);
    expect(refs[0]).toBe(CODE.empowering);
    expect(refs[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/); // derived from a non-GUID id
    const guids = [...all(a, 'Coding'), ...all(a, 'PlainTextSelection'), ...all(a, 'Code'), ...all(a, 'Note'), ...all(a, 'User')].map((e) => e.attributes.guid);
    expect(new Set(guids).size).toBe(guids.length);
  });

  it('writes a Case per informant with its variables and the transcripts it owns', () => {
    const root = parseXmlTree(written().xml);
    const variables = new Map(all(root, 'Variable').map((v) => [v.attributes.guid, v.attributes.name]));
    expect([...variables.values()]).toEqual(['Nama', 'Jabatan', 'Kategori', 'Kelompok', 'Tanggal wawancara', 'Tempat', 'Jenis kelamin', 'Masa kerja', 'Lama usaha']);
    const [sri] = all(root, 'Case');
    const values = Object.fromEntries(
      childrenNamed(sri!, 'VariableValue').map((v) => [variables.get(childNamed(v, 'VariableRef')!.attributes.targetGUID), childNamed(v, 'TextValue')!.text]),
    );
    expect(values).toMatchObject({ Jabatan: 'Kepala Bidang UMKM', Kelompok: 'ASN', Kategori: 'Informan kunci', 'Jenis kelamin': 'Perempuan' });
    expect(childrenNamed(sri!, 'SourceRef').map((r) => r.attributes.targetGUID)).toEqual([DOCUMENT.interview]);
  });

  it('links the research journal (a file, as journals travel) and code memos as Notes, and escapes what would break the XML', () => {
    const { xml, files } = written();
    const root = parseXmlTree(xml);
    const noteText = (n: XmlElement): string =>
      childNamed(n, 'PlainTextContent')?.text ?? decode(files[`sources/${n.attributes.plainTextPath!.replace('internal://', '')}`]);
    const notes = new Map(all(root, 'Note').map((n) => [n.attributes.guid, noteText(n)]));
    const journalRef = childrenNamed(root, 'NoteRef')[0]!.attributes.targetGUID;
    expect(notes.get(journalRef)).toBe(realisticProject().project.journal);
    expect(xml).toContain('&lt;dua&gt;');
    expect(xml).not.toMatch(/<(penting|Renstra|dua|terutama)>/);
  });

  it('writes dateTimes without milliseconds, in UTC', () => {
    const { xml } = written();
    const stamps = [...xml.matchAll(/(?:creation|modified)DateTime="([^"]+)"/g)].map((m) => m[1]!);
    expect(stamps.length).toBeGreaterThan(5);
    for (const stamp of stamps) expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('writes the same bytes twice for the same project and time', () => {
    const now = '2026-09-04T12:00:00Z';
    expect(writeQdpx(realisticProject(), { now })).toEqual(writeQdpx(realisticProject(), { now }));
  });

  it('leaves out empty containers, so an empty project still validates', async () => {
    const empty = { ...realisticProject(), codes: [], informants: [], documents: [], segments: [] };
    empty.project.journal = '';
    const xml = decode(unzipSync(writeQdpx(empty))['project.qde']);
    expect(xml).not.toMatch(/<(CodeBook|Cases|Variables|Sources|Notes)\b/);
    expect((await validateAgainstXsd(xml, PROJECT_XSD)).valid).toBe(true);
  });
});
