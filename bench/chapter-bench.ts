/**
 * The Bab IV draft of the largest bench project as a student makes it — a whole
 * `pilah export p.qdpx --chapter bab4.docx` process, figures drawn with resvg — beside a floor
 * process doing the work any program writing it must do with the bare libraries: reading the
 * project file, drawing the same figures with resvg and packing the same paragraphs and
 * pictures with the same `docx` version (bench/floors/chapter-floor.ts).
 * The project carries a student's analysis: a summary per informant and indicator, and a
 * conclusion with a verdict and three quotes on every indicator.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { applyChangeset, snapshotFromState } from '../shared/model/changeset';
import type { CellSummary, Conclusion } from '../shared/model/types';
import { childrenOf } from '../shared/project/code-tree';
import { writeQdpx } from '../shared/refi';
import { blocksOfDocx, BENCH_TMP, pair, prepare, runOnce, type ProcessRun } from './process-bench';
import { syntheticProject } from './synthetic';

export interface ChapterSize {
  words: number;
  segments: number;
  app: ProcessRun;
  floor: ProcessRun;
  paragraphs: number;
  pictures: number;
}

/** `documents` transcripts of 10k words, with the analysis a finished thesis has. */
export function analysedBenchProject(documents: number, segments: number) {
  const state = syntheticProject(documents, 10_000, segments);
  const now = new Date().toISOString();
  const leaves = Object.values(state.codes).filter((code) => code.parentId && childrenOf(state, code.id).length === 0);
  const byCode = new Map<string, string[]>();
  for (const segment of Object.values(state.segments)) for (const id of segment.codeIds) byCode.set(id, [...(byCode.get(id) ?? []), segment.id]);
  const summaries: CellSummary[] = leaves.flatMap((code) =>
    Object.values(state.informants).map((informant) => ({
      id: crypto.randomUUID(), projectId: state.project.id, codeId: code.id, informantId: informant.id,
      text: 'Ringkasan reduksi data informan pada indikator ini, dua kalimat. Informan menilai pelaksanaan sudah berjalan.', coderId: null, modifiedAt: now,
    })),
  );
  const conclusions: Conclusion[] = leaves.map((code, i) => ({
    id: crypto.randomUUID(), projectId: state.project.id, codeId: code.id,
    text: 'Kesimpulan peneliti pada indikator ini berdasarkan seluruh informan dan dokumen.', verdict: state.project.settings.verdictScale[i % 3] ?? '',
    evidenceSegmentIds: (byCode.get(code.id) ?? []).slice(0, 3), coderId: null, createdAt: now, modifiedAt: now,
  }));
  return applyChangeset(state, { put: { cellSummaries: summaries, conclusions } });
}

/** `pilah export p.qdpx --chapter bab4.docx` for the project of `transcripts` 10k-word transcripts, against the floor. */
export async function cliChapterFigures(transcripts: number, runs: number): Promise<ChapterSize> {
  await prepare(false);
  const segments = Math.round((transcripts * 10_000) / 30);
  const project = join(BENCH_TMP, `chapter-p${transcripts}.qdpx`);
  writeFileSync(project, writeQdpx(snapshotFromState(analysedBenchProject(transcripts, segments))));
  const out = join(BENCH_TMP, `bab4-${transcripts}.docx`);
  const appArgs = [resolve('bin/pilah.mjs'), 'export', project, '--chapter', out];
  runOnce(appArgs);
  const bytes = new Uint8Array(readFileSync(out));
  const { blocks } = blocksOfDocx(bytes);
  const pictures = Object.keys(unzipSync(bytes, { filter: (file) => file.name.startsWith('word/media/') && file.name.endsWith('.png') })).length;
  const content = join(BENCH_TMP, `chapter-content-${transcripts}.json`);
  writeFileSync(content, JSON.stringify(blocks));
  // The same figures as SVG files (`--figures` writes what the chapter draws), for the floor to draw.
  const figures = join(BENCH_TMP, `chapter-figures-${transcripts}`);
  rmSync(figures, { recursive: true, force: true });
  mkdirSync(figures);
  runOnce([resolve('bin/pilah.mjs'), 'export', project, '--figures', figures]);
  for (const file of readdirSync(figures)) if (!file.endsWith('.svg')) rmSync(join(figures, file));
  const floorOut = join(BENCH_TMP, `chapter-floor-${transcripts}.docx`);
  const result = pair(appArgs, [join(BENCH_TMP, 'chapter-floor.mjs'), project, content, figures, floorOut], runs);
  const floorPictures = Object.keys(unzipSync(new Uint8Array(readFileSync(floorOut)), { filter: (file) => file.name.startsWith('word/media/') && file.name.endsWith('.png') })).length;
  if (floorPictures !== pictures) throw new Error(`the floor drew ${floorPictures} figures, the app ${pictures}`);
  for (const file of [project, out, content, floorOut]) rmSync(file, { force: true });
  rmSync(figures, { recursive: true, force: true });
  return { words: transcripts * 10_000, segments, ...result, paragraphs: blocks.length, pictures };
}
