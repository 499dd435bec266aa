/**
 * Every real REFI-QDA file in ../shared/refi-qda/samples, as its producer exported it: the
 * coded words must be the words the producer coded, and what Pilah cannot hold is listed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../model/types';
import type { ProjectFileWarning } from './errors';
import { importQdpx } from './import-qdpx';
import { isWordBoundary } from './offset-scoring';
import type { ReadQdpxResult } from './read-qdpx';

const SAMPLES = new URL('../../../shared/refi-qda/samples/', import.meta.url).pathname;
const open = (file: string): Promise<ReadQdpxResult> => importQdpx(new Uint8Array(readFileSync(`${SAMPLES}${file}`)), { now: '2026-01-01T00:00:00.000Z' });

const codeNamed = (s: ProjectSnapshot, name: string) => s.codes.filter((c) => c.label.id === name);
const quote = (s: ProjectSnapshot, segment: ProjectSnapshot['segments'][number]) => s.documents.find((d) => d.id === segment.documentId)!.text.slice(segment.start, segment.end);
/** The code names of the segment that covers exactly `words`. */
const codesOn = (s: ProjectSnapshot, words: string): string[] => {
  const segment = s.segments.find((seg) => quote(s, seg).trim() === words);
  if (!segment) throw new Error(`no segment covers "${words}"`);
  return segment.codeIds.map((id) => s.codes.find((c) => c.id === id)!.label.id).sort();
};
const warning = (warnings: ProjectFileWarning[], code: ProjectFileWarning['code'], what?: string) =>
  warnings.find((w) => w.code === code && (what === undefined || w.what === what));

describe('NVivo for Windows 12.6 (BOM, CRLF counted twice, UTF-16 units, 892 emoji)', async () => {
  const { snapshot, warnings, producer } = await open('nvivo-win-12.6_oltas0517.qdpx');

  it('is recognised and read with its codes, both transcripts and no surprises', () => {
    expect(producer.id).toBe('nvivo-windows');
    expect(snapshot.codes).toHaveLength(152);
    expect(snapshot.documents.map((d) => d.title).sort()).toEqual(['videos_10_selected', 'videos_selection']);
    expect(warnings).toEqual([]);
  });

  it('puts the coded words where NVivo coded them, also after dozens of emoji', () => {
    expect(codesOn(snapshot, 'Csak annak a statisztikának hiszek amit én hamisítok!')).toEqual(['Untrustworthy data', 'bizalmatlanság']);
    expect(codesOn(snapshot, 'Záhertorta egy alkesz nulla')).toEqual(['ad populum', 'orvosokkal szembeni bizalmatlanság']);
    const doc = snapshot.documents.find((d) => d.title === 'videos_10_selected')!;
    const late = snapshot.segments.find((s) => quote(snapshot, s) === 'Dugják föl maguknak!')!;
    expect([...doc.text.slice(0, late.start).matchAll(/\p{Extended_Pictographic}/gu)].length).toBeGreaterThan(50);
    expect(codesOn(snapshot, 'Dugják föl maguknak!')).toEqual(['Resisting coercion']);
  });

  it('starts and ends almost every segment between words (GUIDE: 302 of 303 starts)', () => {
    let onBoundary = 0;
    for (const s of snapshot.segments) {
      const text = snapshot.documents.find((d) => d.id === s.documentId)!.text;
      if (isWordBoundary(text, s.start) && isWordBoundary(text, s.end)) onBoundary++;
    }
    expect(onBoundary / snapshot.segments.length).toBeGreaterThan(0.98);
  });

  it('keeps every coding and who made it: the owner, and Gergo as a second coder', () => {
    expect(snapshot.project.researcher).toBe('floriansipos');
    expect(snapshot.coders.map((c) => c.name)).toEqual(['Gergo']);
    const gergo = snapshot.coders[0]!.id;
    expect(snapshot.segments.filter((s) => s.coderId === gergo).length).toBeGreaterThan(50);
    expect(snapshot.segments.reduce((n, s) => n + s.codeIds.length, 0)).toBe(303);
  });

  it('keeps the nested tree and code descriptions', () => {
    const parent = codeNamed(snapshot, '2. Attitűd szint az oltáshoz')[0]!;
    expect(parent.definition.id).toContain('Erősen szkeptikus (piros)');
    expect(codeNamed(snapshot, 'piros')[0]!.parentId).toBe(parent.id);
  });
});

describe('NVivo for Mac 15 (duplicate code names, empty texts)', async () => {
  const { snapshot, warnings, producer } = await open('nvivo-mac-15_docx-only-text.qdpx');

  it('keeps all 262 codes, same-named ones apart under their own parents', () => {
    expect(producer.id).toBe('nvivo-mac');
    expect(snapshot.codes).toHaveLength(262);
    const citizenship = codeNamed(snapshot, 'citizenship');
    expect(citizenship).toHaveLength(3);
    expect(new Set(citizenship.map((c) => c.parentId)).size).toBe(3);
  });

  it('makes the owner the researcher and the other user a coder', () => {
    expect(snapshot.project.researcher).toBe('chrisp');
    expect(snapshot.coders.map((c) => c.name)).toEqual(['cp']);
  });

  it('says that its two sources hold no text, rather than opening empty transcripts', () => {
    expect(snapshot.documents).toEqual([]);
    expect(warning(warnings, 'skipped-sources', 'TextSource')?.count).toBe(2);
  });
});

