/**
 * The demo projects built in Node from `samples/<slug>/`, through the same shared code the
 * app runs when a student clicks "Buka proyek contoh": what a browser test expects to see.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ProjectSnapshot } from '../../../shared/model/types';
import { buildSampleProject, sampleFiles, samplePdfFiles, type SampleSpec } from '../../../shared/samples';

export async function sampleSpec(slug: string): Promise<SampleSpec> {
  return JSON.parse(await readFile(resolve('samples', slug, 'sample.json'), 'utf8')) as SampleSpec;
}

/** The sample as the app builds it (ids differ from the app's copy; everything else matches). */
export async function buildSampleInNode(slug: string): Promise<ProjectSnapshot> {
  const spec = await sampleSpec(slug);
  const texts: Record<string, string | Uint8Array> = {};
  for (const file of sampleFiles(spec)) texts[file] = await readFile(resolve('samples', slug, file), 'utf8');
  for (const file of samplePdfFiles(spec)) texts[file] = new Uint8Array(await readFile(resolve('samples', slug, file)));
  return buildSampleProject(spec, texts);
}

/** Segments carrying the code itself (not counting sub-codes). */
export const segmentsWith = (snapshot: ProjectSnapshot, codeId: string) => snapshot.segments.filter((s) => s.codeIds.includes(codeId));

/** The text of a segment, for comparing a project with its copy whose ids differ. */
export function quoteOf(snapshot: ProjectSnapshot, segment: { documentId: string; start: number; end: number }): string {
  const doc = snapshot.documents.find((d) => d.id === segment.documentId);
  return doc ? doc.text.slice(segment.start, segment.end) : '';
}
