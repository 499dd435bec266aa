/**
 * Fieldwork photos in the app, in Debian's Chromium against the built renderer: a student
 * imports a photo (and a text file named .jpg by mistake), sees the photo's thumbnail in the
 * documents list, opens it in the coding screen, writes its caption, date and place, codes
 * the whole photo with a memo, and still has all of it after the app is reloaded.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmpowermentProject, openApp, type AppSession } from './support/browser';

const JPG = readFileSync(new URL('../fixtures/pictures/plain.jpg', import.meta.url));
let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

describe('a fieldwork photo', () => {
  it('is imported with a thumbnail, and a fake .jpg is refused by name', async () => {
    const { page } = app;
    await createEmpowermentProject(page, 'Uji foto lapangan');
    await page.getByTestId('nav-data').click();
    await page.getByTestId('import-input').setInputFiles([
      { name: 'rapat-anggota.jpg', mimeType: 'image/jpeg', buffer: JPG },
      { name: 'palsu.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('bukan foto') },
    ]);
    await expect.poll(() => page.getByTestId('import-file').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(['done', 'error']);
    await expect.poll(() => page.getByTestId('import-file').nth(1).textContent()).toMatch(/palsu\.jpg.*(bukan foto JPG atau PNG|not a JPG or PNG photo)/);
    await expect.poll(() => page.getByTestId('document-thumbnail').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(64);
  });

  it('opens in the coding screen, where its details are written and it is coded whole with a memo', async () => {
    const { page } = app;
    await page.getByTestId('document-open').click();
    await expect.poll(() => page.getByTestId('picture-image').evaluate((img) => (img as HTMLImageElement).naturalHeight)).toBe(48);
    await page.getByTestId('picture-caption').fill('Rapat anggota koperasi');
    await page.getByTestId('picture-caption').press('Enter');
    await page.getByTestId('picture-date').fill('2023-11-14');
    await page.getByTestId('picture-date').press('Enter');
    await page.getByTestId('picture-place').fill('Balai desa');
    await page.getByTestId('picture-place').press('Enter');

    await page.getByTestId('picture-code').click();
    await page.getByTestId('code-picker-input').fill('Pelatihan');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('picture-coding').count()).toBe(1);
    await page.getByTestId('picture-coding').click();
    await page.getByTestId('segment-memo').fill('Anggota hadir penuh.');
    await page.getByTestId('picture-caption').click(); // leaving the memo saves it
    await expect.poll(() => page.getByTestId('picture-coding').textContent()).toContain('Anggota hadir penuh.');
    // The photo stays selected as a whole: the toolbar's code button still codes it.
    expect(await page.getByTestId('open-code-picker').isEnabled()).toBe(true);
  });

  it('keeps the photo, its details and its coding after a reload', async () => {
    const { page } = app;
    await page.reload();
    await page.getByTestId('nav-coding').click();
    await expect.poll(() => page.getByTestId('picture-caption').inputValue()).toBe('Rapat anggota koperasi');
    expect(await page.getByTestId('picture-date').inputValue()).toBe('2023-11-14');
    expect(await page.getByTestId('picture-place').inputValue()).toBe('Balai desa');
    await expect.poll(() => page.getByTestId('picture-image').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(64);
    expect(await page.getByTestId('picture-coding').textContent()).toContain('Pelatihan');
    expect(app.errors).toEqual([]);
  });

  it('comes with the Sekar Kembang sample, coded, for a new user to see', async () => {
    const { page } = app;
    await page.getByTestId('close-project').click();
    await page.getByTestId('open-sample-kelompok-seni-woolcock').click();
    await page.getByTestId('nav-data').click();
    await expect.poll(() => page.getByTestId('document-thumbnail').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(640);
    const row = page.getByTestId('document-row').filter({ has: page.getByTestId('document-thumbnail') });
    await row.getByTestId('document-open').click();
    await expect.poll(() => page.getByTestId('picture-caption').inputValue()).toBe('Rapat anggota bulanan Kelompok Sekar Kembang: bendahara membacakan laporan kas');
    expect(await page.getByTestId('picture-coding').textContent()).toContain('Bonding');
    expect(app.errors).toEqual([]);
  });
});
