/**
 * Conclusion drawing and the appendix export, in Debian's Chromium against the built
 * renderer: a student writes a conclusion on an indicator of a demo project, gives it a
 * verdict and links a segment as evidence, the "no evidence" warning comes and goes, the
 * evidence opens its transcript; then the appendix is exported with the conclusions before
 * the informant table, previewed first, a progress bar shows while the worker builds it,
 * and the downloaded .docx is read back with mammoth.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../shared/appendix/read-docx';
import { conclusionCards, conclusionsOn } from '../../shared/conclusions';
import { translate } from '../../shared/i18n';
import { stateFromSnapshot, type ProjectState } from '../../shared/model/changeset';
import type { Locale, ProjectSnapshot } from '../../shared/model/types';
import { codeLabel, segmentsByCode } from '../../shared/project';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode } from './support/samples';

const SLUG = 'koperasi-umkm-kabupaten';
const CONCLUSION = 'Sosialisasi menjangkau pelaku usaha lewat pendamping lapangan; uji kesimpulan e2e.';
const VERDICT = 'Cukup optimal';

let app: AppSession;
let locale: Locale;
let sample: ProjectSnapshot;
let state: ProjectState;
/** The indicator concluded on: the first one with segments and no conclusion yet. */
let indicator: string;
/** Filled in as the test goes: the chip's "I1 · baris 12" and the app's code id. */
let evidenceLabel = '';
let cardId = '';

const t = (key: string, values?: Record<string, string | number>) => translate(locale, key, values);

/** The count of one kind of warning in the panel (0 when the kind is not listed). */
async function warningCount(page: Page, kind: string): Promise<number> {
  const badge = page.getByTestId(`warnings-count-${kind}`);
  return (await badge.count()) ? Number(await badge.textContent()) : 0;
}

/** An evidence chip's text, "I1 · baris 12", with the informant and the line captured. */
const chipPattern = (): RegExp => new RegExp(`^${t('conclusions:evidenceChip', { informant: '(.+)', line: '(\\d+)' })}$`);

function card(page: Page): Locator {
  return page.getByTestId(`conclusion-card-${cardId}`);
}

beforeAll(async () => {
  sample = await buildSampleInNode(SLUG);
  state = stateFromSnapshot(sample);
  const chosen = conclusionCards(state).find(
    (c) => c.level === 'indicator' && conclusionsOn(state, c.codeId).length === 0 && segmentsByCode(state, c.codeId).length > 0,
  );
  if (!chosen) throw new Error('the sample has no indicator left to conclude on');
  indicator = codeLabel(state.codes[chosen.codeId]!, 'id');
  app = await openApp();
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
});

