/**
 * PDFs in the app, in Debian's Chromium under the app's CSP: the Edward III sample opens with
 * its documentation PDF; a documentation PDF is imported
 * through the import panel (its text layer read by pdf.js in the page, no worker, no eval), a
 * scanned one is refused in one sentence, the student corrects the issuer, and the coding view
 * marks where page 2 begins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openApp, type AppSession, createEmpowermentProject } from './support/browser';

const FIXTURES = resolve('test/fixtures/pdf');
let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

describe('PDF documents in a real browser', () => {
  it('opens the Edward III sample with its documentation PDF, page count and issuer', async () => {
    const { page } = app;
    await page.getByTestId('open-sample-umkm-kota-edward3').click();
    await page.getByTestId('nav-data').click();
    await expect.poll(() => page.locator('[data-testid="document-row"][data-medium="pdf"]').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('document-pages').textContent()).toBe('PDF, 3 halaman');
    expect(await page.getByTestId('document-source-issuer').inputValue()).toBe('Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi');
    await page.getByTestId('close-project').click();
  });

  it('imports a PDF with a text layer and refuses a scanned one', async () => {
    const { page } = app;
    await createEmpowermentProject(page, 'Dokumentasi UMKM');
    await page.getByTestId('nav-data').click();
    await page.getByTestId('import-input').setInputFiles([resolve(FIXTURES, 'laporan-kinerja.pdf'), resolve(FIXTURES, 'hasil-pindai.pdf')]);
    await expect
      .poll(() => page.getByTestId('import-file').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))), { timeout: 30_000 })
      .toEqual(['done', 'error']);
    await expect(page.getByTestId('import-file').nth(1).textContent()).resolves.toContain('tidak memiliki lapisan teks (hasil pindai); Pilah tidak membaca teks dari gambar');
    await expect.poll(() => page.getByTestId('document-row').count()).toBe(1);
    expect(await page.getByTestId('document-row').getAttribute('data-medium')).toBe('pdf');
    expect(await page.getByTestId('document-pages').textContent()).toBe('PDF, 3 halaman');
    expect(app.errors).toEqual([]);
  });

  it('lets the student correct the issuer, and keeps it', async () => {
    const { page } = app;
    const issuer = page.getByTestId('document-source-issuer');
    expect(await issuer.inputValue()).toBe('Dinas Koperasi dan Usaha Mikro');
    await issuer.fill('Dinas Koperasi dan UMKM Kabupaten Contoh');
    await issuer.press('Enter');
    // Reload once the edit is stored, as a student would see "tersimpan" before closing.
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
    await page.reload();
    await page.getByTestId('nav-data').click();
    await expect.poll(() => page.getByTestId('document-source-issuer').inputValue()).toBe('Dinas Koperasi dan UMKM Kabupaten Contoh');
    expect(await page.getByTestId('document-source-number').inputValue()).toBe('500/123/2023');
  });

  it('marks where each page begins in the coding view', async () => {
    const { page } = app;
    await page.getByTestId('document-open').click();
    await page.getByTestId('transcript-view').waitFor();
    await expect.poll(() => page.getByTestId('transcript-view').textContent()).toContain('Sebanyak 120 pelaku usaha');
    const marks = await page.locator('[data-page]').evaluateAll((els) => els.map((e) => e.getAttribute('data-page')));
    expect(marks).toEqual(['hlm. 1', 'hlm. 2', 'hlm. 3']);
  });
});
