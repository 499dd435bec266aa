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
    console.log(`  ${row.job.padEnd(width)}  ${ms(row.nowMs).padStart(7)} ms  floor ${floor}  ${v.ratio.padStart(6)}  goal ${v.goal.padEnd(9)} ${v.met ? 'met' : 'NOT met'}`);
  }
  for (const row of rows) if (row.floorName || row.note) console.log(`    · ${row.job}: ${[row.floorName && `floor = ${row.floorName}`, row.note].filter(Boolean).join('; ')}`);
}
