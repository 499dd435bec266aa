import { startTransition, useEffect, useState } from 'react';

/** Rows shown in the first frame of a long list, and added in each later one. */
export const FIRST_ROWS = 8;
export const ROWS_PER_STEP = 8;

/**
 * How many rows of a list of `total` editable rows to render now. A project just opened shows
 * its first rows in the first frame and the rest a step per frame after it, so the project is
 * on screen and answers keys and clicks while the rest of a long list (50 transcripts with their
 * selects, 50 informants with their fields) is still being built. Once every row has been shown,
 * rows added later (an import, a new informant) show at once.
 */
export function useRowsInSteps(total: number): number {
  const [steps, setSteps] = useState(() => ({ shown: Math.min(total, FIRST_ROWS), done: total <= FIRST_ROWS }));
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
