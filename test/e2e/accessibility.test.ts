/**
 * The accessibility audit of every screen, in both languages, at a laptop's 1366 × 768:
 * axe-core's WCAG 2.1 A/AA rules find nothing on the start screen, the data screen, the
 * new-project wizard, the coding workspace with a transcript open (a segment selected, the
 * code picker open), reduction, every kind of display (and a cell's
 * segments), conclusions, export (with its preview), retrieval, agreement, the journal,
 * backups, and with the comments panel open. Also one `<h1>` per screen and one top-level
 * `main` landmark, so a screen-reader user can jump to the screen's title and content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './support/browser';
import { axeViolations, describeViolations } from './support/axe';
import { DISPLAY_KINDS } from '../../renderer/features/display/display-settings';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/model/types';

const SLUG = 'koperasi-umkm-kabupaten';
const LOCALES: Locale[] = ['id', 'en'];

let app: AppSession;

/**
 * Waits until the page has painted twice (grids render their rows after the first paint) and
 * no transition is running: a drawer fading in is not yet the colours the student reads.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/**
 * What a screen-reader user relies on beyond the WCAG rules: the screen's title as the one
 * level-one heading, and one `main` that is not inside another landmark.
 */
async function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    const h1 = [...document.querySelectorAll('h1, [role="heading"][aria-level="1"]')].filter(visible);
    if (h1.length !== 1) problems.push(`${h1.length} level-one headings: ${h1.map((h) => h.textContent).join(' | ')}`);
    const mains = [...document.querySelectorAll('main, [role="main"]')];
    if (mains.length !== 1) problems.push(`${mains.length} main landmarks`);
    const landmarks = 'header, nav, aside, footer, section[aria-label], section[aria-labelledby], form[aria-label], [role="banner"], [role="navigation"], [role="complementary"], [role="contentinfo"], [role="region"], [role="search"], [role="form"]';
    for (const main of mains) if (main.parentElement?.closest(landmarks)) problems.push('the main landmark sits inside another landmark');
    return problems;
  });
}

/** Runs the audit and returns a readable report of what is wrong, or '' when nothing is. */
async function audit(page: Page, where: string): Promise<string> {
  // A tooltip left open by the pointer after the last click is not part of the screen.
  await page.mouse.move(1, 767);
  await page.waitForFunction(() => !document.querySelector('[role="tooltip"]'), undefined, { timeout: 5_000 }).catch(() => undefined);
  await settle(page);
  const violations = await axeViolations(page);
  const structure = (await structureProblems(page)).map((p) => `${where}: ${p}`);
  return [describeViolations(where, violations), ...structure].filter(Boolean).join('\n');
}

async function switchLocale(page: Page, locale: Locale): Promise<void> {
  await page.getByTestId(`lang-${locale}`).click();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);
}

async function chooseOption(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name, exact: true }).click();
}

beforeAll(async () => {
  app = await openApp();
  await app.page.setViewportSize({ width: 1366, height: 768 });
});

afterAll(async () => {
  await app?.close();
});

describe('accessibility audit (axe-core, WCAG 2.1 AA) at 1366 × 768', () => {
  it('finds nothing on the start screen in Indonesian and English', async () => {
    const { page } = app;
    await page.getByTestId('start-screen').waitFor();
    const reports: string[] = [];
    for (const locale of LOCALES) {
      await switchLocale(page, locale);
      reports.push(await audit(page, `start (${locale})`));
      await page.getByTestId('new-project').click();
      await page.getByRole('dialog').waitFor();
      reports.push(await audit(page, `new project wizard (${locale})`));
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    expect(reports.filter(Boolean).join('\n')).toBe('');
  });

  for (const locale of LOCALES) {
    it(`finds nothing on any screen of an open project in ${locale === 'id' ? 'Indonesian' : 'English'}`, async () => {
      const { page } = app;
      const tr = (key: string) => translate(locale, key);
      if ((await page.getByTestId('project-title-header').count()) === 0) {
        await page.getByTestId(`open-sample-${SLUG}`).click();
        await page.getByTestId('project-title-header').waitFor();
      }
      await switchLocale(page, locale);
      const reports: string[] = [];
      const visit = async (screen: string, ready: string) => {
        await page.getByTestId(`nav-${screen}`).click();
        await page.getByTestId(ready).waitFor();
        reports.push(await audit(page, `${screen} (${locale})`));
      };

      await visit('data', 'informants-table');
      await visit('coding', 'transcript-view');
      await page.locator('[data-testid="transcript-view"] [data-piece]').first().waitFor();
      reports.push(await audit(page, `coding with the transcript's text (${locale})`));
      // A coded segment selected, and the code picker open on it (Ctrl+K).
      await page.locator('[data-testid="transcript-view"] [data-piece][title]').first().click();
      await page.getByTestId('segment-inspector').waitFor();
      reports.push(await audit(page, `coding with a segment selected (${locale})`));
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog').waitFor();
      reports.push(await audit(page, `code picker (${locale})`));
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      await visit('reduction', 'reduction-grid');
      await page.getByTestId('nav-display').click();
      for (const kind of DISPLAY_KINDS) {
        await chooseOption(page, 'display-kind', tr(`displayScreen:kind_${kind}`));
        await page.getByTestId('display-screen').waitFor();
        reports.push(await audit(page, `display ${kind} (${locale})`));
      }
      // A cell's segments, in the drawer beside the matrix.
      await chooseOption(page, 'display-kind', tr('displayScreen:kind_conceptual'));
      const cell = page.locator('[data-testid^="display-cell-"]').filter({ hasText: /\S/ }).first();
      await cell.click();
      await page.getByRole('dialog').waitFor();
      reports.push(await audit(page, `display cell drawer (${locale})`));
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      await visit('conclusions', 'conclusions-screen');
      await visit('export', 'export-screen');
      await page.getByTestId('export-preview-build').click();
      await page.getByTestId('export-preview').waitFor();
      reports.push(await audit(page, `export preview (${locale})`));
      await visit('retrieve', 'retrieve-screen');
      await visit('agreement', 'agreement-screen');
      await visit('journal', 'journal-screen');
      await visit('backups', 'backups-screen');

      await page.getByTestId('nav-coding').click();
      await page.getByTestId('comments-toggle').click();
      await page.getByTestId('comments-panel').waitFor();
      reports.push(await audit(page, `coding with the comments panel (${locale})`));
      await page.getByTestId('comments-toggle').click();
      await expect.poll(() => page.getByTestId('comments-panel').count()).toBe(0);

      expect(reports.filter(Boolean).join('\n')).toBe('');
    });
  }
});
