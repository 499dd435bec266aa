/**
 * The foundation end to end, in Debian's Chromium against the built renderer with real
 * IndexedDB: create a project from a framework, import a .docx, code three segments (two
 * overlapping), write a memo and a reduced statement, undo and redo, reload and find
 * everything still there, and switch the language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type AppSession, createEmpowermentProject } from './support/browser';
import { codedPieces, dragSelect, keyboardSelect } from './support/transcript';
import { makeTranscriptDocx } from '../fixtures/make-docx';

const TURNS = [
  ['P', 'Selamat pagi, Bu. Bagaimana dinas mengenalkan program pemberdayaan kepada pelaku UMKM?'],
  ['I', 'Kami melakukan sosialisasi program lewat grup WhatsApp dan pertemuan di kecamatan setiap bulan.'],
  ['P', 'Apa saja bentuk penguatan yang diberikan?'],
  ['I', 'Ada pelatihan pengemasan produk dan pendampingan izin usaha sampai sertifikat halal terbit.'],
  ['P', 'Bagaimana dengan perlindungan bagi usaha kecil?'],
  ['I', 'Kami memfasilitasi akses KUR supaya pelaku usaha tidak terjerat rentenir.'],
] as const;

let app: AppSession;
let docxPath: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pilah-e2e-files-'));
  docxPath = join(dir, 'wawancara-bu-sri.docx');
  await writeFile(docxPath, await makeTranscriptDocx({ name: 'Ibu Sri Wahyuni', position: 'Kepala Bidang UMKM', date: 'Selasa, 14 November 2023', place: 'Kantor Dinas', turns: TURNS }));
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

describe('Pilah foundation in a real browser', () => {
  it('creates a project from the empowerment framework', async () => {
    const { page } = app;
    await createEmpowermentProject(page, 'Pemberdayaan UMKM Kabupaten Contoh');
  });

  it('imports a .docx transcript with its informant from the header', async () => {
    const { page } = app;
    await page.getByTestId('nav-data').click();
    await page.getByTestId('import-input').setInputFiles(docxPath);
    await expect.poll(() => page.getByTestId('import-file').getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    await expect.poll(() => page.getByTestId('document-row').count()).toBe(1);
    const values = await page.getByTestId('informants-table').locator('input, textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values).toEqual(expect.arrayContaining(['I1', 'Ibu Sri Wahyuni', 'Kepala Bidang UMKM']));
  });

  it('codes three segments, two of them overlapping, by mouse, picker and keyboard', async () => {
    const { page } = app;
    await page.getByTestId('nav-coding').click();
    await page.getByTestId('transcript-view').waitFor();
    await expect.poll(() => page.getByTestId('transcript-view').textContent()).toContain('sosialisasi program');

    // 1. Drag over a phrase and press 1: the first pinned code of the empowerment framework, its first indicator (Sosialisasi program).
    await dragSelect(page, 'sosialisasi program lewat grup WhatsApp');
    await page.keyboard.press('1');
    await expect.poll(async () => (await codedPieces(page)).map((p) => p.text).join('')).toContain('sosialisasi program lewat grup WhatsApp');

    // 2. An overlapping selection coded through the searchable picker (Ctrl+K).
    await dragSelect(page, 'grup WhatsApp dan pertemuan di kecamatan');
    await page.keyboard.press('Control+k');
    await page.getByTestId('code-picker-input').fill('Pelatihan');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await codedPieces(page)).find((p) => p.text.includes('grup WhatsApp'))?.codes ?? '').toMatch(/Sosialisasi program.*Pelatihan|Pelatihan.*Sosialisasi program/);

    // 3. A third segment selected with the keyboard (Shift+→) and coded with 3 (Motivasi dan pengarahan, the third indicator).
    await keyboardSelect(page, 'akses KUR');
    await page.keyboard.press('3');
    await expect.poll(async () => (await codedPieces(page)).find((p) => p.text.includes('akses KUR'))?.codes ?? '').toContain('Motivasi dan pengarahan');

    expect(await page.locator('[data-testid^="stripe-"]').count()).toBeGreaterThanOrEqual(3);
  });

  it('adds a memo and a reduced statement to a segment', async () => {
    const { page } = app;
    await page.locator('[data-testid="transcript-view"] [data-piece][title]', { hasText: 'akses KUR' }).click();
    await page.getByTestId('segment-memo').fill('Informan menekankan peran KUR.');
    await page.getByTestId('segment-reduced').fill('Dinas memfasilitasi akses KUR.');
    await page.getByTestId('segment-memo').focus(); // leaving the field saves it
    await page.getByTestId('transcript-view').click({ position: { x: 5, y: 5 } });
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
  });

  it('undoes and redoes coding actions', async () => {
    const { page } = app;
    const coded = async () => (await codedPieces(page)).some((p) => p.text.includes('akses KUR'));
    await page.getByTestId('undo').click(); // the reduced statement
    await page.getByTestId('undo').click(); // the memo
    await page.getByTestId('undo').click(); // the third coding
    await expect.poll(coded).toBe(false);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(coded).toBe(true);
    await page.getByTestId('redo').click();
    await page.getByTestId('redo').click();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
  });

  it('keeps everything after a reload', async () => {
    const { page } = app;
    await page.reload();
    await page.getByTestId('nav-coding').click();
    await page.getByTestId('transcript-view').waitFor();
    await expect.poll(async () => (await codedPieces(page)).length).toBeGreaterThanOrEqual(3);
    const pieces = await codedPieces(page);
    expect(pieces.find((p) => p.text.includes('grup WhatsApp'))?.codes).toMatch(/Sosialisasi program.*Pelatihan|Pelatihan.*Sosialisasi program/);
    expect(pieces.find((p) => p.text.includes('akses KUR'))?.codes).toContain('Motivasi dan pengarahan');
    await page.locator('[data-testid="transcript-view"] [data-piece][title]', { hasText: 'akses KUR' }).click();
    await expect.poll(() => page.getByTestId('segment-memo').inputValue()).toBe('Informan menekankan peran KUR.');
    expect(await page.getByTestId('segment-reduced').inputValue()).toBe('Dinas memfasilitasi akses KUR.');
  });

  it('switches between Indonesian and English at run time', async () => {
    const { page } = app;
    expect(await page.getByTestId('nav-data').textContent()).toContain('Data');
    const indonesian = await page.getByTestId('nav-coding').textContent();
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('nav-coding').textContent()).not.toBe(indonesian);
    expect(await page.getByTestId('nav-coding').textContent()).toMatch(/Coding/);
    // One transcript: English counts it in the singular.
    expect(await page.getByTestId('nav-data').textContent()).toMatch(/Data1 document$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByTestId('lang-id').click();
    await expect.poll(() => page.getByTestId('nav-coding').textContent()).toMatch(/Koding/);
  });

  it('showed no errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
