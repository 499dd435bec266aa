import { describe, expect, it } from 'vitest';
import type { FrameworkId } from '../model/types';
import { FRAMEWORKS, frameworkById, instantiateFramework } from './instantiate';
import { colorName, isHexColor, isNamedColor } from './palette';
import type { CodeTemplate } from './template';

const flatten = (codes: CodeTemplate[]): CodeTemplate[] => codes.flatMap((c) => [c, ...flatten(c.children ?? [])]);

const expected: { id: FrameworkId; dimensions: { id: string; en: string; indicators: number }[] }[] = [
  {
    id: 'empowerment',
    dimensions: [
      { id: 'Enabling', en: 'Enabling', indicators: 5 },
      { id: 'Empowering', en: 'Empowering', indicators: 7 },
      { id: 'Protecting', en: 'Protecting', indicators: 5 },
    ],
  },
  {
    id: 'edward3',
    dimensions: [
      { id: 'Komunikasi', en: 'Communication', indicators: 3 },
      { id: 'Sumber daya', en: 'Resources', indicators: 4 },
      { id: 'Disposisi', en: 'Disposition', indicators: 3 },
      { id: 'Struktur birokrasi', en: 'Bureaucratic structure', indicators: 2 },
    ],
  },
  {
    id: 'woolcock',
    dimensions: [
      { id: 'Bonding', en: 'Bonding', indicators: 0 },
      { id: 'Bridging', en: 'Bridging', indicators: 0 },
      { id: 'Linking', en: 'Linking', indicators: 0 },
    ],
  },
  {
    id: 'mouzelis',
    dimensions: [
      { id: 'Mikro', en: 'Micro', indicators: 0 },
      { id: 'Meso', en: 'Meso', indicators: 0 },
      { id: 'Makro', en: 'Macro', indicators: 0 },
    ],
  },
  {
    id: 'factors',
    dimensions: [
      { id: 'Faktor pendukung', en: 'Supporting factor', indicators: 0 },
      { id: 'Faktor penghambat', en: 'Inhibiting factor', indicators: 0 },
    ],
  },
];

describe('built-in frameworks', () => {
  it('ships the five frameworks of the studies, in wizard order', () => {
    expect(FRAMEWORKS.map((f) => f.id)).toEqual(expected.map((e) => e.id));
  });

  describe.each(expected)('$id', ({ id, dimensions }) => {
    const framework = frameworkById(id);
    const all = flatten(framework.codes);

    it('is one root whose children are the dimensions, with their indicators', () => {
      expect(framework.codes).toHaveLength(1);
      const dims = framework.codes[0]!.children ?? [];
      expect(dims.map((d) => ({ id: d.label.id, en: d.label.en, indicators: d.children?.length ?? 0 }))).toEqual(dimensions);
    });

    it('has a card title, a one-line description and a source citation', () => {
      for (const text of [framework.label.id, framework.label.en, framework.description.id, framework.description.en, framework.source]) {
        expect(text.trim()).not.toBe('');
      }
      expect(framework.description.id).not.toContain('\n');
    });

    it('labels and defines every code in Indonesian and English', () => {
      for (const code of all) {
        expect(code.label.id.trim(), code.key).not.toBe('');
        expect(code.label.en.trim(), code.key).not.toBe('');
        expect(code.definition.id.length, code.key).toBeGreaterThan(40);
        expect(code.definition.en.length, code.key).toBeGreaterThan(40);
        expect(code.definition.id, code.key).not.toBe(code.definition.en);
      }
    });

    it('gives every code a unique key and a valid, named colour', () => {
      expect(new Set(all.map((c) => c.key)).size).toBe(all.length);
      for (const code of all) {
        expect(isHexColor(code.color), code.key).toBe(true);
        expect(isNamedColor(code.color), code.key).toBe(true);
        expect(colorName(code.color, 'id')).not.toBe(colorName(code.color, 'en'));
      }
    });

    it('tells dimensions apart by colour and tints indicators from their dimension', () => {
      const dims = framework.codes[0]!.children ?? [];
      expect(new Set(dims.map((d) => d.color)).size).toBe(dims.length);
      for (const dim of dims) {
        for (const indicator of dim.children ?? []) {
          expect(indicator.color).not.toBe(dim.color);
          expect(colorName(indicator.color, 'en').toLowerCase()).toContain(colorName(dim.color, 'en').toLowerCase());
        }
      }
    });
  });

  it.each([
    ['woolcock', 'mouzelis', 'factors'],
    ['empowerment', 'factors'],
    ['edward3', 'factors'],
  ] as FrameworkId[][])('frameworks studies combine (%s) colour their dimensions apart', (...ids) => {
    const colors = ids.flatMap((id) => frameworkById(id).codes[0]!.children!.map((d) => d.color));
    expect(new Set(colors).size).toBe(colors.length);
  });

  it('names sibling indicators of the biggest dimension with their Indonesian terms', () => {
    const empowering = frameworkById('empowerment').codes[0]!.children![1]!;
    expect(empowering.children!.map((c) => c.label.id)).toContain('Pendampingan');
    expect(empowering.children!.map((c) => c.label.id)).toContain('Legalitas usaha');
  });
});

describe('instantiateFramework', () => {
  it('copies a template into a code tree with fresh ids, its source and framework id', () => {
    const codes = instantiateFramework('edward3', 'p1', 2);
    const root = codes[0]!;
    expect(root).toMatchObject({ parentId: null, order: 2, projectId: 'p1', frameworkId: 'edward3', source: 'Edward III (1980)' });
    expect(codes).toHaveLength(1 + 4 + 12);
    const dims = codes.filter((c) => c.parentId === root.id);
    expect(dims.map((d) => d.order)).toEqual([0, 1, 2, 3]);
    for (const code of codes) expect(code.source).toBe('Edward III (1980)');
    expect(new Set(codes.map((c) => c.id)).size).toBe(codes.length);
  });

  it('gives each copy its own ids and never lets an edit reach the template', () => {
    const first = instantiateFramework('woolcock', 'p1', 0);
    const second = instantiateFramework('woolcock', 'p2', 0);
    expect(first.map((c) => c.id).some((id) => second.some((c) => c.id === id))).toBe(false);
    first[1]!.label.id = 'Diubah';
    expect(frameworkById('woolcock').codes[0]!.children![0]!.label.id).toBe('Bonding');
    expect(instantiateFramework('woolcock', 'p3', 0)[1]!.label.id).toBe('Bonding');
  });

  it('refuses an unknown framework', () => {
    expect(() => instantiateFramework('nope' as FrameworkId, 'p', 0)).toThrow(expect.objectContaining({ code: 'unknown-framework' }));
  });
});
