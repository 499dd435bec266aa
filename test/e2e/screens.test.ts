/**
 * Pilah on the common student laptop (1366 × 768), in Debian's Chromium against the built
 * renderer: the informant table fits without scrolling sideways and takes its interview date
 * from a date picker (stored as ISO); the codebook shows the indicators' whole names and its
 * panels are resized and hidden by keyboard, remembered after a reload, as the navigation is;
 * the app reopens where the student left off (screen, display kind, transcript and how far
 * down); the triangulation note grows over several lines; Ctrl+Z in a text field undoes the
 * typing, not the project. With PILAH_SHOTS=<dir> it saves screenshots of the main screens in
 * both languages there, for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode } from './support/samples';
import { translate } from '../../shared/i18n';
import { codeLabel } from '../../shared/project';
import { conclusionWarnings } from '../../shared/conclusions';
import { localized, orderedQuestions } from '../../shared/instruments';
import { stateFromSnapshot } from '../../shared/model/changeset';
import type { Locale, ProjectSnapshot } from '../../shared/model/types';

const SLUG = 'koperasi-umkm-kabupaten';
const WIDTH = 1366;
const HEIGHT = 768;
/** Indicator names that the codebook cut off at this width ("Sosialisasi pr…", "Pendampi…"). */
const LONG_NAMES = ['Sosialisasi program', 'Pendampingan (pendampingan)', 'Pendampingan', 'Perlindungan dari persaingan tidak seimbang'];

let app: AppSession;
let locale: Locale;
let sample: ProjectSnapshot;
const tr = (key: string, options?: Record<string, unknown>) => translate(locale, key, options);

/** How far the page or an element scrolls sideways beyond what it shows. */
const overflowX = (page: Page, testId?: string) =>
  page.evaluate((id) => {
    const el = id ? document.querySelector(`[data-testid="${id}"]`)!.closest('.mantine-ScrollArea-viewport') ?? document.querySelector(`[data-testid="${id}"]`)! : document.documentElement;
    return el.scrollWidth - el.clientWidth;
  }, testId);

const widthOf = (page: Page, testId: string) => page.getByTestId(testId).evaluate((el) => Math.round(el.getBoundingClientRect().width));

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.PILAH_SHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

beforeAll(async () => {
  sample = await buildSampleInNode(SLUG);
  app = await openApp();
  await app.page.setViewportSize({ width: WIDTH, height: HEIGHT });
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
});

