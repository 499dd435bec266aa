/**
 * Words typed a moment before the window closes are not lost: a memo and the research
 * journal, typed and followed at once by a reload, are saved; the unload is held back once
 * (the browser asks to leave) while the write finishes, and after the reload they are there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/browser';
import { dragSelect } from './support/transcript';

const TRANSCRIPT = {
  name: 'I1-ketua-koperasi.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    ['Nama informan : Pak Darto', '', 'P: Dari mana modal anggota?', 'I: Modal kami dari simpanan wajib dan pinjaman KUR.'].join('\n'),
  ),
};

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

/** Starts a reload right after typing and answers the "leave page?" question with "stay". */
async function reloadStayingOnce(): Promise<boolean> {
  const { page } = app;
  const asked = page.waitForEvent('dialog', { timeout: 5_000 }).then(async (dialog) => {
    const kind = dialog.type();
    await dialog.dismiss();
    return kind === 'beforeunload';
  });
  await page.evaluate(() => {
    location.reload();
  });
  return asked.catch(() => false);
}

describe('unsaved typing survives closing the window', () => {
  it('saves a memo typed just before a reload', async () => {
    const { page } = app;
    await page.getByTestId('new-project').click();
    await page.getByTestId('wizard-title').fill('Koperasi simpan pinjam');
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-create').click();
    await page.getByTestId('nav-data').click();
    await page.getByTestId('import-input').setInputFiles(TRANSCRIPT);
    await expect.poll(() => page.getByTestId('import-file').getAttribute('data-status')).toBe('done');
    await page.getByTestId('nav-coding').click();
    await page.getByTestId('transcript-view').waitFor();
    await dragSelect(page, 'pinjaman KUR');
    await page.getByTestId('code-add-top').click();
    await page.getByTestId('code-new-label').fill('Permodalan');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid^="code-node-"]', { hasText: 'Permodalan' }).waitFor();
    await dragSelect(page, 'pinjaman KUR');
    await page.keyboard.press('Control+k');
    await page.getByTestId('code-picker-input').fill('Permodalan');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="transcript-view"] [data-piece][title]', { hasText: 'pinjaman KUR' }).click();

    await page.getByTestId('segment-memo').fill('Ditulis tepat sebelum jendela ditutup.');
    expect(await reloadStayingOnce()).toBe(true);
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');

    await page.reload();
    await page.getByTestId('nav-coding').click();
    await page.locator('[data-testid="transcript-view"] [data-piece][title]', { hasText: 'pinjaman KUR' }).click();
    await expect.poll(() => page.getByTestId('segment-memo').inputValue()).toBe('Ditulis tepat sebelum jendela ditutup.');
  });

  it('saves the research journal typed just before a reload', async () => {
    const { page } = app;
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('journal-text').fill('14 Nov: wawancara kedua ditunda.');
    expect(await reloadStayingOnce()).toBe(true);
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
    await page.reload();
    await page.getByTestId('nav-journal').click();
    await expect.poll(() => page.getByTestId('journal-text').inputValue()).toBe('14 Nov: wawancara kedua ditunda.');
  });

  it('lets the window close without asking when nothing is unsaved', async () => {
    expect(await reloadStayingOnce()).toBe(false);
    await app.page.getByTestId('nav-journal').waitFor();
    expect(app.errors).toEqual([]);
  });
});
