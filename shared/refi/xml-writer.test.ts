import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, XmlWriter } from './xml-writer';
import { parseXmlTree } from './xml-tree';

describe('XML escaping', () => {
  it.each([
    { value: 'Anggaran & modal', text: 'Anggaran &amp; modal', attribute: 'Anggaran &amp; modal' },
    { value: '<Renstra>', text: '&lt;Renstra&gt;', attribute: '&lt;Renstra&gt;' },
    { value: 'kata "kunci"', text: 'kata "kunci"', attribute: 'kata &quot;kunci&quot;' },
    { value: 'baris 1\nbaris 2', text: 'baris 1\nbaris 2', attribute: 'baris 1&#10;baris 2' },
    { value: 'a\tb\rc', text: 'a\tb&#13;c', attribute: 'a&#9;b&#13;c' },
    { value: 'kontrol\u0007\u000Bdibuang', text: 'kontroldibuang', attribute: 'kontroldibuang' },
    { value: 'Kafé 👍 “kutipan”', text: 'Kafé 👍 “kutipan”', attribute: 'Kafé 👍 “kutipan”' },
  ])('$value', ({ value, text, attribute }) => {
    expect(escapeText(value)).toBe(text);
    expect(escapeAttribute(value)).toBe(attribute);
  });
});

describe('XmlWriter', () => {
  it('writes values a parser reads back exactly, attributes and text alike', () => {
    const tricky = 'Memo: <a> & "b" \'c\'\nbaris 2\ttab 👍';
    const xml = new XmlWriter().start('Root', { name: tricky, empty: '', none: undefined }).text('Text', tricky).empty('Leaf', { n: 3, yes: true }).end().toString();
    const root = parseXmlTree(xml);
    expect(root.attributes).toEqual({ name: tricky });
    expect(root.children[0]!.text).toBe(tricky);
    expect(root.children[1]!.attributes).toEqual({ n: '3', yes: 'true' });
  });

  it('refuses to produce a document with an element left open, or a name that is not XML', () => {
    expect(() => new XmlWriter().start('Open').toString()).toThrow(/never closed/);
    expect(() => new XmlWriter().start('bad name')).toThrow(/not an XML name/);
  });
});
