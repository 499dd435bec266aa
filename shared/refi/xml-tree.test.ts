import { describe, expect, it } from 'vitest';
import { ProjectFileError } from './errors';
import { parseXmlTree } from './xml-tree';

describe('parseXmlTree', () => {
  it.each([
    ['the standard namespace', '<Project xmlns="urn:QDA-XML:project:1.0" name="a"><CodeBook/></Project>'],
    ['a misspelt namespace', '<Project xmlns="urn:QDA-XML:project:1:0" name="a"><CodeBook/></Project>'],
    ['no namespace', '<Project name="a"><CodeBook/></Project>'],
    ['a prefix', '<q:Project xmlns:q="urn:QDA-XML:project:1.0" name="a"><q:CodeBook/></q:Project>'],
  ])('knows elements by local name with %s', (_, xml) => {
    const root = parseXmlTree(xml);
    expect(root.name).toBe('Project');
    expect(root.attributes).toEqual({ name: 'a' });
    expect(root.children.map((c) => c.name)).toEqual(['CodeBook']);
  });

  it('joins text and CDATA and normalises CRLF inside content, as XML requires', () => {
    const root = parseXmlTree('<D>satu\r\n<![CDATA[<dua> & tiga]]></D>');
    expect(root.text).toBe('satu\n<dua> & tiga');
  });

  it('refuses a DOCTYPE even without entities', () => {
    expect(() => parseXmlTree('<!DOCTYPE Project><Project name="a"/>')).toThrow(ProjectFileError);
  });
});
