/**
 * The first load fetches only what the first screens need: the Word libraries (mammoth to read
 * a .docx, docx to write the appendix) and the screens opened later arrive when first used, and
 * those screens still open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, type AppSession, createEmpowermentProject } from './support/browser';

let app: AppSession;

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

/** The scripts the page has loaded so far, with their text (fetched again from the same server). */
async function loadedScripts(): Promise<{ url: string; text: string }[]> {
  return app.page.evaluate(async () => {
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js'));
    return Promise.all(urls.map(async (url) => ({ url, text: await (await fetch(url)).text() })));
  });
}

// Strings only these libraries hold.
const MAMMOTH = 'Did not understand this style mapping';
const DOCX_WRITER = 'openxmlformats-officedocument.wordprocessingml.styles';

describe('the first load', () => {
  it('shows the start screen without loading mammoth or the appendix writer', async () => {
    const { page } = app;
    await page.getByTestId('start-screen').waitFor();
    const scripts = await loadedScripts();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.text.includes(MAMMOTH)).map((s) => s.url)).toEqual([]);
    expect(scripts.filter((s) => s.text.includes(DOCX_WRITER)).map((s) => s.url)).toEqual([]);
    // Nor does the page ask the browser to fetch them ahead (modulepreload).
    const preloads = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    for (const url of preloads) {
      const text = await page.evaluate(async (u) => (await fetch(u)).text(), url);
      expect(text.includes(MAMMOTH) || text.includes(DOCX_WRITER), url).toBe(false);
    }
  });

  it('leaves the sample projects’ transcripts and PDFs until a sample is opened', async () => {
    const { page } = app;
    await page.getByTestId('start-screen').waitFor();
    await page.getByTestId('sample-list').waitFor();
    // A line said only in the samples' interviews, and the form the sample PDFs are bundled in.
    const folder = 'samples/koperasi-umkm-kabupaten/transcripts';
    const interview = readFileSync(join(folder, readdirSync(folder).sort()[0]!), 'utf8').split('\n').find((line) => line.startsWith('Jabatan'))!;
    expect(interview.length).toBeGreaterThan(20);
    const scripts = await loadedScripts();
    expect(scripts.filter((s) => s.text.includes(interview)).map((s) => s.url)).toEqual([]);
    expect(scripts.filter((s) => s.text.includes('data:application/pdf;base64,')).map((s) => s.url)).toEqual([]);
  });

  it('still opens the screens loaded on demand', async () => {
    const { page } = app;
    await createEmpowermentProject(page, 'Muat sesuai kebutuhan');
    for (const [nav, shown] of [
      ['nav-export', 'export-build'],
      ['nav-backups', 'save-project-file'],
    ] as const) {
      await page.getByTestId(nav).click();
      await page.getByTestId(shown).waitFor({ timeout: 30_000 });
    }
    expect(app.errors).toEqual([]);
  });
});
