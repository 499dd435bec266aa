/**
 * Research instruments in Debian's Chromium against the built renderer: a student creates a
 * project from the empowerment framework, creates the interview guide from it on the
 * Instrumen step, rewrites a question, reorders its follow-ups by keyboard, and exports the
 * guide; the downloaded .docx is read back.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../shared/appendix/read-docx';
import { empowermentDefaults } from '../../shared/instruments/defaults/empowerment';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/model/types';
import { openApp, type AppSession, createEmpowermentProject } from './support/browser';

let app: AppSession;
let locale: Locale;
const EDITED = 'Dari mana Bapak/Ibu pertama kali mengetahui program pemberdayaan ini?';
const t = (key: string, values?: Record<string, string | number>) => translate(locale, key, values);

beforeAll(async () => {
  app = await openApp();
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
});

describe('research instruments', () => {
  it('creates the guide from the empowerment framework: a question for every indicator', async () => {
    const { page } = app;
    await createEmpowermentProject(page, 'Pemberdayaan UMKM Kabupaten Contoh');

    await page.getByTestId('nav-instruments').click();
    await page.getByTestId('guide-empty').waitFor();
    await page.getByTestId('guide-create').click();
    await page.getByTestId('guide-editor-interview').waitFor();
    // 17 indicators, each with its default question, and the closing question.
    await expect.poll(() => page.getByTestId('guide-editor-interview').locator('[data-testid^="guide-item-"][data-number]').count()).toBe(18);
    const first = page.locator('[data-testid^="guide-item-"][data-number="1"]');
    expect(await first.getByTestId('guide-item-text').inputValue()).toBe(empowermentDefaults['enabling.socialisation']!.questions[0]!.text[locale]);
  });

  it('rewrites a question and reorders its follow-ups from the keyboard', async () => {
    const { page } = app;
    const first = page.locator('[data-testid^="guide-item-"][data-number="1"]');
    await first.getByTestId('guide-item-text').fill(EDITED);
    await first.getByTestId('guide-item-text').blur();
    await expect.poll(() => first.getByTestId('guide-item-text').inputValue()).toBe(EDITED);
    const probes = () => first.getByTestId('guide-probe-text').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const before = await probes();
    expect(before).toHaveLength(2);
    await first.getByTestId('guide-probe-0').getByTestId('guide-probe-move-down').focus();
    await page.keyboard.press('Enter');
    await expect.poll(probes).toEqual([before[1], before[0]]);
    // The other tabs hold the observation guide and the documentation checklist.
    await page.getByTestId('guide-tab-documentation').click();
    await expect.poll(() => page.getByTestId('guide-editor-documentation').locator('[data-testid^="guide-item-"][data-number]').count()).toBeGreaterThan(5);
    await page.getByTestId('guide-tab-interview').click();
  });

  it('exports the guide to Word with the edited question under its indicator', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await page.getByTestId('guide-export').click();
    const file = await download;
    const doc = readDocx(new Uint8Array(await readFile((await file.path())!)));
    const texts = doc.paragraphs.map(([, text]) => text);
    expect(doc.paragraphs.filter(([style]) => style === 'Heading1').map(([, text]) => text)[0]).toBe(t('instruments:title_interview'));
    const at = texts.indexOf(t('instruments:indicatorLine', { indicator: locale === 'id' ? 'Sosialisasi program' : 'Programme socialisation' }));
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe(`1.\t${EDITED}`);
    const probes = empowermentDefaults['enabling.socialisation']!.questions[0]!.probes!;
    expect(texts.slice(at + 2, at + 4)).toEqual([`a.\t${probes[1]![locale]}`, `b.\t${probes[0]![locale]}`]);
    expect(texts.filter((x) => x.startsWith(t('instruments:indicatorLine', { indicator: '' })))).toHaveLength(17);
    await page.getByTestId('guide-exported').waitFor();
    expect(app.errors).toEqual([]);
  });
});
