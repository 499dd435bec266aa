/**
 * Re-exporting another tool's project keeps who did what: the users keep their GUIDs (the
 * project's creator too) and every passage, coding and transcript keeps its creatingUser.
 * Checked on the real NVivo export, whose creator marked the passages and another user coded them.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { normalizeGuid } from './guid';
import { readQdpx } from './read-qdpx';
import { writeQdpx } from './write-qdpx';
import { childNamed, childrenNamed, itemsIn, parseXmlTree, type XmlElement } from './xml-tree';

const SAMPLE = new URL('../../../shared/refi-qda/samples/nvivo-win-12.6_oltas0517.qdpx', import.meta.url).pathname;
const utf8 = new TextDecoder('utf-8');

interface Attributions {
  creator: string;
  users: string[];
  /** "source | code | words" → the users who made such codings. */
  codings: Map<string, string[]>;
  /** "source | words" → the users who marked such passages. */
  selections: Map<string, string[]>;
  sources: Map<string, string>;
}

const add = (map: Map<string, string[]>, key: string, value: string): void => {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list.sort());
};

/**
 * Who made what in a .qdpx, keyed by words rather than positions: the two files count
 * positions differently (NVivo's CRLF text against Pilah's LF text). Both are read in UTF-16
 * units (NVivo's, and Pilah's when asked for NVivo).
 */
function attributions(bytes: Uint8Array): Attributions {
  const files = unzipSync(bytes);
  const byLower = new Map(Object.keys(files).map((name) => [name.toLowerCase(), name]));
  const root = parseXmlTree(utf8.decode(files[byLower.get('project.qde')!]));
  const guid = (value: string | undefined): string => normalizeGuid(value ?? '');
  const codings = new Map<string, string[]>();
  const selections = new Map<string, string[]>();
  const sources = new Map<string, string>();
  for (const source of itemsIn(root, 'Sources', 'TextSource')) {
    const entry = byLower.get(`sources/${source.attributes.plainTextPath!.replace('internal://', '').toLowerCase()}`)!;
    const text = utf8.decode(files[entry]);
    const id = guid(source.attributes.guid);
    sources.set(id, guid(source.attributes.creatingUser));
    for (const selection of childrenNamed(source, 'PlainTextSelection')) {
      const words = text.slice(Number(selection.attributes.startPosition), Number(selection.attributes.endPosition)).replace(/\r\n/g, '\n');
      add(selections, `${id} | ${words}`, guid(selection.attributes.creatingUser));
      for (const coding of childrenNamed(selection, 'Coding')) {
        add(codings, `${id} | ${guid(childNamed(coding, 'CodeRef')!.attributes.targetGUID)} | ${words}`, guid(coding.attributes.creatingUser));
      }
    }
  }
  const users = itemsIn(root, 'Users', 'User').map((u: XmlElement) => `${guid(u.attributes.guid)} ${u.attributes.name}`);
  return { creator: guid(root.attributes.creatingUserGUID), users: users.sort(), codings, selections, sources };
}

describe('re-exporting the NVivo sample', () => {
  const original = new Uint8Array(readFileSync(SAMPLE));
  const before = attributions(original);
  const { snapshot } = readQdpx(original, { now: '2026-01-01T00:00:00.000Z' });

  it.each([
    ['standard only', true],
    ['with Pilah’s extras', false],
  ])('keeps every user’s GUID and every creatingUser (%s), and again after a second round', (_, standardOnly) => {
    const once = writeQdpx(snapshot, { standardOnly, offsets: 'utf16' });
    const twice = writeQdpx(readQdpx(once).snapshot, { standardOnly, offsets: 'utf16' });
    for (const bytes of [once, twice]) {
      const after = attributions(bytes);
      expect(after.creator).toBe(before.creator);
      expect(after.users).toEqual(before.users);
      expect(after.sources).toEqual(before.sources);
      expect(after.codings).toEqual(before.codings);
      expect(after.selections).toEqual(before.selections);
    }
  });

  it('still credits the codings to the user who made them, the passages to the project’s creator', () => {
    const coders = new Map(snapshot.coders.map((c) => [c.id, c.name]));
    expect(snapshot.project.researcher).toBe('floriansipos');
    expect(new Set(snapshot.segments.map((s) => coders.get(s.coderId!)))).toEqual(new Set(['Gergo']));
    expect(snapshot.segments.filter((s) => s.selectedBy === null).length).toBeGreaterThan(100);
    expect([...before.codings.values()].flat().length).toBe(before.codings.size);
  });
});
