/**
 * Whole processes timed as a student waits for them, with their peak memory: a preloaded
 * module writes maxRSS where the bench reads it once the process exits. The floor programs
 * are bundled into the same folder (their libraries stay in node_modules, as the built CLI's do).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { median } from './measure';

/** One timed process: wall time and peak resident memory. */
export interface ProcessRun {
  ms: number;
  maxRssMiB: number;
}

const preload = (folder: string) => join(folder, 'max-rss.mjs');

/** Makes `folder` (emptied first when `fresh`) hold the memory preload and the floors bundled from `floors` (name → source). */
export async function prepareFolder(folder: string, floors: Record<string, string>, fresh = true): Promise<void> {
  if (fresh) rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    preload(folder),
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.PILAH_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n",
  );
  await build({
    absWorkingDir: resolve('.'),
    entryPoints: floors,
    outdir: folder,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
}

/** Runs `node <args>` once (with `env` added), timed, with its peak memory; throws when it fails. */
export function runMeasured(folder: string, args: string[], env: Record<string, string> = {}): ProcessRun {
  const rssFile = join(folder, 'rss.txt');
  rmSync(rssFile, { force: true });
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', preload(folder), ...args], { encoding: 'utf8', env: { ...process.env, ...env, PILAH_BENCH_RSS: rssFile } });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status}): ${run.stderr}${run.stdout}`);
  return { ms, maxRssMiB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

/** Several runs of one job: the median time and the highest peak memory. */
export const summarize = (runs: readonly ProcessRun[]): ProcessRun => ({ ms: median(runs.map((r) => r.ms)), maxRssMiB: Math.max(...runs.map((r) => r.maxRssMiB)) });
