import { startTransition, useEffect, useState } from 'react';

/** Rows added to a long list in each frame after the first. */
export const ROWS_PER_STEP = 8;

/**
 * How many rows of a list of `total` editable rows to render now: `first` rows in the first
 * frame, the rest a step per frame after it. Each row of Mantine fields costs a few
 * milliseconds to build, and a project just opened with 50 transcripts and 50 informants spent
 * most of a second building rows below the fold before anything showed; now the project is on
 * screen and answers keys and clicks while the rest of the list is built. Once every row has
 * been shown, rows added later (an import, a new informant) show at once.
 */
export function useRowsInSteps(total: number, first: number): number {
  const [steps, setSteps] = useState(() => ({ shown: Math.min(total, first), done: total <= first }));
  if (!steps.done && steps.shown >= total) setSteps({ shown: steps.shown, done: true });
  const { shown, done } = steps;
  useEffect(() => {
    if (done || shown >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the frame that shows the rows so far: the next step never delays it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setSteps((s) => ({ ...s, shown: Math.min(total, s.shown + ROWS_PER_STEP) }))), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [done, shown, total]);
  return done ? total : Math.min(shown, total);
}
