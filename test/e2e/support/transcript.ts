/** Helpers to act on the transcript view as a user does: drag over words, select by keyboard. */
import type { Page } from 'playwright-core';

/** Screen points at the start of the first character and the end of the last character of `phrase`. */
async function phraseEdges(page: Page, phrase: string): Promise<{ from: { x: number; y: number }; to: { x: number; y: number } }> {
  const edges = await page.evaluate((wanted) => {
    const pieces = [...document.querySelectorAll<HTMLElement>('[data-testid="transcript-view"] [data-piece]')];
    const row = pieces.map((p) => p.closest('[data-index]')).find((r) => r?.textContent?.includes(wanted));
    if (!row) return null;
    const rowPieces = [...row.querySelectorAll<HTMLElement>('[data-piece]')];
    const text = rowPieces.map((p) => p.textContent ?? '').join('');
    const at = text.indexOf(wanted);
    const point = (offset: number) => {
      let rest = offset;
      for (const p of rowPieces) {
        const len = (p.textContent ?? '').length;
        if (rest < len || (rest === len && p === rowPieces[rowPieces.length - 1])) return { node: p.firstChild!, offset: rest };
        rest -= len;
      }
      return null;
    };
    const rectOf = (offset: number) => {
      const p = point(offset)!;
      const range = document.createRange();
      range.setStart(p.node, p.offset);
      range.setEnd(p.node, Math.min(p.offset + 1, (p.node.textContent ?? '').length));
      return range.getBoundingClientRect();
    };
    const first = rectOf(at);
    const last = rectOf(at + wanted.length - 1);
    return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
  }, phrase);
  if (!edges) throw new Error(`"${phrase}" is not on screen in the transcript`);
  return edges;
}

/**
 * The phrase's edges once the virtualised rows have settled: rows are measured after their
 * first paint and may shift, so wait until two readings agree.
 */
async function settledEdges(page: Page, phrase: string): ReturnType<typeof phraseEdges> {
  let last = await phraseEdges(page, phrase);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const now = await phraseEdges(page, phrase);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

/** What the browser has selected now. */
const selectedText = (page: Page): Promise<string> => page.evaluate(() => window.getSelection()?.toString() ?? '');

/**
 * Runs a selecting gesture until the browser's selection is exactly `phrase`: on a busy
 * machine a row can still move between reading its position and the gesture.
 */
async function selectUntil(page: Page, phrase: string, gesture: () => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await gesture();
    if ((await selectedText(page)) === phrase) return;
  }
  throw new Error(`could not select "${phrase}"; selected "${await selectedText(page)}"`);
}

/** Selects `phrase` by dragging the mouse over it. */
export async function dragSelect(page: Page, phrase: string): Promise<void> {
  await selectUntil(page, phrase, () => dragOnce(page, phrase));
}

async function dragOnce(page: Page, phrase: string): Promise<void> {
  const { from, to } = await settledEdges(page, phrase);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

/** Puts the caret before `phrase` with a click, then extends the selection with Shift+→. */
export async function keyboardSelect(page: Page, phrase: string): Promise<void> {
  await selectUntil(page, phrase, () => keyboardOnce(page, phrase));
}

async function keyboardOnce(page: Page, phrase: string): Promise<void> {
  const { from } = await settledEdges(page, phrase);
  await page.mouse.click(from.x - 0.5, from.y);
  for (let i = 0; i < phrase.length; i++) await page.keyboard.press('Shift+ArrowRight');
}

/** The text of every coded piece, with the codes named in its tooltip. */
export async function codedPieces(page: Page): Promise<{ text: string; codes: string }[]> {
  return page.$$eval('[data-testid="transcript-view"] [data-piece][title]', (els) =>
    els.map((el) => ({ text: el.textContent ?? '', codes: el.getAttribute('title') ?? '' })),
  );
}

/**
 * Phrases of four words near the top of a transcript (on screen without scrolling), each
 * occurring once, on one line, away from every coding in `segments` and from each other.
 */
export function uncodedPhrases(segments: readonly { documentId: string; start: number; end: number }[], documentId: string, text: string, count: number): string[] {
  const taken: { start: number; end: number }[] = segments.filter((s) => s.documentId === documentId);
  const phrases: string[] = [];
  for (let at = text.indexOf(' ') + 1; at > 0 && at < 2500 && phrases.length < count; at = text.indexOf(' ', at) + 1) {
    const phrase = text.slice(at).split(' ').slice(0, 4).join(' ');
    const end = at + phrase.length;
    if (phrase.length < 15 || /[\n:]/.test(phrase) || text.indexOf(phrase) !== text.lastIndexOf(phrase)) continue;
    if (taken.some((s) => s.start < end + 20 && s.end > at - 20)) continue;
    phrases.push(phrase);
    taken.push({ start: at, end });
  }
  return phrases;
}
