/**
 * The command line's start, beside its floor measured in the same run: `node -e 0` (Node
 * starting and doing nothing) against `pilah --version` (the built CLI) — the time a student
 * waits before any command begins its work.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { median, type Figure } from './measure';

const RUNS_DEFAULT = 15;

function timeProcess(args: string[], runs: number): number[] {
  const times: number[] = [];
  spawnSync(process.execPath, args); // warm-up: the file system cache
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  }
  return times;
}

export function cliFigures(runs = RUNS_DEFAULT): Figure[] {
  const floor = median(timeProcess(['-e', '0'], runs));
  const version = median(timeProcess([resolve('bin/pilah.mjs'), '--version'], runs));
  const help = median(timeProcess([resolve('bin/pilah.mjs'), '--help'], runs));
  const ratio = (value: number) => `${(value / floor).toFixed(1)}× the floor (goal ≤ 4×)`;
  return [
    { name: 'floor: node -e 0', medianMs: floor, runs },
    { name: 'pilah --version', medianMs: version, runs, note: ratio(version) },
    { name: 'pilah --help', medianMs: help, runs, note: ratio(help) },
  ];
}
