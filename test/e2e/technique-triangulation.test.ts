/**
 * Triangulation by technique in a demo project, in Debian's Chromium at 1366×768 against the
 * built renderer: the triangulation table switches from sources to techniques; the technique
 * table shows interviews, observation and documents side by side with the segment count of each cell; a technique verdict (undoable) and a note are set
 * without touching the source verdict; after a reload they are still there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './support/axe';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode } from './support/samples';
import { translate } from '../../shared/i18n';
import { stateFromSnapshot } from '../../shared/model/changeset';
import { codeLabel } from '../../shared/project';
import { techniqueTable } from '../../shared/display';
import type { Locale, ProjectSnapshot } from '../../shared/model/types';

const SLUG = 'koperasi-umkm-kabupaten';
const NOTE = 'Observasi di balai desa menguatkan keterangan informan.';

let app: AppSession;
let locale: Locale;
let sample: ProjectSnapshot;
/** An indicator the interviews and the observation notes both speak to, and its segment counts. */
let INDICATOR = '';
let COUNTS: number[] = [];
let code = '';

const tr = (key: string, values?: Record<string, string | number>) => translate(locale, key, values);

async function chooseOption(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name, exact: true }).click();
}

const segmented = (page: Page, testId: string, label: string) => page.getByTestId(testId).getByText(label, { exact: true }).click();

beforeAll(async () => {
  sample = await buildSampleInNode(SLUG);
  const state = stateFromSnapshot(sample);
  const root = sample.codes.find((c) => codeLabel(c, 'id') === 'Pemberdayaan')!;
  const table = techniqueTable(state, { rootCodeId: root.id });
  const r = table.rows.findIndex((row) => row.techniquesWithData === 2);
  expect(r).toBeGreaterThanOrEqual(0);
  INDICATOR = table.rows[r]!.label;
  COUNTS = table.cells[r]!.map((cell) => cell.count);
  app = await openApp();
  await app.page.setViewportSize({ width: 1366, height: 768 });
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
});

describe('triangulation by technique', () => {
  it('switches the triangulation table from sources to techniques', async () => {
    const { page } = app;
    await page.getByTestId(`open-sample-${SLUG}`).click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    await page.getByTestId('nav-display').click();
    await chooseOption(page, 'display-kind', tr('displayScreen:kind_triangulation'));
    await chooseOption(page, 'display-framework', codeLabel(sample.codes.find((c) => codeLabel(c, 'id') === 'Pemberdayaan')!, locale));
    await page.getByTestId('triangulation-table').waitFor();
    await segmented(page, 'display-basis', tr('displayScreen:basis_technique'));
    await page.getByTestId('technique-table').waitFor();
    expect(await page.getByTestId('triangulation-table').count()).toBe(0);
    expect(await page.locator('[data-testid^="technique-column-"]').allTextContents()).toEqual([
      tr('display:technique_interview'),
      tr('display:technique_observation'),
      tr('display:technique_document'),
    ]);
    // The sample has all three techniques (the Perbup is its document): no sentence about a missing one.
    expect(await page.getByTestId('technique-missing').count()).toBe(0);
    const header = page.locator('[data-testid^="technique-row-"]').filter({ has: page.locator('th', { hasText: new RegExp(`${INDICATOR}\\s*$`) }) });
    code = (await header.first().getAttribute('data-testid'))!.replace('technique-row-', '');
    for (const [c, technique] of (['interview', 'observation'] as const).entries()) {
      await expect
        .poll(() => page.getByTestId(`technique-cell-${code}-${technique}`).getByTestId('technique-count').textContent())
        .toBe(tr('displayScreen:segments', { count: COUNTS[c]! }));
    }
    // Unjudged, with both techniques speaking: no suggestion, "not yet judged".
    expect(await page.getByTestId(`technique-verdict-${code}`).getAttribute('placeholder')).toBe(tr('displayScreen:undecided'));
    expect(await page.getByTestId(`technique-suggestion-${code}`).count()).toBe(0);
    // An indicator only the interviews speak to: the suggestion is offered beside the chooser, which stays unjudged.
    const single = page.locator('[data-testid^="technique-suggestion-"]').first();
    expect(await single.textContent()).toBe(tr('displayScreen:techniqueSuggestion', { verdict: tr('displayScreen:verdict_spesifik').toLowerCase() }));
    const singleCode = (await single.getAttribute('data-testid'))!.replace('technique-suggestion-', '');
    expect(await page.getByTestId(`technique-verdict-${singleCode}`).inputValue()).toBe('');
    if (process.env.PILAH_SHOTS) await page.screenshot({ path: `${process.env.PILAH_SHOTS}/technique-1366.png` });
    // Readable by a screen reader and in contrast (axe-core, WCAG 2.1 AA), the suggestion's grey text included.
    await page.mouse.move(1, 767);
    expect(describeViolations('technique table', await axeViolations(page))).toBe('');
  });

  it('sets a technique verdict (undoable) and a note, and leaves the source verdict alone', async () => {
    const { page } = app;
    const verdict = page.getByTestId(`technique-verdict-${code}`);
    await chooseOption(page, `technique-verdict-${code}`, tr('displayScreen:verdict_berbeda'));
    await expect.poll(() => verdict.inputValue()).toBe(tr('displayScreen:verdict_berbeda'));
    await chooseOption(page, `technique-verdict-${code}`, tr('displayScreen:verdict_sama'));
    await page.getByTestId('undo').click();
    await expect.poll(() => verdict.inputValue()).toBe(tr('displayScreen:verdict_berbeda'));
    const note = page.getByTestId(`technique-note-${code}`);
    await note.fill(NOTE);
    await note.blur();
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');

    if (process.env.PILAH_SHOTS) await page.screenshot({ path: `${process.env.PILAH_SHOTS}/technique-judged-1366.png` });
    await segmented(page, 'display-basis', tr('displayScreen:basis_source'));
    const stored = sample.triangulationNotes.find((row) => row.codeId === sample.codes.find((c) => codeLabel(c, 'id') === INDICATOR)!.id);
    const source = page.getByTestId(`triangulation-verdict-${code}`);
    await source.waitFor();
    // The source table, its verdict and note pinned over four source columns, passes the audit too.
    await page.mouse.move(1, 767);
    await page.waitForTimeout(400); // the basis switch and the closed chooser finish their transitions
    expect(describeViolations('source triangulation table', await axeViolations(page))).toBe('');
    expect(await source.inputValue()).toBe(stored?.verdict ? tr(`displayScreen:verdict_${stored.verdict}`) : '');
    expect(await page.getByTestId(`triangulation-note-${code}`).inputValue()).toBe(stored?.note ?? '');
  });

  it('keeps the technique verdict and note after a reload', async () => {
    const { page } = app;
    await page.reload();
    await page.getByTestId('nav-display').click();
    await segmented(page, 'display-basis', tr('displayScreen:basis_technique'));
    await expect.poll(() => page.getByTestId(`technique-verdict-${code}`).inputValue()).toBe(tr('displayScreen:verdict_berbeda'));
    expect(await page.getByTestId(`technique-note-${code}`).inputValue()).toBe(NOTE);
    expect(app.errors).toEqual([]);
  });
});
