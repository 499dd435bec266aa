/**
 * The command line's jobs as a student runs them — a whole `pilah` process — beside a floor
 * process doing the same work with the bare library, in the same run: importing a 100k-word
 * .docx against `mammoth.extractRawText`, and writing the Word appendix against the same
 * `docx` version packing the same paragraphs, runs and tables. Each process reports its peak
 * memory (maxRSS) through a preloaded module, so memory is compared per export size too.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { writeQdpx } from '../shared/refi';
import { makeLargeTranscriptDocx } from '../test/fixtures/make-docx';
import { prepareFolder, runMeasured, summarize, type ProcessRun } from './measured-process';
import type { FloorBlock } from './floors/appendix-floor';
import { syntheticSnapshot } from './synthetic';

const TMP = resolve('bench/.tmp/process');
/** Where the process figures keep their files (the chapter bench shares it). */
export const BENCH_TMP = TMP;

export type { ProcessRun } from './measured-process';

/** Bundles the floor programs; `fresh` empties the folder first. */
export const prepare = (fresh = true): Promise<void> =>
  prepareFolder(TMP, { 'import-floor': 'bench/floors/import-floor.ts', 'appendix-floor': 'bench/floors/appendix-floor.ts', 'chapter-floor': 'bench/floors/chapter-floor.ts' }, fresh);

/** One timed `node <args>` process of these jobs. */
export const runOnce = (args: string[]): ProcessRun => runMeasured(TMP, args);

/** Alternates app and floor runs so a burst of load on the machine hits both alike. */
export function pair(app: string[], floor: string[], runs: number): { app: ProcessRun; floor: ProcessRun } {
  runOnce(app);
  runOnce(floor);
  const a: ProcessRun[] = [];
  const f: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(runOnce(app));
    f.push(runOnce(floor));
  }
  return { app: summarize(a), floor: summarize(f) };
}

const PILAH = resolve('bin/pilah.mjs');

/** `pilah import big.docx --out p.qdpx` against a process that only runs mammoth.extractRawText on it. */
export async function cliImportFigures(runs: number): Promise<{ app: ProcessRun; floor: ProcessRun; bytes: number }> {
  await prepare();
  const docx = join(TMP, 'big.docx');
  const bytes = await makeLargeTranscriptDocx(100_000);
  writeFileSync(docx, bytes);
  const out = join(TMP, 'imported.qdpx');
  const result = pair([PILAH, 'import', docx, '--out', out], [join(TMP, 'import-floor.mjs'), docx], runs);
  rmSync(out, { force: true });
  return { ...result, bytes: bytes.length };
}

/** The paragraphs (runs' texts) and tables of a .docx body, in order: what the floor packs again. */
export function blocksOfDocx(docx: Uint8Array): { blocks: FloorBlock[]; xmlBytes: number } {
  const xml = unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!;
  const blocks: FloorBlock[] = [];
  // Tables nest in cells; a nested table's paragraphs are read into its outer cell.
  const tables: string[][][][] = [];
  let paragraph: string[] | null = null;
  let run: string | null = null;
  let inText = false;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:tbl') tables.push([]);
    else if (tag.name === 'w:tr') tables[tables.length - 1]!.push([]);
    else if (tag.name === 'w:tc') tables[tables.length - 1]!.at(-1)!.push([]);
    else if (tag.name === 'w:p') paragraph = [];
    else if (tag.name === 'w:r' && paragraph) run = '';
    else if (tag.name === 'w:t') inText = true;
  });
  parser.on('text', (text) => {
    if (inText && run !== null) run += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:r' && paragraph && run !== null) {
      paragraph.push(run);
      run = null;
    } else if (tag.name === 'w:p' && paragraph) {
      const table = tables[tables.length - 1];
      if (table) table.at(-1)!.at(-1)!.push(paragraph.join(''));
      else blocks.push({ p: paragraph });
      paragraph = null;
    } else if (tag.name === 'w:tbl') {
      const done = tables.pop()!;
      const outer = tables[tables.length - 1];
      if (outer) outer.at(-1)!.at(-1)!.push(...done.flat(2));
      else blocks.push({ table: done });
    }
  });
  parser.write(new TextDecoder().decode(xml)).close();
  return { blocks, xmlBytes: xml.length };
}

export interface AppendixSize {
  words: number;
  segments: number;
  app: ProcessRun;
  floor: ProcessRun;
  appXmlMiB: number;
  floorXmlMiB: number;
}

/**
 * `pilah export p.qdpx --docx a.docx` for projects of 10k-word transcripts, against a process
 * that reads the same paragraphs, runs and tables (as JSON) and packs them with `docx`.
 */
export async function cliAppendixFigures(transcripts: readonly number[], runs: number): Promise<AppendixSize[]> {
  await prepare();
  const sizes: AppendixSize[] = [];
  for (const count of transcripts) {
    const segments = Math.round((count * 10_000) / 30);
    const project = join(TMP, `p${count}.qdpx`);
    writeFileSync(project, writeQdpx(syntheticSnapshot(count, 10_000, segments)));
    const out = join(TMP, `appendix-${count}.docx`);
    const appArgs = [PILAH, 'export', project, '--docx', out];
    runOnce(appArgs);
    const { blocks, xmlBytes } = blocksOfDocx(new Uint8Array(readFileSync(out)));
    const content = join(TMP, `content-${count}.json`);
    writeFileSync(content, JSON.stringify(blocks));
    const floorOut = join(TMP, `floor-${count}.docx`);
    const result = pair(appArgs, [join(TMP, 'appendix-floor.mjs'), content, floorOut], runs);
    const floorXml = blocksOfDocx(new Uint8Array(readFileSync(floorOut))).xmlBytes;
    sizes.push({ words: count * 10_000, segments, ...result, appXmlMiB: xmlBytes / 1048576, floorXmlMiB: floorXml / 1048576 });
    for (const file of [project, out, content, floorOut]) rmSync(file, { force: true });
  }
  return sizes;
}
