/**
 * The whole method with the keyboard alone, at 1366 × 768: open a sample, go to coding,
 * select words with Shift+arrows and code them with a number key, write a reduction
 * summary, open a display cell's segments, write a conclusion and build the export's
 * preview — every step reached with Tab / Shift+Tab and Enter, and every control the
 * keyboard lands on shows that it has the focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './support/browser';
import { codedPieces } from './support/transcript';

const SLUG = 'koperasi-umkm-kabupaten';
const SUMMARY = 'Sosialisasi berjenjang, dengan papan ketik saja.';
const CONCLUSION = 'Pemberdayaan berjalan sebagian: ditulis tanpa tetikus.';

let app: AppSession;

/** What the focused element shows of its focus: an outline, a ring (box-shadow) or a field's accent border; null when nothing. */
async function focusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    // A date field keeps its focus in the browser's own parts (day, month, year, then the calendar
    // button, which draws its own ring): while on the button the field matches neither :focus nor
    // :focus-visible. Its outline (focus.css) shows on the parts; the button's ring is the browser's.
    const dateField = el instanceof HTMLInputElement && el.type === 'date';
    if (!el || el === document.body || !(el.matches(':focus-visible') || dateField)) return null;
    if (dateField && !el.matches(':focus')) return 'the browser’s calendar button ring';
    const style = getComputedStyle(el);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) return `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    if (style.boxShadow !== 'none') return `ring ${style.boxShadow}`;
    // Mantine's bordered fields show focus by turning their border (or their box's, for tags) to the accent colour.
    const probe = document.createElement('span');
    probe.style.color = 'var(--mantine-primary-color-filled)';
    document.body.append(probe);
    const accent = getComputedStyle(probe).color;
    probe.remove();
    const field = el.closest('.mantine-Input-input');
    const border = field ? getComputedStyle(field) : null;
    if (border && border.borderTopColor === accent && parseFloat(border.borderTopWidth) >= 1) return `border ${accent}`;
    return null;
  });
}

/** The focused element, briefly, for a failure message. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160) ?? 'nothing');

/**
 * Whether the focused element shows its focus, waiting a moment: a field's border eases
 * into the accent colour. The page itself (focus left the last control) has nothing to show.
 */
async function showsFocus(page: Page): Promise<boolean> {
  for (let tries = 0; tries < 10; tries++) {
    if (await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)) return true;
    if ((await focusIndicator(page)) !== null) return true;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30))));
  }
  return false;
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on an element matching `selector`; every
 * control the keyboard passes on the way, and the target, must show that it has the focus.
 */
async function tabTo(page: Page, selector: string, { back = false, max = 250 } = {}): Promise<void> {
  const at = () => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
  const unseen: string[] = [];
  for (let presses = 0; presses < max && !(await at()); presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (!(await showsFocus(page))) unseen.push(await focused(page));
  }
  if (!(await at())) throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${selector}; the focus is on ${await focused(page)}`);
  if (!(await showsFocus(page))) unseen.push(await focused(page));
  expect(unseen, 'controls that had the focus without showing it').toEqual([]);
}

const navTo = async (page: Page, screen: string) => {
  await tabTo(page, `[data-testid="nav-${screen}"]`, { back: true });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId(`nav-${screen}`).getAttribute('aria-current')).toBe('page');
};

beforeAll(async () => {
  app = await openApp();
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

afterAll(async () => {
  await app?.close();
});

describe('the method with the keyboard alone', () => {
  it('opens a sample project from the start screen', async () => {
    const { page } = app;
    await page.getByTestId('start-screen').waitFor();
    await tabTo(page, `[data-testid="open-sample-${SLUG}"]`);
    await page.keyboard.press('Enter');
    await page.getByTestId('project-title-header').waitFor();
  });

  it('codes words selected with Shift+arrows by pressing a number key', async () => {
    const { page } = app;
    await tabTo(page, '[data-testid="nav-coding"]');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="transcript-view"] [data-piece]').first().waitFor();
    await tabTo(page, '[data-testid="transcript-view"] [role="textbox"]');
    // The caret starts at the transcript's beginning: go a few lines down, to a line's start, then select.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    for (let i = 0; i < 14; i++) await page.keyboard.press('Shift+ArrowRight');
    const selected = (await page.evaluate(() => window.getSelection()?.toString() ?? '')).trim();
    expect(selected.length).toBeGreaterThan(5);
    const before = await codedPieces(page);
    await page.keyboard.press('1');
    await expect.poll(async () => (await codedPieces(page)).length).toBeGreaterThan(before.length);
    const coded = (await codedPieces(page)).map((p) => p.text).join('');
    expect(coded).toContain(selected);
  });

  it('writes a reduction summary', async () => {
    const { page } = app;
    await navTo(page, 'reduction');
    await page.getByTestId('reduction-grid').waitFor();
    // A summary field turns into its editor as it gets the focus.
    await tabTo(page, 'textarea[data-testid^="reduction-summary-"]');
    const testId = (await page.evaluate(() => document.activeElement!.getAttribute('data-testid')))!.replace(/-input$/, '');
    await page.keyboard.type(SUMMARY);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByTestId(testId).textContent()).toBe(SUMMARY);
  });

  it('opens the segments behind a display cell and closes them', async () => {
    const { page } = app;
    await navTo(page, 'display');
    await page.getByTestId('display-matrix').waitFor();
    await tabTo(page, '[data-testid^="display-cell-"]');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    // The drawer takes the focus (so Tab walks its segments), and gives it back when it closes.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '')).toMatch(/^display-cell-/);
  });

  it('writes a conclusion', async () => {
    const { page } = app;
    await navTo(page, 'conclusions');
    await page.getByTestId('conclusions-screen').waitFor();
    await tabTo(page, 'textarea[data-testid^="conclusion-text-"]');
    const testId = (await page.evaluate(() => document.activeElement!.getAttribute('data-testid')))!;
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${CONCLUSION}`);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByTestId(testId).inputValue()).toContain(CONCLUSION);
  });

  it('opens the export and builds its preview', async () => {
    const { page } = app;
    await navTo(page, 'export');
    await page.getByTestId('export-screen').waitFor();
    await tabTo(page, '[data-testid="export-preview-build"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('export-preview').waitFor();
    expect(await page.getByTestId('export-preview').textContent()).toMatch(/Lampiran 1\./);
    // The preview's page scrolls, so it takes the focus: its arrow keys scroll it.
    await tabTo(page, '[data-testid="export-preview"] [role="region"]');
  });
});
