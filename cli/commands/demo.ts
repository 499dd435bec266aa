/**
 * pilah demo --out <folder> [--lang id|en]
 *
 * Builds the sample projects shipped in samples/ and writes, for each, its project file
 * `<slug>.qdpx`, its appendix `<slug>-lampiran.docx` and its matrices `<slug>-matriks.xlsx`.
 * All samples are built before anything is written.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildAppendix, DEFAULT_APPENDIX_PARTS } from '../../shared/appendix';
import { translate } from '../../shared/i18n';
import { stateFromSnapshot } from '../../shared/model/changeset';
import type { Locale } from '../../shared/model/types';
import { writeQdpx } from '../../shared/refi';
import { buildSampleProject, SAMPLE_SLUGS, sampleFiles, samplePdfFiles, type SampleSpec } from '../../shared/samples';
import { buildMatricesWorkbook } from '../../shared/spreadsheet';
import { cliLocale, UsageError } from '../errors';
import { writeAll, type Output } from '../files';

/** The package's samples/ folder, found upwards from this module (the sources, or the build in build/cli/). */
function samplesDir(): string {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    const candidate = new URL('samples/', dir);
    if (existsSync(new URL('package.json', dir)) && existsSync(candidate)) return fileURLToPath(candidate);
    if (new URL('../', dir).href === dir.href) throw new Error('samples/ not found beside the pilah package');
  }
}

const SAMPLES_DIR = samplesDir();

export async function runDemo(args: string[]): Promise<void> {
  const locale = cliLocale(args);
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: false, options: { out: { type: 'string', short: 'o' }, lang: { type: 'string' } } });
  } catch (err) {
    throw new UsageError(translate(locale, 'cli:badOptions', { detail: err instanceof Error ? err.message : String(err) }));
  }
  const out = parsed.values.out;
  if (!out) throw new UsageError(translate(locale, 'cli:demoNeedOut'));

  const outputs: Output[] = [];
  const lines: string[] = [];
  for (const slug of SAMPLE_SLUGS) {
    const files = await sampleOutputs(slug, out, locale);
    outputs.push(...files.outputs);
    lines.push(translate(locale, 'cli:demoWritten', { title: files.title, files: files.outputs.map((o) => o.path).join(', ') }));
  }
  await mkdir(out, { recursive: true });
  await writeAll(outputs, locale);
  process.stdout.write(lines.join('\n') + '\n');
}

async function sampleOutputs(slug: string, out: string, locale: Locale): Promise<{ title: string; outputs: Output[] }> {
  const dir = join(SAMPLES_DIR, slug);
  const spec = JSON.parse(await readFile(join(dir, 'sample.json'), 'utf8')) as SampleSpec;
  const texts: Record<string, string | Uint8Array> = {};
  for (const file of sampleFiles(spec)) texts[file] = await readFile(join(dir, file), 'utf8');
  for (const file of samplePdfFiles(spec)) texts[file] = new Uint8Array(await readFile(join(dir, file)));
  const snapshot = await buildSampleProject(spec, texts);
  const state = stateFromSnapshot(snapshot);
  return {
    title: snapshot.project.title,
    outputs: [
      { path: join(out, `${slug}.qdpx`), bytes: writeQdpx(snapshot, { locale }) },
      { path: join(out, `${slug}-lampiran.docx`), bytes: await buildAppendix(state, { parts: [...DEFAULT_APPENDIX_PARTS], locale }) },
      { path: join(out, `${slug}-matriks.xlsx`), bytes: await buildMatricesWorkbook(state, { locale }) },
    ],
  };
}
