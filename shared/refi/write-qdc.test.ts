import { describe, expect, it } from 'vitest';
import { validateAgainstXsd, validateWithXmllintCli } from '../../test/support/xsd';
import type { Code } from '../model/types';
import { applyChangeset, stateFromSnapshot } from '../model/changeset';
import { mergeCodebook } from './merge-codebook';
import { readQdc } from './read-qdc';
import { EmptyCodebookError, writeQdc } from './write-qdc';
import { childNamed, childrenNamed, parseXmlTree, type XmlElement } from './xml-tree';
import { CODE, realisticProject } from './testing/realistic-project';

const CODEBOOK_XSD = new URL('../../../shared/refi-qda/schemas/Codebook.xsd', import.meta.url).pathname;
const xmlOf = (codes: Code[]): string => new TextDecoder().decode(writeQdc({ codes }, { appVersion: '0.1.0' }));

describe('writeQdc', () => {
  it('writes a codebook that validates against the REFI-QDA Codebook.xsd', async () => {
    const xml = xmlOf(realisticProject().codes);
    expect((await validateAgainstXsd(xml, CODEBOOK_XSD)).errors).toEqual([]);
    const cli = validateWithXmllintCli(xml, CODEBOOK_XSD);
    if (cli) expect(cli.errors).toEqual([]);
  });

  it('is plain UTF-8 XML without BOM, in the codebook namespace', () => {
    const bytes = writeQdc(realisticProject(), { appVersion: '0.1.0' });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('<?xml');
    const root = parseXmlTree(new TextDecoder().decode(bytes));
    expect(root.name).toBe('CodeBook');
    expect(root.attributes.origin).toBe('Pilah 0.1.0');
    expect(new TextDecoder().decode(bytes)).toContain('xmlns="urn:QDA-XML:codebook:1.0"');
  });

  it('nests the codes with their definitions and colours, under the same GUIDs as the project file', () => {
    const root = parseXmlTree(xmlOf(realisticProject().codes));
    const top = childrenNamed(childNamed(root, 'Codes')!, 'Code');
    expect(top.map((c) => c.attributes.name)).toEqual(['Pemberdayaan', 'Faktor pendukung dan penghambat', 'Digital marketing']);
    const enabling = childrenNamed(top[0]!, 'Code')[0]!;
    expect(enabling.attributes).toMatchObject({ guid: CODE.enabling, name: 'Menciptakan iklim (enabling)', color: '#E69F00', isCodable: 'true' });
    expect(childNamed(enabling, 'Description')!.text).toBe('Upaya menciptakan suasana yang memungkinkan potensi "berkembang" & tumbuh.');
    // The English definition stands in when the Indonesian one is empty.
    expect(childNamed(top[2]!, 'Description')!.text).toBe('Selling online');
    const count = (e: XmlElement): number => childrenNamed(e, 'Code').reduce((n, c) => n + 1 + count(c), 0);
    expect(count(childNamed(root, 'Codes')!)).toBe(realisticProject().codes.length);
  });

  it('keeps a code whose parent is gone, at the top, rather than losing it', async () => {
    const codes = realisticProject().codes.filter((c) => c.id !== CODE.factors);
    const xml = xmlOf(codes);
    const top = childrenNamed(childNamed(parseXmlTree(xml), 'Codes')!, 'Code');
    expect(top.map((c) => c.attributes.name)).toContain('Faktor penghambat');
    expect((await validateAgainstXsd(xml, CODEBOOK_XSD)).valid).toBe(true);
  });

  it('reads back with readQdc as the same tree, names, definitions and colours, under the same GUIDs', () => {
    const original = realisticProject().codes;
    const { codes, warnings } = readQdc(writeQdc({ codes: original }));
    expect(warnings).toEqual([]);
    const shape = (list: Code[]) =>
      list
        .map((c) => ({ id: c.id, parentId: c.parentId, name: c.label.id || c.label.en, definition: c.definition.id || c.definition.en, color: c.color, order: c.order }))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
    const expected = shape(original).map((c) => ({ ...c, id: c.id === CODE.digital ? codes.find((x) => x.label.id === 'Digital marketing')!.id : c.id }));
    expect(shape(codes)).toEqual(expected);
  });

  it('merges into the project it came from without adding a code: every GUID matches', () => {
    const snapshot = realisticProject();
    const state = stateFromSnapshot(snapshot);
    const { codes } = readQdc(writeQdc(snapshot));
    const merge = mergeCodebook(state, codes);
    expect(merge.added).toBe(0);
    expect(merge.merged).toBe(snapshot.codes.length);
    expect(Object.keys(applyChangeset(state, merge.changeset).codes)).toHaveLength(snapshot.codes.length);
  });

  it('refuses an empty codebook, which the schema cannot hold', () => {
    expect(() => writeQdc({ codes: [] })).toThrow(EmptyCodebookError);
  });
});
