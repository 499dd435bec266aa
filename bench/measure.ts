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
