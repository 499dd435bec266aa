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
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)]!, runs, note };
}

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    const ms = f.medianMs >= 100 ? f.medianMs.toFixed(0) : f.medianMs.toFixed(1);
    console.log(`  ${f.name.padEnd(width)}  ${ms.padStart(8)} ms  (median of ${f.runs})${f.note ? `  ${f.note}` : ''}`);
  }
}
