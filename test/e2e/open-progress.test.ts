/**
 * Opening a large project file (50 transcripts, 300k words, 10,000 codings): the start
 * screen says what it is doing with a cancel button; cancelling stores nothing, and opening
 * it again without cancelling stores and shows it whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type AppSession } from './support/browser';
import { writeQdpx } from '../../shared/refi';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/model/types';
import { syntheticSnapshot } from '../../bench/synthetic';

let app: AppSession;
let locale: Locale;
let dir: string;
let path: string;
const TITLE = 'Lima puluh transkrip';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-open-'));
  path = join(dir, 'besar.qdpx');
  const snapshot = syntheticSnapshot(50, 6_000, 10_000);
  await writeFile(path, writeQdpx({ ...snapshot, project: { ...snapshot.project, title: TITLE } }));
  app = await openApp();
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
}, 120_000);
afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

async function pick(): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByTestId('open-project-file').click();
  await (await chooser).setFiles(path);
}

describe('opening a large project file', () => {
  it('can be cancelled, and then nothing of it is stored', async () => {
    const { page } = app;
    await pick();
    await expect.poll(() => page.getByTestId('opening-progress').textContent()).toContain('besar.qdpx');
    await page.getByTestId('opening-cancel').click();
    await expect.poll(() => page.getByTestId('opening-cancelled').textContent()).toContain(translate(locale, 'start:openingCancelled', { name: 'besar.qdpx' }));
    // Whatever step the cancel reached, the project never opens and is not listed.
    await page.waitForTimeout(1500);
    expect(await page.getByTestId('start-screen').isVisible()).toBe(true);
    expect(await page.getByTestId('project-item').count()).toBe(0);
    await page.reload();
    await page.getByTestId('start-screen').waitFor();
    expect(await page.getByTestId('project-item').count()).toBe(0);
  }, 120_000);

  it('opens whole when not cancelled: every transcript listed', async () => {
    const { page } = app;
    await pick();
    await expect.poll(() => page.getByTestId('project-title-header').textContent(), { timeout: 60_000 }).toBe(TITLE);
    await expect.poll(() => page.getByTestId('document-row').count(), { timeout: 30_000 }).toBe(50);
    await expect.poll(() => page.getByTestId('informant-row').count(), { timeout: 30_000 }).toBe(50);
  }, 120_000);
});
