/**
 * The demo projects in `samples/<slug>/`, bundled into the app at build time. Each is built
 * through the same import and coding operations as a user's own work when it is opened.
 */
import type { ProjectSnapshot } from '../../../shared/model/types';
import { buildSampleProject, SAMPLE_SLUGS, type SampleSpec } from '../../../shared/samples';

const specs = import.meta.glob<SampleSpec>('../../../samples/*/sample.json', { eager: true, import: 'default' });
// The transcripts and documentation PDFs (data: URLs inlined in the bundle: the app fetches
// nothing from outside) load with the sample that is opened: in the main chunk they made
// every start, reopening a student's own project, load and parse ~250 KB it never shows.
const texts = import.meta.glob<string>('../../../samples/*/transcripts/*.txt', { query: '?raw', import: 'default' });
const pdfs = import.meta.glob<string>('../../../samples/*/dokumen/*.pdf', { query: '?inline', import: 'default' });

/** A `data:…;base64,` URL's bytes. */
function bytesOfDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const folderOf = (path: string) => path.split('/').slice(0, -1).join('/');

export interface SampleEntry {
  slug: string;
  title: string;
  researcher: string;
  focus: string;
  informants: number;
  documents: number;
}

/** The samples found at build time, in the order the start screen lists them. */
export const SAMPLES: SampleEntry[] = Object.values(specs)
  .map((spec) => ({
    slug: spec.slug,
    title: spec.title,
    researcher: spec.researcher,
    focus: spec.focus,
    informants: spec.informants.length,
    documents: spec.documents.length + (spec.pdfs?.length ?? 0),
  }))
  .sort((a, b) => rank(a.slug) - rank(b.slug));

function rank(slug: string): number {
  const index = (SAMPLE_SLUGS as readonly string[]).indexOf(slug);
  return index === -1 ? SAMPLE_SLUGS.length : index;
}

/** Builds a fresh copy of a sample project (new ids every time, so it can be opened twice). */
export async function buildSample(slug: string): Promise<ProjectSnapshot> {
  const entry = Object.entries(specs).find(([, spec]) => spec.slug === slug);
  if (!entry) throw new Error(`Unknown sample ${slug}`);
  const [specPath, spec] = entry;
  const folder = folderOf(specPath);
  const files: Record<string, string | Uint8Array> = {};
  const inFolder = <T>(loaders: Record<string, () => Promise<T>>) =>
    Promise.all(Object.entries(loaders).filter(([path]) => path.startsWith(`${folder}/`)).map(async ([path, load]) => [path.slice(folder.length + 1), await load()] as const));
  const [folderTexts, folderPdfs] = await Promise.all([inFolder(texts), inFolder(pdfs)]);
  for (const [name, text] of folderTexts) files[name] = text;
  for (const [name, url] of folderPdfs) files[name] = bytesOfDataUrl(url);
  return buildSampleProject(spec, files);
}
