/**
 * The format profile in the export dialog, in Debian's Chromium against the built renderer:
 * the student picks the "Klasik" profile, a broken profile file is refused in one sentence
 * and changes nothing, the profile is exported as .json and comes back whole, a supervisor's
 * file is imported, and the downloaded appendix follows it.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInProfile, formatProfileJson, readFormatProfile, type FormatProfile } from '../../shared/appendix';
import { readDocx } from '../../shared/appendix/read-docx';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/model/types';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode } from './support/samples';

const SLUG = 'koperasi-umkm-kabupaten';
let app: AppSession;
let locale: Locale;
let title = '';

beforeAll(async () => {
  title = (await buildSampleInNode(SLUG)).project.title;
  app = await openApp();
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
});

async function importProfile(name: string, text: string): Promise<void> {
  const { page } = app;
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('format-profile-import').click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('the format profile in the export dialog', () => {
  it('picks the Klasik profile for the project', async () => {
    const { page } = app;
    await page.getByTestId(`open-sample-${SLUG}`).click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(title);
    await page.getByTestId('nav-export').click();
    await page.getByTestId('export-screen').waitFor();
    const klasik = builtInProfile('klasik', locale).name;
    await page.getByTestId('format-profile-choice').click();
    await page.getByRole('option', { name: klasik, exact: true }).click();
    await expect.poll(() => page.getByTestId('format-profile-name').inputValue()).toBe(klasik);
    await expect.poll(() => page.getByTestId('format-heading-case').inputValue()).toBe(translate(locale, 'exporting:headingCase.upper'));
  });

  it('refuses a broken profile file in one sentence and changes nothing', async () => {
    const { page } = app;
    const broken = formatProfileJson(builtInProfile('umum', locale)).replace('"top": 4', '"top": 40');
    await importProfile('fisip.json', broken);
    const sentence = translate(locale, 'formatProfile:refused', {
      file: 'fisip.json',
      reason: translate(locale, 'formatProfile:range', { field: 'settings.margins.top', min: 1, max: 6 }),
    });
    await expect.poll(() => page.getByTestId('format-profile-refused').textContent()).toBe(sentence);
    expect(await page.getByTestId('format-profile-name').inputValue()).toBe(builtInProfile('klasik', locale).name);
    expect(await page.getByTestId('format-margin-top').inputValue()).toBe('4');
  });

  it('exports the profile as a .json file that reads back whole', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await page.getByTestId('format-profile-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${builtInProfile('klasik', locale).name}.json`);
    expect(readFormatProfile(await readFile((await file.path())!, 'utf8'))).toEqual(builtInProfile('klasik', locale));
  });

  it('imports a supervisor’s profile, and the appendix follows it', async () => {
    const { page } = app;
    const cohort: FormatProfile = {
      name: 'FIA angkatan 2024',
      settings: { ...builtInProfile('berurutan', locale).settings, margins: { top: 4, left: 3, bottom: 3, right: 3 }, lineSpacing: 2 },
    };
    await importProfile('fia-2024.json', formatProfileJson(cohort));
    await expect.poll(() => page.getByTestId('format-profile-done').textContent()).toBe(translate(locale, 'exporting:profileImported', { name: cohort.name }));
    await expect.poll(() => page.getByTestId('format-profile-name').inputValue()).toBe(cohort.name);

    await page.getByTestId('export-parts-none').click();
    await page.getByTestId('export-part-check-informants').check();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-build').click();
    const doc = readDocx(new Uint8Array(await readFile((await (await download).path())!)));
    const heading = doc.paragraphs.find(([style]) => style === 'Heading1')?.[1];
    expect(heading).toMatch(/^(Lampiran|Appendix) A\. /);
    expect(/<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(doc.document)!.slice(1).map(Number)).toEqual([2268, 1701, 1701, 1701]);
    expect(doc.styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing [^>]*w:line="480"/);
    expect(app.errors).toEqual([]);
  });
});