describe('Pilah at 1366 × 768', () => {
  it('opens the demo project on the data screen, whose informant table fits without scrolling sideways', async () => {
    const { page } = app;
    await page.getByTestId(`open-sample-${SLUG}`).click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    await page.getByTestId('nav-data').click();
    await expect.poll(() => page.getByTestId('informant-row').count()).toBe(sample.informants.length);
    expect(await overflowX(page, 'informants-table')).toBeLessThanOrEqual(0);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    // Memo and delete are on screen for every informant.
    for (const testId of ['informant-memo', 'informant-delete']) {
      const right = await page.getByTestId(testId).first().evaluate((el) => el.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(WIDTH);
    }
    // A long position is read whole: it wraps rather than being cut off.
    const position = page.getByTestId('informant-position').first();
    expect(await position.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  });

  it('takes the interview date from a date picker in the student’s language and stores it as ISO', async () => {
    const { page } = app;
    const date = page.getByTestId('informant-interviewDate').first();
    expect(await date.getAttribute('type')).toBe('date');
    expect(await date.getAttribute('lang')).toBe(locale);
    await date.fill('2026-10-14');
    await date.blur();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
    await page.reload();
    await page.getByTestId('nav-data').click();
    await expect.poll(() => page.getByTestId('informant-interviewDate').first().inputValue()).toBe('2026-10-14');
  });

  it('Ctrl+Z in a text field undoes the typing there, not the project', async () => {
    const { page } = app;
    const place = page.getByTestId('informant-place').first();
    await place.fill('Balai Desa Sukamaju');
    await place.blur();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
    const name = page.getByTestId('informant-name').first();
    const before = await name.inputValue();
    await name.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Wijaya');
    expect(await name.inputValue()).toBe(`${before} Wijaya`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => name.inputValue()).toBe(before);
    // The project's last action (the place) is still there.
    expect(await place.inputValue()).toBe('Balai Desa Sukamaju');
    await page.keyboard.press('Tab');
    expect(await place.inputValue()).toBe('Balai Desa Sukamaju');

    // The research journal, a long text: a sentence typed goes back with one Ctrl+Z too.
    await page.getByTestId('nav-journal').click();
    const journal = page.getByTestId('journal-text');
    const written = await journal.inputValue();
    await journal.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Wawancara ulang.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => journal.inputValue()).toBe(written);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => journal.inputValue()).toBe(`${written} Wawancara ulang.`);
    await page.keyboard.press('Control+z');
    await journal.blur();
  });

  it('shows the indicators’ whole names in the codebook', async () => {
    const { page } = app;
    await page.getByTestId('nav-coding').click();
    await page.getByTestId('codebook-tree').waitFor();
    const labels = page.getByTestId('codebook-tree').locator('[title]');
    await expect.poll(() => labels.count()).toBeGreaterThan(10);
    const cut = await labels.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.getAttribute('title')));
    expect(cut.filter((name) => LONG_NAMES.includes(name!))).toEqual([]);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
  });

  it('resizes and hides the codebook and the inspector by keyboard, and remembers them', async () => {
    const { page } = app;
    const start = await widthOf(page, 'codebook-panel');
    const splitter = page.getByTestId('codebook-splitter');
    expect(await splitter.getAttribute('role')).toBe('separator');
    await splitter.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => widthOf(page, 'codebook-panel')).toBe(start + 80);
    expect(await splitter.getAttribute('aria-valuenow')).toBe(String(start + 80));

    await page.getByTestId('inspector-splitter').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('inspector-panel').isVisible()).toBe(false);
    // The transcript takes the room.
    const transcriptWide = await widthOf(page, 'transcript-view');

    await page.reload();
    await page.getByTestId('nav-coding').click();
    await page.getByTestId('transcript-view').waitFor();
    await expect.poll(() => widthOf(page, 'codebook-panel')).toBe(start + 80);
    expect(await page.getByTestId('inspector-panel').isVisible()).toBe(false);
    expect(await widthOf(page, 'transcript-view')).toBe(transcriptWide);
    await page.getByTestId('inspector-splitter-toggle').click();
    await expect.poll(() => page.getByTestId('inspector-panel').isVisible()).toBe(true);
  });

  it('collapses the navigation to a rail of steps, and keeps it so', async () => {
    const { page } = app;
    const wide = await widthOf(page, 'app-navigation');
    await page.getByTestId('navigation-splitter-toggle').click();
    await expect.poll(() => widthOf(page, 'app-navigation')).toBeLessThan(wide / 2);
    expect(await page.getByTestId('nav-display').getAttribute('aria-label')).toBe(tr('common:nav.display'));
    await page.reload();
    await page.getByTestId('nav-coding').waitFor();
    expect(await widthOf(page, 'app-navigation')).toBeLessThan(wide / 2);
    await page.getByTestId('navigation-splitter').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => widthOf(page, 'app-navigation')).toBe(wide);
  });

  it('reopens the transcript where it was read', async () => {
    const { page } = app;
    await page.getByTestId('nav-coding').click();
    const picker = page.getByTestId('document-picker');
    // The last interview transcript (the PDF and the photo come after it).
    const interviews = [...sample.documents].filter((d) => d.kind === 'interview').sort((a, b) => a.order - b.order);
    const title = interviews.at(-1)!.title;
    const last = await picker.locator('option').filter({ hasText: title }).getAttribute('value');
    await picker.selectOption(last!);
    const view = page.getByTestId('transcript-view');
    await view.evaluate((el) => el.scrollTo(0, 2400));
    await page.waitForTimeout(50); // scroll events reach the page
    const topText = () =>
      view.evaluate((el) => {
        const top = el.getBoundingClientRect().top;
        const line = [...el.querySelectorAll('[data-index]')].find((l) => l.getBoundingClientRect().bottom > top + 4);
        return line?.getAttribute('data-index') ?? null;
      });
    await expect.poll(topText).not.toBe('0');
    const line = Number(await topText());

    await page.reload();
    await page.getByTestId('transcript-view').waitFor();
    // Straight back in the coding workspace, in the same transcript, at the same line.
    expect(await page.getByTestId('document-picker').inputValue()).toBe(last);
    await expect.poll(async () => Math.abs(Number(await topText()) - line)).toBeLessThanOrEqual(1);
  });

  it('reopens the display screen with the display kind the student chose', async () => {
    const { page } = app;
    await page.getByTestId('nav-display').click();
    await page.getByTestId('display-kind').click();
    await page.getByRole('option', { name: tr('displayScreen:kind_triangulation'), exact: true }).click();
    await page.getByTestId('triangulation-table').waitFor();
    await page.waitForTimeout(400); // the place is written a moment after the last change
    await page.reload();
    await page.getByTestId('triangulation-table').waitFor();
    expect(await page.getByTestId('display-kind').inputValue()).toBe(tr('displayScreen:kind_triangulation'));
  });

  it('grows the triangulation note over the lines written', async () => {
    const { page } = app;
    const note = page.locator('textarea[data-testid^="triangulation-note-"]').first();
    const oneLine = await note.evaluate((el) => el.getBoundingClientRect().height);
    // Four sources and more (the groups' informants and the Perbup, a document): the source columns
    // scroll sideways inside the table while the indicator, the verdict and the note stay in view.
    const table = page.getByTestId('triangulation-table');
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.length - 3).toBeGreaterThanOrEqual(4);
    expect(headers).toContain(tr('display:document'));
    const verdict = page.locator('[data-testid^="triangulation-verdict-"]').first();
    const indicator = table.locator('tbody th').first();
    const inView = async () => {
      const box = await table.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right };
      });
      const rects = await Promise.all([indicator, verdict, note].map((l) => l.evaluate((el) => ({ left: el.getBoundingClientRect().left, right: el.getBoundingClientRect().right }))));
      return rects.every((r) => r.left >= box.left - 1 && r.right <= box.right + 1);
    };
    expect(await inView()).toBe(true);
    // The verdict and note do not cover each other or the indicator.
    const [indicatorRight, verdictLeft, verdictRight, noteLeft] = await Promise.all([
      indicator.evaluate((el) => el.getBoundingClientRect().right),
      verdict.evaluate((el) => el.getBoundingClientRect().left),
      verdict.evaluate((el) => el.getBoundingClientRect().right),
      note.evaluate((el) => el.getBoundingClientRect().left),
    ]);
    expect(verdictLeft).toBeGreaterThan(indicatorRight);
    expect(noteLeft).toBeGreaterThan(verdictRight);
    const scrollable = await table.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scrollable).toBeGreaterThan(0);
    await table.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await shoot(page, 'triangulation-scrolled');
    expect(await inView()).toBe(true);
    // The last source column comes out from under the pinned verdict: its right edge meets the verdict's left.
    const lastSource = table.locator('thead th').nth(headers.length - 3);
    const lastRight = await lastSource.evaluate((el) => el.getBoundingClientRect().right);
    const pinnedLeft = await table.locator('thead th').nth(headers.length - 2).evaluate((el) => el.getBoundingClientRect().left);
    expect(Math.abs(lastRight - pinnedLeft)).toBeLessThanOrEqual(2);
    await table.evaluate((el) => el.scrollTo({ left: 0 }));
    await shoot(page, 'triangulation');
    const text = 'Informan ASN dan pelaku UMKM sepakat soal jadwal sosialisasi.\nTetapi pelaku UMKM menyebut materi kurang praktis.\nPerlu dicek dengan dokumen kegiatan.';
    await note.fill(text);
    await note.blur();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
    expect(await note.inputValue()).toBe(text);
    expect(await note.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(oneLine);
    expect(await note.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  });

  it('keeps the technique verdict and note beside the three techniques', async () => {
    const { page } = app;
    await page.getByTestId('display-basis').getByText(tr('displayScreen:basis_technique'), { exact: true }).click();
    const table = page.getByTestId('technique-table');
    await table.waitFor();
    expect(await page.locator('[data-testid^="technique-column-"]').count()).toBe(3);
    const shown = await table.evaluate((el) => el.getBoundingClientRect().right);
    for (const prefix of ['technique-verdict-', 'technique-note-']) {
      const right = await page.locator(`[data-testid^="${prefix}"]`).first().evaluate((el) => el.getBoundingClientRect().right);
      expect(right, prefix).toBeLessThanOrEqual(shown);
    }
    // The row the student judged (the sample's one technique verdict) reads as judged.
    const judged = sample.triangulationNotes.find((n) => n.techniqueVerdict)!;
    const indicator = codeLabel(sample.codes.find((c) => c.id === judged.codeId)!, locale);
    const chooser = page.locator(`input[aria-label="${tr('displayScreen:techniqueVerdictFor', { indicator })}"]`);
    expect(await chooser.inputValue()).toBe(tr(`displayScreen:verdict_${judged.techniqueVerdict}`));
    await shoot(page, 'technique');
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('display-basis').getByText(tr('displayScreen:basis_source'), { exact: true }).click();
  });

  it('shows the guide questions never asked as a count per informant category, the questions one click away', async () => {
    const { page } = app;
    const state = stateFromSnapshot(sample);
    const neverAsked = conclusionWarnings(state).flatMap((w) => (w.kind === 'question-never-asked' ? [w] : []));
    expect(neverAsked.length).toBeGreaterThan(0);
    const questions = orderedQuestions(state);
    await page.getByTestId('nav-conclusions').click();
    const group = page.getByTestId('warnings-question-never-asked');
    await group.waitFor();
    // Folded, the whole group (title and one line per category) fits in the window's height.
    expect(await group.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(HEIGHT / 2);
    expect(await page.getByTestId('never-asked-questions').count()).toBe(0);
    for (const warning of neverAsked) {
      const item = page.getByTestId(`warning-question-never-asked-${warning.category}`);
      expect(await item.getByRole('button').first().textContent()).toBe(tr('conclusions:warnings.question-never-asked', { category: warning.category, count: warning.questionIds.length }));
    }
    await group.scrollIntoViewIfNeeded();
    await shoot(page, 'never-asked');
    // Unfolded: every question, with its number in the guide, not just the first few.
    const first = neverAsked[0]!;
    const item = page.getByTestId(`warning-question-never-asked-${first.category}`);
    await item.getByTestId('never-asked-toggle').click();
    expect(await item.getByTestId('never-asked-toggle').getAttribute('aria-expanded')).toBe('true');
    const listed = await item.getByTestId('never-asked-questions').locator('li').allTextContents();
    expect(listed).toEqual(
      first.questionIds.map((id) => {
        const at = questions.findIndex((q) => q.id === id);
        return `${at + 1}. ${localized(questions[at]!.text, locale)}`;
      }),
    );
    await shoot(page, 'never-asked-open');
    await item.getByTestId('never-asked-toggle').click();
    expect(await page.getByTestId('never-asked-questions').count()).toBe(0);
  });

  it('cuts nothing off the main screens, in both languages', async () => {
    const { page } = app;
    for (const lang of ['id', 'en'] as const) {
      await page.getByTestId(`lang-${lang}`).click();
      for (const screen of ['coding', 'reduction', 'display', 'data', 'conclusions'] as const) {
        await page.getByTestId(`nav-${screen}`).click();
        await page.getByTestId(`${screen}-screen`).waitFor();
        await page.waitForTimeout(150);
        expect(await overflowX(page), `${screen} (${lang}) scrolls sideways`).toBeLessThanOrEqual(0);
        await shoot(page, `${screen}-${lang}`);
      }
    }
    await page.getByTestId(`lang-${locale}`).click();
  });

  it('showed no errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
