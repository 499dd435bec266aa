/** Timing helpers for the benchmark: median of repeated runs after a warm-up. */
export interface Figure {
  name: string;
  medianMs: number;
  runs: number;
  note?: string;
}

export async function measure(name: string, runs: number, fn: () => unknown, note?: string): Promise<Figure> {
  await fn(); // warm-up: JIT, caches, lazy imports
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return { name, medianMs: median(times), runs, note };
}

/** How `sideBySide` decides how many runs a row gets. */
export interface SideBySideOptions {
  /** Runs asked for (the quick bench asks for few). */
  runs: number;
  /** A job whose warm-up took less than this is short: one busy moment would decide its ratio … */
  shortMs?: number;
  /** … so it gets at least this many runs of each, whatever `runs` says, … */
  shortRuns?: number;
  /** … as long as job and floor together stay within this time. */
  budgetMs?: number;
}

/**
 * A job and its floor measured in turns — one warm-up of each, then job, floor, job, floor … —
 * so that a moment when the machine is busy falls on both, not on one of them. A short job
 * (under `shortMs` in its first run after the warm-up) gets at least `shortRuns` of each, even
 * when few `runs` are asked for, within `budgetMs`: one run of a 100 ms job beside one of its
 * floor says more about the other processes on the machine than about either. `time` reads a
 * sample's duration (a process's own time, or the elapsed time it is given).
 */
export async function sideBySide<T>(
  job: () => T | Promise<T>,
  floor: () => T | Promise<T>,
  time: (sample: T, elapsedMs: number) => number,
  options: SideBySideOptions,
): Promise<{ job: T[]; floor: T[]; jobMs: number[]; floorMs: number[] }> {
  const { runs, shortMs = 1000, shortRuns = 7, budgetMs = 30_000 } = options;
  const timed = async (fn: () => T | Promise<T>): Promise<[T, number]> => {
    const start = performance.now();
    const sample = await fn();
    return [sample, time(sample, performance.now() - start)];
  };
  await timed(job);
  await timed(floor);
  const out = { job: [] as T[], floor: [] as T[], jobMs: [] as number[], floorMs: [] as number[] };
  let count = runs;
  for (let i = 0; i < count; i++) {
    const [a, aMs] = await timed(job);
    out.job.push(a);
    out.jobMs.push(aMs);
    const [b, bMs] = await timed(floor);
    out.floor.push(b);
    out.floorMs.push(bMs);
    // Judged on the first pair after the warm-up (which loads modules and fills caches).
    if (i === 0 && aMs < shortMs) count = Math.max(runs, Math.min(shortRuns, Math.floor(budgetMs / Math.max(1, aMs + bMs))));
  }
  return out;
}

/** The value below which `p` of the samples lie (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A figure from samples already taken (the browser measures inside the page). */
export function figureOf(name: string, samples: readonly number[], note?: string): Figure {
  return { name, medianMs: median(samples), runs: samples.length, note };
}

export const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    const runs = f.runs === 1 ? '(1 run)       ' : `(median of ${f.runs})`;
    console.log(`  ${f.name.padEnd(width)}  ${ms(f.medianMs).padStart(8)} ms  ${runs}${f.note ? `  ${f.note}` : ''}`);
  }
}

/** A row of the issue's table: a job beside its floor measured in the same run, or beside an absolute goal. */
export interface JobRow {
  job: string;
  nowMs: number;
  floorMs?: number;
  floorName?: string;
  /** The goal as a multiple of the floor … */
  goalRatio?: number;
  /** … or in milliseconds. */
  goalMs?: number;
  /** How many runs of the job (and of its floor) the figures are the median of. */
  runs?: number;
  note?: string;
}

export function verdict(row: JobRow): { ratio: string; goal: string; met: boolean } {
  if (row.floorMs !== undefined && row.goalRatio !== undefined) {
    const ratio = row.nowMs / row.floorMs;
    return { ratio: `${ratio.toFixed(2)}×`, goal: `≤ ${row.goalRatio}×`, met: ratio <= row.goalRatio };
  }
  return { ratio: '', goal: `≤ ${row.goalMs} ms`, met: row.goalMs !== undefined && row.nowMs <= row.goalMs };
}

/** The issue's table: each job, its floor, the ratio and the goal, then what each figure is. */
export function printTable(rows: JobRow[]): void {
  console.log('\nThe issue\'s table (now / floor measured in this run)');
  const width = Math.max(...rows.map((r) => r.job.length));
  for (const row of rows) {
    const v = verdict(row);
    const floor = row.floorMs === undefined ? ''.padStart(10) : `${ms(row.floorMs).padStart(7)} ms`;
    const runs = row.runs === undefined ? '' : row.runs === 1 ? '  (1 run)' : `  (median of ${row.runs})`;
    console.log(`  ${row.job.padEnd(width)}  ${ms(row.nowMs).padStart(7)} ms  floor ${floor}  ${v.ratio.padStart(6)}  goal ${v.goal.padEnd(9)} ${v.met ? 'met' : 'NOT met'}${runs}`);
  }
  for (const row of rows) if (row.floorName || row.note) console.log(`    · ${row.job}: ${[row.floorName && `floor = ${row.floorName}`, row.note].filter(Boolean).join('; ')}`);
}