describe('conclusions and the appendix export', () => {
  it('opens the demo project on the conclusions screen, a card per code', async () => {
    const { page } = app;
    await page.getByTestId(`open-sample-${SLUG}`).click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    await page.getByTestId('nav-conclusions').click();
    await page.getByTestId('conclusions-screen').waitFor();
    await expect.poll(() => page.locator('[data-testid^="conclusion-card-"]').count()).toBe(conclusionCards(state).length);
    const target = page.locator('[data-testid^="conclusion-card-"][data-level="indicator"]').filter({ has: page.getByText(indicator, { exact: true }) });
    await expect.poll(() => target.count()).toBe(1);
    cardId = (await target.getAttribute('data-testid'))!.replace(/^conclusion-card-/, '');
  });

  it('writes a conclusion: without evidence it is warned about', async () => {
    const { page } = app;
    const before = await warningCount(page, 'no-evidence');
    const text = page.getByTestId(`conclusion-text-${cardId}`);
    await text.fill(CONCLUSION);
    await text.blur();
    await expect.poll(() => warningCount(page, 'no-evidence')).toBe(before + 1);
    const warning = page.getByTestId('warnings-no-evidence').getByText(t('conclusions:warnings.no-evidence', { code: indicator }));
    await expect.poll(() => warning.count()).toBe(1);
    // The warning leads back to the card.
    await warning.click();
    await expect.poll(async () => (await card(page).boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
  });

  it('sets a verdict from the scale', async () => {
    const { page } = app;
    await page.getByTestId(`conclusion-verdict-${cardId}`).click();
    await page.getByRole('option', { name: VERDICT, exact: true }).click();
    await expect.poll(() => page.getByTestId(`conclusion-verdict-${cardId}`).inputValue()).toBe(VERDICT);
  });

  it('links a segment as evidence: the warning goes, the chip opens the transcript', async () => {
    const { page } = app;
    const before = await warningCount(page, 'no-evidence');
    await page.getByTestId(`evidence-add-${cardId}`).click();
    const picker = page.getByTestId('evidence-picker');
    await picker.waitFor();
    await picker.getByRole('checkbox').first().check();
    await page.getByTestId('picker-link').click();
    const chip = card(page).locator('[data-testid^="evidence-open-"]');
    await expect.poll(() => chip.count()).toBe(1);
    evidenceLabel = (await chip.textContent())!.trim();
    expect(evidenceLabel).toMatch(chipPattern());
    await expect.poll(() => warningCount(page, 'no-evidence')).toBe(before - 1);

    await chip.click();
    await page.getByTestId('transcript-view').waitFor();
    await page.getByTestId('nav-conclusions').click();
    await expect.poll(() => page.getByTestId(`conclusion-text-${cardId}`).inputValue()).toBe(CONCLUSION);
  });

  it('downloads the Bab IV draft with the conclusion and verdict as written, the evidence quoted with its citation', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await page.getByTestId('chapter-export').click();
    const file = await download;
    const doc = readDocx(new Uint8Array(await readFile((await file.path())!)));
    // The app made its own ids for the sample: the indicator is found by its name.
    const label = codeLabel(Object.values(state.codes).find((c) => codeLabel(c, 'id') === indicator)!, locale);
    const at = doc.paragraphs.findIndex(([style, text]) => style.startsWith('Heading') && text === label);
    expect(at).toBeGreaterThan(0);
    const next = doc.paragraphs.findIndex(([style], i) => i > at && style.startsWith('Heading'));
    const texts = doc.paragraphs.slice(at + 1, next < 0 ? undefined : next).map(([, text]) => text);
    expect(texts).toContain(CONCLUSION);
    expect(texts).toContain(t('chapter:verdictLine', { indicator: label, verdict: locale === 'id' ? VERDICT : 'Fairly optimal' }));
    expect(doc.paragraphs.filter(([style]) => style === 'PilahQuote').length).toBeGreaterThan(0);
    // The figures, drawn by the browser's canvas, placed as PNG pictures under "Gambar 4.N".
    const captions = doc.paragraphs.filter(([style]) => style === 'Caption').map(([, text]) => text);
    expect(captions[0]).toMatch(locale === 'id' ? /^Gambar 4\.1 / : /^Figure 4\.1 /);
    expect(captions.length).toBeGreaterThanOrEqual(2);
    const media = Object.entries(unzipSync(new Uint8Array(await readFile((await file.path())!)))).filter(([name]) => /^word\/media\/.*\.png$/.test(name));
    expect(media.length).toBe(captions.length);
    for (const [, png] of media) expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await page.getByTestId('chapter-exported').waitFor();
    expect(app.errors).toEqual([]);
  });

  it('previews what the draft says on the card, and a template edit changes the sentence; an unknown placeholder is refused', async () => {
    const { page } = app;
    const label = codeLabel(Object.values(state.codes).find((c) => codeLabel(c, 'id') === indicator)!, locale);
    await page.getByTestId(`chapter-preview-toggle-${cardId}`).click();
    const preview = page.getByTestId(`chapter-preview-${cardId}`);
    const verdict = locale === 'id' ? VERDICT : 'Fairly optimal';
    await expect.poll(() => preview.textContent()).toContain(t('chapter:verdictLine', { indicator: label, verdict }));
    expect(await preview.textContent()).toContain(CONCLUSION);

    await page.getByTestId('chapter-templates-open').click();
    const field = page.getByTestId('chapter-template-verdictLine');
    await field.fill(locale === 'id' ? 'Indikator {indkator} dinilai {penilaian}.' : 'Indicator {indcator} is {verdict}.');
    await page.getByTestId('chapter-templates-invalid').waitFor();
    expect(await page.getByTestId('chapter-templates-save').isDisabled()).toBe(true);
    await field.fill(locale === 'id' ? 'Dengan demikian {indikator} dinilai {penilaian}.' : 'Hence {indicator} is judged {verdict}.');
    await page.getByTestId('chapter-templates-save').click();
    const edited = locale === 'id' ? `Dengan demikian ${label} dinilai ${verdict}.` : `Hence ${label} is judged ${verdict}.`;
    await expect.poll(() => preview.textContent()).toContain(edited);
    expect(app.errors).toEqual([]);
  });

  it('saves a figure as PNG and as SVG', async () => {
    const { page } = app;
    for (const kind of ['png', 'svg'] as const) {
      await page.getByTestId('figures-save').click();
      const item = page.locator(`[data-testid^="figure-save-"][data-testid$="-${kind}"]`).first();
      const download = page.waitForEvent('download');
      await item.click();
      const file = await download;
      expect(file.suggestedFilename().endsWith(`.${kind}`)).toBe(true);
      const bytes = new Uint8Array(await readFile((await file.path())!));
      if (kind === 'png') expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      else expect(new TextDecoder().decode(bytes)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640"/);
      await page.getByTestId('figure-saved').waitFor();
    }
    expect(app.errors).toEqual([]);
  });

  it('exports the conclusions before the informant table, with a progress bar, as a .docx', async () => {
    const { page } = app;
    // The conclusions were read far down; the export screen still opens at its top.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.getByTestId('nav-export').click();
    await page.getByTestId('export-screen').waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.getByTestId('export-parts-none').click();
    await page.getByTestId('export-part-check-conclusions').check();
    await page.getByTestId('export-part-check-informants').check();
    const position = (id: string) => page.getByTestId(`export-part-${id}`).getAttribute('data-position').then(Number);
    while ((await position('conclusions')) > (await position('informants'))) await page.getByTestId('export-part-up-conclusions').click();
    await page.getByTestId('export-citation-line').check();

    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    // The preview shows the first pages before anything is written.
    await page.getByTestId('export-preview-build').click();
    const firstTitle = t('appendix:appendixTitle', { number: 1, title: t('appendix:part_conclusions') });
    // The appendix's first heading, two levels under the screen's title and the preview's (h3).
    await expect.poll(() => page.getByTestId('export-preview').locator('h3').first().textContent(), { timeout: 60_000 }).toBe(firstTitle);
    // It opens below the form: the window brings it into sight, or the button would seem to do nothing.
    const previewTop = () => page.getByTestId('export-preview').evaluate((el) => el.getBoundingClientRect().top);
    await expect.poll(async () => (await previewTop()) >= 0 && (await previewTop()) < page.viewportSize()!.height / 2).toBe(true);

    // The build may be quicker than a poll: watch for the progress bar from inside the page.
    await page.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean };
      w.sawProgress = false;
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="export-progress-bar"]')) {
          w.sawProgress = true;
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    const download = page.waitForEvent('download');
    await page.getByTestId('export-build').click();
    const file = await download;
    await page.getByTestId('export-saved').waitFor();
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    // Built off the main thread: the export worker ran (a failing worker would fall back silently).
    expect(workers.some((url) => /appendix\.worker/.test(url))).toBe(true);
    expect(file.suggestedFilename()).toMatch(/\.docx$/);

    const { value: text } = await mammoth.extractRawText({ buffer: await readFile((await file.path())!) });
    const conclusionsTitle = firstTitle;
    const informantsTitle = t('appendix:appendixTitle', { number: 2, title: t('appendix:part_informants') });
    expect(text.indexOf(conclusionsTitle)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(informantsTitle)).toBeGreaterThan(text.indexOf(conclusionsTitle));
    expect(text).not.toContain(t('appendix:appendixTitle', { number: 3, title: '' }).trim());

    const conclusionsPart = text.slice(text.indexOf(conclusionsTitle), text.indexOf(informantsTitle));
    expect(conclusionsPart).toContain(CONCLUSION);
    expect(conclusionsPart).toContain(VERDICT);
    // The evidence is cited in the chosen style: "(I1, baris 12)".
    const [, informant, line] = chipPattern().exec(evidenceLabel)!;
    expect(conclusionsPart).toContain(t('appendix:citeLine', { source: informant!, line: line! }));

    const informantsPart = text.slice(text.indexOf(informantsTitle));
    for (const person of sample.informants) expect(informantsPart).toContain(person.name);
    expect(app.errors).toEqual([]);
  });

  it('exports every matrix as one .xlsx workbook with the conclusion in it', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const sheet = workbook.getWorksheet(t('appendix:sheet_conclusions'));
    expect(sheet).toBeDefined();
    const cells: string[] = [];
    sheet!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain(CONCLUSION);
    expect(cells).toContain(VERDICT);
    expect(app.errors).toEqual([]);
  });

  it('renames a level of the verdict scale: the conclusion follows, one undo takes both back', async () => {
    const { page } = app;
    await page.getByTestId('nav-conclusions').click();
    await page.getByTestId(`edit-scale-${cardId}`).click();
    const editor = page.getByTestId('verdict-scale-editor');
    await editor.waitFor();
    const scale = state.project.settings.verdictScale;
    await page.getByTestId(`scale-level-${scale.indexOf(VERDICT)}`).fill('Cukup');
    await page.getByTestId('scale-save').click();
    await expect.poll(() => editor.isVisible()).toBe(false);
    const verdict = page.getByTestId(`conclusion-verdict-${cardId}`);
    await expect.poll(() => verdict.inputValue()).toBe('Cukup');
    await page.getByTestId('undo').click();
    await expect.poll(() => verdict.inputValue()).toBe(VERDICT);
  });
});
