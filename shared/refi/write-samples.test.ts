/**
 * Every export of the three demo projects — the .qdpx for other tools, the .qdc codebook, the
 * CSV and Excel codebooks — validates where a schema exists and reads back to what was written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateAgainstXsd } from '../../test/support/xsd';
import { readCodebookCsv, writeCodebookCsv } from '../codebook-io';
import { readCodebookXlsx, writeCodebookXlsx } from '../codebook-io/xlsx';
import type { ProjectSnapshot } from '../model/types';
import { buildSampleProject, sampleFiles, type SampleSpec } from '../samples';
import { readQdc } from './read-qdc';
import { readQdpx } from './read-qdpx';
import { writeQdc } from './write-qdc';
import { writeQdpx } from './write-qdpx';

const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));
const schema = (name: string): string => fileURLToPath(new URL(`../../../shared/refi-qda/schemas/${name}`, import.meta.url));
const slugs = existsSync(samplesDir)
  ? readdirSync(samplesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(samplesDir, e.name, 'sample.json')))
      .map((e) => e.name)
  : [];

async function buildSample(slug: string): Promise<ProjectSnapshot> {
  const spec = JSON.parse(readFileSync(join(samplesDir, slug, 'sample.json'), 'utf8')) as SampleSpec;
  const texts = Object.fromEntries(sampleFiles(spec).map((file) => [file, readFileSync(join(samplesDir, slug, file), 'utf8')]));
  return buildSampleProject(spec, texts, '2026-01-01T00:00:00.000Z');
}

/** Each segment as the words it covers and the names of its codes. */
function codedQuotes(s: ProjectSnapshot): string[] {
  const names = new Map(s.codes.map((c) => [c.id, c.label.id || c.label.en]));
  const texts = new Map(s.documents.map((d) => [d.id, d.text]));
  return s.segments.map((g) => `${texts.get(g.documentId)!.slice(g.start, g.end)} ← ${g.codeIds.map((id) => names.get(id)).sort().join(', ')}`).sort();
}

const codeNames = (s: Pick<ProjectSnapshot, 'codes'>): string[] => s.codes.map((c) => c.label.id || c.label.en).sort();

describe.skipIf(slugs.length === 0)('the demo projects exported for other tools', () => {
  it.each(slugs)('%s: a standard-only .qdpx validates and reads back with every coded quote', async (slug) => {
    const original = await buildSample(slug);
    const bytes = writeQdpx(original, { appVersion: 'test', standardOnly: true });
    const files = unzipSync(bytes);
    expect(files['pilah/project.json']).toBeUndefined();
    expect((await validateAgainstXsd(new TextDecoder().decode(files['project.qde']), schema('Project.xsd'))).errors).toEqual([]);
    const { snapshot } = readQdpx(bytes);
    expect(codeNames(snapshot)).toEqual(codeNames(original));
    expect(codedQuotes(snapshot)).toEqual(codedQuotes(original));
    expect(snapshot.informants.map((i) => [i.label, i.name, i.group, i.category])).toEqual(original.informants.map((i) => [i.label, i.name, i.group, i.category]));
  });

  it.each(slugs)('%s: the .qdc validates and reads back with every code', async (slug) => {
    const original = await buildSample(slug);
    const bytes = writeQdc(original, { appVersion: 'test' });
    expect((await validateAgainstXsd(new TextDecoder().decode(bytes), schema('Codebook.xsd'))).errors).toEqual([]);
    expect(codeNames(readQdc(bytes))).toEqual(codeNames(original));
  });

  it.each(slugs)('%s: the CSV and Excel codebooks read back with every code, definition and colour', async (slug) => {
    const original = await buildSample(slug);
    const rows = (list: { name: string; definition: string; colour: string }[]) => list.map((r) => `${r.name} | ${r.definition} | ${r.colour}`).sort();
    const expected = original.codes.map((c) => `${c.label.id || c.label.en} | ${c.definition.id || c.definition.en} | ${c.color.toUpperCase()}`).sort();
    expect(rows(readCodebookCsv(writeCodebookCsv(original.codes, 'id')))).toEqual(expected);
    expect(rows(await readCodebookXlsx(await writeCodebookXlsx(original.codes, 'id')))).toEqual(expected);
  });
});
