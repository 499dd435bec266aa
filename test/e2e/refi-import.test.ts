/**
 * Opening other tools' project files on the start screen, in Debian's Chromium against the
 * built renderer: a damaged file shows one sentence and creates no project; the NVivo for
 * Mac sample shows its producer and the list of what Pilah left out; the NVivo for Windows
 * sample (BOM, CRLF, emoji, UTF-16 offsets) opens with its coded words where NVivo put them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApp, type AppSession } from './support/browser';
import { codedPieces } from './support/transcript';
import { translate } from '../../shared/i18n';
import { describeProjectFileWarning } from '../../shared/refi';
import type { Locale } from '../../shared/model/types';

const SAMPLES = resolve('../shared/refi-qda/samples');
const NVIVO_WIN = join(SAMPLES, 'nvivo-win-12.6_oltas0517.qdpx');
const NVIVO_MAC = join(SAMPLES, 'nvivo-mac-15_docx-only-text.qdpx');
/** Coded by NVivo with these two codes, after dozens of emoji in the same transcript. */
const QUOTE = 'Csak annak a statisztikának hiszek amit én hamisítok!';
const CODE = 'Untrustworthy data';

let app: AppSession;
let locale: Locale;
let damaged: string;

const projectItems = () => app.page.getByTestId('project-item').count();

async function pick(path: string): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByTestId('open-project-file').click();
  await (await chooser).setFiles(path);
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pilah-refi-e2e-'));
  damaged = join(dir, 'terpotong.qdpx');
  await writeFile(damaged, (await readFile(NVIVO_WIN)).subarray(0, 100_000));
  app = await openApp();
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
});

describe('opening other tools’ project files', () => {
  it('shows one sentence for a damaged file and creates no project', async () => {
    const { page } = app;
    await page.getByTestId('start-screen').waitFor();
    await pick(damaged);
    await expect.poll(() => page.getByTestId('project-file-error').textContent()).toBe(translate(locale, 'refi:error-truncated', { file: 'terpotong.qdpx' }));
    await page.getByTestId('project-file-dismiss').click();
    expect(await projectItems()).toBe(0);
  });

  it('names the producer and lists what was left out of the NVivo for Mac sample', async () => {
    const { page } = app;
    await pick(NVIVO_MAC);
    await expect.poll(() => page.getByTestId('project-file-producer').textContent()).toBe(
      translate(locale, 'refi:opened-from', { producer: translate(locale, 'refi:producer-nvivo-mac'), origin: 'NVivo for Mac 15.0.0' }),
    );
    const items = await page.getByTestId('project-file-warnings').locator('li').allTextContents();
    expect(items).toContain(describeProjectFileWarning({ code: 'skipped-sources', what: 'TextSource', count: 2 }, locale));
    // Cancelling stores nothing.
    await page.getByRole('button', { name: translate(locale, 'common:cancel') }).click();
    expect(await projectItems()).toBe(0);
  });

  it('opens the NVivo for Windows sample with a coded quote on the words NVivo coded', async () => {
    const { page } = app;
    await pick(NVIVO_WIN);
    await expect.poll(() => page.getByTestId('project-file-producer').textContent(), { timeout: 30_000 }).toContain(translate(locale, 'refi:producer-nvivo-windows'));
    await page.getByTestId('project-file-complete').waitFor();
    await page.getByTestId('project-file-accept').click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent(), { timeout: 30_000 }).toBe('Untitled');

    await page.getByTestId('nav-retrieve').click();
    await page.getByTestId('retrieve-code').click();
    await page.getByTestId('retrieve-code').fill(CODE);
    await page.getByRole('option').filter({ hasText: new RegExp(`${CODE}$`) }).click();
    const row = page.locator('[data-testid^="retrieve-row-"]').filter({ hasText: QUOTE });
    await expect.poll(() => row.count()).toBe(1);
    const segmentId = (await row.getAttribute('data-testid'))!.replace(/^retrieve-row-/, '');
    await row.click();

    await page.getByTestId('coding-screen').waitFor();
    await expect.poll(() => page.getByTestId('segment-quote').textContent()).toBe(QUOTE);
    await expect.poll(() => page.locator(`[data-testid^="stripe-${segmentId}-"]`).count()).toBeGreaterThan(0);
    // In the transcript, the words carrying the code are exactly the quote.
    await expect.poll(async () => (await codedPieces(page)).filter((p) => p.codes.includes(CODE)).map((p) => p.text).join('')).toContain(QUOTE);
    expect(app.errors).toEqual([]);
  });
});
