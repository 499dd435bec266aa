/**
 * Export options of the project file: standard only (for other tools) and UTF-16 offsets
 * (for NVivo). Every file is validated against Project.xsd and read back with readQdpx.
 */
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { validateAgainstXsd } from '../../test/support/xsd';
import type { ProjectSnapshot } from '../model/types';
import { refiDateTime } from './date-time';
import { guidForId, normalizeGuid } from './guid';
import { readQdpx } from './read-qdpx';
import { needsUtf16Choice, writeQdpx, type WriteQdpxOptions } from './write-qdpx';
import { childNamed, parseXmlTree, type XmlElement } from './xml-tree';
import { CAFE_QUOTE, INTERVIEW_TEXT, SECOND_CODER, SEGMENT, SUPERVISOR, realisticProject } from './testing/realistic-project';

const PROJECT_XSD = new URL('../../../shared/refi-qda/schemas/Project.xsd', import.meta.url).pathname;
const utf8 = new TextDecoder();

function exported(options: WriteQdpxOptions, snapshot = realisticProject()) {
  const files = unzipSync(writeQdpx(snapshot, { appVersion: '0.1.0', ...options }));
  return { files, xml: utf8.decode(files['project.qde']) };
}

function all(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

const byKey = <T>(rows: T[], key: (row: T) => string): T[] => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/**
 * What REFI-QDA itself carries of a project, with ids as GUIDs (the form a file without
 * Pilah's extras gives back) and times to the second (the precision of the file).
 */
function standardPart(s: ProjectSnapshot) {
  const id = (value: string | null): string | null => (value === null ? null : normalizeGuid(guidForId(value)));
  const time = (iso: string): string | undefined => refiDateTime(iso);
  return {
    project: {
      title: s.project.title,
      researcher: s.project.researcher,
      focus: s.project.focus,
      journal: s.project.journal,
      createdAt: time(s.project.createdAt),
      modifiedAt: time(s.project.modifiedAt),
    },
    codes: byKey(
      s.codes.map((c) => ({
        id: id(c.id),
        parentId: id(c.parentId),
        name: c.label.id || c.label.en,
        definition: c.definition.id || c.definition.en,
        color: c.color,
        memo: c.memo,
        order: c.order,
      })),
      (c) => c.id!,
    ),
    informants: byKey(
      s.informants.map(({ projectId: _p, id: informantId, ...rest }) => ({ ...rest, id: id(informantId) })),
      (i) => i.id!,
    ),
    documents: byKey(
      s.documents.map((d) => ({ id: id(d.id), title: d.title, text: d.text, informantId: id(d.informantId), memo: d.memo, importedAt: time(d.importedAt), order: d.order })),
      (d) => d.id!,
    ),
    segments: byKey(
      s.segments.map((g) => ({
        id: id(g.id),
        documentId: id(g.documentId),
        start: g.start,
        end: g.end,
        codeIds: g.codeIds.map(id),
        memo: g.memo,
        createdAt: time(g.createdAt),
        modifiedAt: time(g.modifiedAt),
      })),
      (g) => g.id!,
    ),
  };
}

describe('writeQdpx, standard only', () => {
  it('leaves Pilah’s extras out and still validates against Project.xsd', async () => {
    const { files, xml } = exported({ standardOnly: true });
    expect(Object.keys(files).some((name) => name.startsWith('pilah/'))).toBe(false);
    expect(Object.keys(files)).toContain('project.qde');
    const result = await validateAgainstXsd(xml, PROJECT_XSD);
    expect(result.errors).toEqual([]);
  });

  it('re-imports with everything the standard carries: codes, tree, colours, texts, segments, codings, memos, informants', () => {
    const original = realisticProject();
    const { snapshot, warnings } = readQdpx(writeQdpx(original, { standardOnly: true }));
    expect(warnings).toEqual([]);
    expect(standardPart(snapshot)).toEqual(standardPart(original));
  });

  it('names every coder as a User and credits each coding to the coder who made it', () => {
    const root = parseXmlTree(exported({ standardOnly: true }).xml);
    const users = new Map(all(root, 'User').map((u) => [u.attributes.guid, u.attributes.name]));
    expect([...users.values()][0]).toBe('Dewi Lestari'); // the owner, who created the project
    expect([...users.values()].sort()).toEqual(['Dewi Lestari', 'Dr. Ani Suryani, M.Si.', 'Rudi Hartono']);
    expect(users.get(guidForId(SUPERVISOR))).toBe('Dr. Ani Suryani, M.Si.');
    const cafe = all(root, 'PlainTextSelection').find((s) => s.attributes.guid === SEGMENT.cafe)!;
    expect(users.get(cafe.attributes.creatingUser)).toBe('Rudi Hartono');
    expect(all(cafe, 'Coding').map((c) => users.get(c.attributes.creatingUser))).toEqual(['Rudi Hartono']);
    const training = all(root, 'PlainTextSelection').find((s) => s.attributes.guid === SEGMENT.training)!;
    expect(all(training, 'Coding').map((c) => users.get(c.attributes.creatingUser))).toEqual(['Dewi Lestari', 'Dewi Lestari']);
    expect(root.attributes.creatingUserGUID).toBe(all(root, 'User')[0]!.attributes.guid);
  });

  it('re-imports each coding with the coder who made it, and the coders by name', () => {
    const original = realisticProject();
    const { snapshot } = readQdpx(writeQdpx(original, { standardOnly: true }));
    const coderNames = (s: ProjectSnapshot) => s.coders.map((c) => c.name).sort();
    expect(coderNames(snapshot)).toEqual(coderNames(original));
    const madeBy = (s: ProjectSnapshot) =>
      Object.fromEntries(s.segments.map((g) => [normalizeGuid(guidForId(g.id)), g.coderId === null ? null : s.coders.find((c) => c.id === g.coderId)!.name]));
    expect(madeBy(snapshot)).toEqual(madeBy(original));
    expect(madeBy(snapshot)[SEGMENT.cafe]).toBe('Rudi Hartono');
  });

  it('still names a coder that a segment mentions but the coders table lacks', () => {
    const snapshot = realisticProject();
    snapshot.coders = snapshot.coders.filter((c) => c.id !== SECOND_CODER);
    const root = parseXmlTree(exported({ standardOnly: true }, snapshot).xml);
    const cafe = all(root, 'PlainTextSelection').find((s) => s.attributes.guid === SEGMENT.cafe)!;
    const user = all(root, 'User').find((u) => u.attributes.guid === cafe.attributes.creatingUser);
    expect(user?.attributes.name).toBe(SECOND_CODER);
  });
});

describe('writeQdpx, offsets', () => {
  const cafeRange = (xml: string): [number, number] => {
    const cafe = all(parseXmlTree(xml), 'PlainTextSelection').find((s) => s.attributes.guid === SEGMENT.cafe)!;
    return [Number(cafe.attributes.startPosition), Number(cafe.attributes.endPosition)];
  };

  it('offers the UTF-16 choice only when a text holds characters outside the Basic Multilingual Plane', () => {
    expect(needsUtf16Choice(realisticProject())).toBe(true);
    const plain = realisticProject();
    plain.documents = plain.documents.map((d) => ({ ...d, text: d.text.replace(/[\u{10000}-\u{10FFFF}]/gu, '?') }));
    expect(needsUtf16Choice(plain)).toBe(false);
    // "é" and curly quotes are in the BMP: one unit and one code point alike.
    expect(needsUtf16Choice({ documents: [{ ...plain.documents[0]!, text: 'Kafé “kecil” — 日本' }] })).toBe(false);
    expect(needsUtf16Choice({ documents: [{ ...plain.documents[0]!, text: 'naik 📈' }] })).toBe(true);
  });

  it('writes UTF-16 positions when asked, so NVivo’s slicing of the text gives the quote, and says so in origin', async () => {
    const { xml } = exported({ offsets: 'utf16', standardOnly: true });
    const [start, end] = cafeRange(xml);
    expect(INTERVIEW_TEXT.slice(start, end)).toBe(CAFE_QUOTE);
    const [cpStart, cpEnd] = cafeRange(exported({}).xml);
    expect(Array.from(INTERVIEW_TEXT).slice(cpStart, cpEnd).join('')).toBe(CAFE_QUOTE);
    expect(start).toBe(cpStart + 1); // the 👍 before it counts twice in UTF-16
    expect(parseXmlTree(xml).attributes.origin).toBe('Pilah 0.1.0 (UTF-16 offsets, NVivo-compatible)');
    expect((await validateAgainstXsd(xml, PROJECT_XSD)).errors).toEqual([]);
  });

  it('re-imports a UTF-16 file with every segment on the words it had', () => {
    const original = realisticProject();
    for (const standardOnly of [false, true]) {
      const { snapshot } = readQdpx(writeQdpx(original, { offsets: 'utf16', standardOnly }));
      expect(standardPart(snapshot).segments).toEqual(standardPart(original).segments);
    }
  });

  it('restores the whole project exactly from a UTF-16 file with Pilah’s extras', () => {
    const original = realisticProject();
    const { snapshot, warnings } = readQdpx(writeQdpx(original, { offsets: 'utf16' }));
    expect(warnings).toEqual([]);
    const sorted = (s: ProjectSnapshot) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Array.isArray(v) ? byKey(v as { id: string }[], (r) => r.id) : v]));
    expect(sorted(snapshot)).toEqual(sorted(original));
  });

  it('writes the same numbers either way when no text needs the choice', () => {
    const plain = realisticProject();
    plain.documents = plain.documents.map((d) => ({ ...d, text: d.text.replace(/[\u{10000}-\u{10FFFF}]/gu, '??') }));
    const positions = (xml: string) => all(parseXmlTree(xml), 'PlainTextSelection').map((s) => [s.attributes.startPosition, s.attributes.endPosition]);
    expect(positions(exported({ offsets: 'utf16' }, plain).xml)).toEqual(positions(exported({}, plain).xml));
  });

  it('keeps the project XML identical with or without the extras', () => {
    expect(exported({ standardOnly: true }).xml).toBe(exported({}).xml);
    expect(childNamed(parseXmlTree(exported({}).xml), 'Users')).toBeDefined();
  });
});
