import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateAgainstXsd } from '../../test/support/xsd';
import type { ProjectSnapshot } from '../model/types';
import { buildSampleProject, sampleFiles, type SampleSpec } from '../samples';
import { readQdpx } from './read-qdpx';
import { writeQdpx } from './write-qdpx';

const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));
const PROJECT_XSD = fileURLToPath(new URL('../../../shared/refi-qda/schemas/Project.xsd', import.meta.url));
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

const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe.skipIf(slugs.length === 0)('the demo projects as project files', () => {
  it.each(slugs)('%s: saves as a schema-valid .qdpx and opens again with nothing lost', async (slug) => {
    const original = await buildSample(slug);
    const bytes = writeQdpx(original, { appVersion: 'test' });
    const xml = new TextDecoder().decode(unzipSync(bytes)['project.qde']);
    expect((await validateAgainstXsd(xml, PROJECT_XSD)).errors).toEqual([]);
    const { snapshot, warnings } = readQdpx(bytes);
    expect(warnings).toEqual([]);
    expect(snapshot.project).toEqual(original.project);
    for (const table of ['codes', 'informants', 'documents', 'segments'] as const) {
      expect(byId<{ id: string }>(snapshot[table])).toEqual(byId<{ id: string }>(original[table]));
    }
  });
});