describe('MAXQDA 24 (307 nested codes with descriptions, 10 texts, document sets)', async () => {
  const { snapshot, warnings, producer } = await open('maxqda-24_themes.qdpx');

  it('reads codes, definitions and texts, and lists the two document sets it left out', () => {
    expect(producer.id).toBe('maxqda');
    expect(snapshot.codes).toHaveLength(307);
    const affinity = codeNamed(snapshot, 'THEME - Affinity Spaces (Gee)')[0]!;
    expect(affinity.definition.id).toBe("Apply this code when a study uses Gee's concept of affinity spaces.");
    expect(snapshot.codes.find((c) => c.id === affinity.parentId)!.label.id).toBe('Additional Themes and Ideas');
    expect(snapshot.documents).toHaveLength(10);
    expect(snapshot.documents.every((d) => d.text.length > 30_000)).toBe(true);
    expect(warnings).toEqual([{ code: 'skipped-sets', what: 'Set', count: 2 }]);
  });
});

describe('ATLAS.ti for Windows 23.2 (codes only, no sources folder)', async () => {
  const { snapshot, producer } = await open('atlasti-win-23.2_codes-only.qdpx');

  it('reads the nested codes; the program’s own user is not a coder', () => {
    expect(producer.id).toBe('atlasti');
    const commits = codeNamed(snapshot, 'Commits')[0]!;
    expect(snapshot.codes.filter((c) => c.parentId === commits.id).map((c) => c.label.id)).toEqual(['2022-05-10T02:05:59Z 19e4dce', '2022-02-11T10:39:25Z cdbfd92']);
    expect(snapshot.project.researcher).toBe('Enric Llagostera');
    expect(snapshot.coders).toEqual([]);
  });
});

describe('ATLAS.ti 8.4, the spec example (every element type, Parent::Child names, no source files)', async () => {
  const { snapshot, warnings } = await open('atlasti-mac-8.4_spec-example.qdpx');

  it('rebuilds the Coke::… codes under the Coke code itself', () => {
    const coke = codeNamed(snapshot, 'Coke')[0]!;
    expect(coke.definition.id).toBe('the breakfast of champions');
    const children = snapshot.codes.filter((c) => c.parentId === coke.id).map((c) => c.label.id).sort();
    expect(children).toEqual(['diet Coke', 'full-fat Coke']);
    expect(snapshot.codes).toHaveLength(14);
    expect(warning(warnings, 'rebuilt-hierarchy')?.count).toBe(2);
  });

  it('lists each kind of thing it could not take, with counts', () => {
    const counts = Object.fromEntries(warnings.map((w) => [`${w.code}/${w.what}`, w.count]));
    expect(counts).toMatchObject({
      'skipped-sources/PictureSource': 1,
      'skipped-media-codings/PictureSource': 2,
      'skipped-sources/PDFSource': 2,
      'skipped-media-codings/PDFSource': 6,
      'skipped-sources/AudioSource': 1,
      'skipped-sources/VideoSource': 2,
      'skipped-media-codings/VideoSource': 1,
      'skipped-sets/Set': 16,
      'skipped-graphs/Graph': 1,
      'skipped-codings-missing-source/TextSource': 7,
    });
    const missing = warning(warnings, 'missing-sources')!;
    expect(missing.count).toBe(6);
    expect(missing.what).toContain('Simon.docx');
  });

  it('keeps the memos no element points at in the journal, and the other researcher as a coder', () => {
    expect(snapshot.project.journal).toContain('Research Plan\nThis is a great project by a dynamic team of researcher-developers.');
    expect(snapshot.project.journal).toContain('This version is much better than the new Director’s cut');
    expect(snapshot.project.researcher).toBe('Friedrich Markgraf');
    expect(snapshot.coders.map((c) => c.name)).toEqual(['Sebastian Petrausch']);
  });
});

describe('qc 1.3.2 (bare relative paths, non-GUID file names)', async () => {
  const { snapshot, warnings, producer } = await open('qc-1.3.2_nonconforming-paths.qdpx');

  it('finds both texts and names them after their files', () => {
    expect(producer.id).toBe('other');
    expect(snapshot.documents.map((d) => d.title).sort()).toEqual(['admin-1', 'board_2017']);
    expect(warnings).toEqual([]);
  });

  it('puts the codes on the lines qc coded', () => {
    expect(snapshot.segments).toHaveLength(158);
    expect(codesOn(snapshot, 'the list of high school graduation requirements.')).toEqual(['graduation_requirement']);
    expect(codesOn(snapshot, 'This district goal is engage every student in joyful, purposeful learning that')).toEqual(['fun']);
  });
});
