/**
 * Codebook, retrieval and search in a demo project, in Debian's Chromium against the built
 * renderer: deleting a used code asks first and offers merging, a merge adds the counts up
 * and one undo splits them again; rename and recolour undo; retrieval lists a code's
 * segments with informant and line and opens the chosen one in the coding workspace; a
 * word found across transcripts is coded in one step and taken back with one undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode, quoteOf, segmentsWith } from './support/samples';
import { codedPieces } from './support/transcript';
import { translate } from '../../shared/i18n';
import { applyChangeset, stateFromSnapshot, type ProjectState } from '../../shared/model/changeset';
import { codeAllHits, codeCountsWithDescendants, codeLabel, colorName, PALETTE, searchText, segmentsByCode } from '../../shared/project';
import type { Code, Locale, ProjectSnapshot } from '../../shared/model/types';

const SLUG = 'koperasi-umkm-kabupaten';
/** The student's own code, merged away and back. */
const MERGED = 'Rentenir (bank plecit)';
/** The code it is merged into. */
const TARGET = 'KUR dan bantuan modal';
const RENAMED = 'Peran koperasi';
const RETRIEVED = 'Pendampingan';
/** A word said in more than one transcript, and the code its hits get. */
const WORD = 'plecit';
const WORD_CODE = 'Regulasi';

let app: AppSession;
let locale: Locale;
let sample: ProjectSnapshot;
let state: ProjectState;

const codeIn = (label: string): Code => {
  const code = sample.codes.find((c) => codeLabel(c, 'id') === label);
  if (!code) throw new Error(`the sample has no code "${label}"`);
  return code;
};

/** The app's id of the code shown with this label in the codebook tree. */
async function appCodeId(page: Page, label: string): Promise<string> {
  const node = page.getByRole('treeitem').filter({ has: page.locator(`[title="${label}"]`) });
  await expect.poll(() => node.count()).toBe(1);
  return (await node.getAttribute('data-testid'))!.replace(/^code-node-/, '');
}

const countOf = (page: Page, id: string) => page.getByTestId(`code-count-${id}`).textContent();
const undo = (page: Page) => page.getByTestId('undo').click();

beforeAll(async () => {
  sample = await buildSampleInNode(SLUG);
  state = stateFromSnapshot(sample);
  app = await openApp();
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
});

describe('codebook, retrieval and search', () => {
  it('opens the demo project in the coding workspace', async () => {
    const { page } = app;
    await page.getByTestId(`open-sample-${SLUG}`).click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    await page.getByTestId('nav-coding').click();
    await page.getByTestId('codebook-tree').waitFor();
    await page.getByTestId('transcript-view').waitFor();
  });

  it('asks before deleting a used code, offers a merge, and cancelling leaves it', async () => {
    const { page } = app;
    const merged = await appCodeId(page, MERGED);
    const uses = segmentsWith(sample, codeIn(MERGED).id).length;
    expect(uses).toBeGreaterThan(0);
    expect(await countOf(page, merged)).toBe(String(uses));

    await page.getByTestId(`code-menu-${merged}`).click();
    await page.getByTestId('code-action-delete').click();
    const usage = page.getByTestId('delete-usage');
    await usage.waitFor();
    expect(await usage.textContent()).toBe(translate(locale, 'codebook:deleteUsage', { segments: uses, descendants: 0 }));
    expect(await page.getByTestId('delete-merge-confirm').isDisabled()).toBe(true);
    await page.getByRole('dialog').getByRole('button', { name: translate(locale, 'codebook:cancel'), exact: true }).click();
    await expect.poll(() => usage.count()).toBe(0);
    expect(await countOf(page, merged)).toBe(String(uses));
    expect(await page.getByTestId(`code-node-${merged}`).count()).toBe(1);
  });

  it('merges the code into another so the counts add up (a shared segment once), and one undo restores both', async () => {
    const { page } = app;
    const merged = await appCodeId(page, MERGED);
    const target = await appCodeId(page, TARGET);
    const mergedSegments = segmentsWith(sample, codeIn(MERGED).id).map((s) => s.id);
    const targetSegments = segmentsWith(sample, codeIn(TARGET).id).map((s) => s.id);
    // The two codes share one segment in the sample: it must be counted once, not twice.
    const shared = mergedSegments.filter((id) => targetSegments.includes(id)).length;
    expect(shared).toBe(1);
    const sum = mergedSegments.length + targetSegments.length - shared;

    await page.getByTestId(`code-menu-${merged}`).click();
    await page.getByTestId('code-action-delete').click();
    await page.getByTestId('delete-merge-target').click();
    await page.getByTestId('delete-merge-target').fill(TARGET);
    await page.getByRole('option').filter({ hasText: TARGET }).click();
    await page.getByTestId('delete-merge-confirm').click();

    await expect.poll(() => page.getByTestId(`code-node-${merged}`).count()).toBe(0);
    await expect.poll(() => countOf(page, target)).toBe(String(sum));

    await undo(page);
    await expect.poll(() => countOf(page, merged)).toBe(String(mergedSegments.length));
    expect(await countOf(page, target)).toBe(String(targetSegments.length));
  });

  it('renames and recolours a code, and undo takes each back', async () => {
    const { page } = app;
    const id = await appCodeId(page, RENAMED);
    const newLabel = `${RENAMED} desa`;
    await page.getByTestId(`code-menu-${id}`).click();
    await page.getByTestId('code-action-rename').click();
    await page.getByTestId(`code-rename-${id}`).fill(newLabel);
    await page.getByTestId(`code-rename-${id}`).press('Enter');
    await expect.poll(() => page.getByTestId(`code-node-${id}`).locator(`[title="${newLabel}"]`).count()).toBe(1);
    await undo(page);
    await expect.poll(() => page.getByTestId(`code-node-${id}`).locator(`[title="${RENAMED}"]`).count()).toBe(1);

    const before = codeIn(RENAMED).color;
    const swatch = page.getByTestId(`code-color-${id}`);
    expect(await swatch.getAttribute('aria-label')).toBe(colorName(before, locale));
    const other = PALETTE.find((c) => colorName(c.hex, locale) !== colorName(before, locale))!;
    await swatch.click();
    await page.getByTestId(`color-${other.hex}`).click();
    await expect.poll(() => swatch.getAttribute('aria-label')).toBe(colorName(other.hex, locale));
    await expect.poll(() => page.getByTestId('code-dialog-color').count()).toBe(0);
    await undo(page);
    await expect.poll(() => swatch.getAttribute('aria-label')).toBe(colorName(before, locale));
  });

  it('shows a code’s tooltips when pointed at and opens its menu on every click', async () => {
    const { page } = app;
    const id = await appCodeId(page, RETRIEVED);
    const count = Number(await countOf(page, id));
    await page.getByTestId(`code-count-${id}`).hover();
    const countTip = translate(locale, 'codebook:countTooltip', { count });
    await expect.poll(() => page.getByRole('tooltip').filter({ hasText: countTip }).isVisible()).toBe(true);
    await page.getByTestId(`code-color-${id}`).hover();
    await expect.poll(() => page.getByRole('tooltip').filter({ hasText: colorName(codeIn(RETRIEVED).color, locale) }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('tooltip').filter({ hasText: countTip }).count()).toBe(0);
    for (let i = 0; i < 2; i++) {
      await page.getByTestId(`code-menu-${id}`).click();
      await expect.poll(() => page.getByTestId('code-action-rename').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('code-action-rename').count()).toBe(0);
    }
  });

  it('retrieves a code’s segments with informant and line, and opens the chosen one for coding', async () => {
    const { page } = app;
    const wanted = segmentsByCode(state, codeIn(RETRIEVED).id, { includeDescendants: true });
    expect(wanted.length).toBeGreaterThan(1);

    await page.getByTestId('nav-retrieve').click();
    await page.getByTestId('retrieve-code').click();
    await page.getByTestId('retrieve-code').fill(RETRIEVED);
    await page.getByRole('option').filter({ hasText: new RegExp(`${RETRIEVED}$`) }).click();
    const rows = page.locator('[data-testid^="retrieve-row-"]');
    await expect.poll(() => rows.count()).toBe(wanted.length);

    const texts = await rows.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    for (const [i, r] of wanted.entries()) {
      const who = r.informant ? (r.informant.name ? `${r.informant.label} · ${r.informant.name}` : r.informant.label) : translate(locale, 'retrieve:noInformant');
      const where = translate(locale, 'retrieve:place', { document: r.document.title, kind: translate(locale, `retrieve:kind_${r.document.kind}`), line: r.line });
      expect(texts[i], `row ${i}`).toContain(who);
      expect(texts[i], `row ${i}`).toContain(where);
      expect(texts[i], `row ${i}`).toContain(quoteOf(sample, r.segment));
    }

    // Open a segment that has a reduced statement, not the first row.
    const pick = wanted.findLastIndex((r) => r.segment.reduced.trim() !== '');
    expect(pick).toBeGreaterThan(0);
    const row = rows.nth(pick);
    const segmentId = (await row.getAttribute('data-testid'))!.replace(/^retrieve-row-/, '');
    await row.click();
    await page.getByTestId('coding-screen').waitFor();
    await expect.poll(() => page.getByTestId('segment-reduced').inputValue()).toBe(wanted[pick]!.segment.reduced);
    expect(await page.getByTestId('segment-quote').textContent()).toContain(quoteOf(sample, wanted[pick]!.segment).slice(0, 200));
    // The transcript shows that document, with the segment's stripe.
    expect(await page.locator(`[data-testid^="stripe-${segmentId}-"]`).count()).toBeGreaterThan(0);
  });

  it('finds a word across transcripts and codes every hit in one step, taken back by one undo', async () => {
    const { page } = app;
    const hits = searchText(state, WORD, {}).hits;
    expect(new Set(hits.map((h) => h.documentId)).size).toBeGreaterThan(1);
    const codeId = codeIn(WORD_CODE).id;
    const after = applyChangeset(state, codeAllHits(state, hits, codeId));
    const countAfter = codeCountsWithDescendants(after)[codeId]!;
    const segmentsAfter = Object.keys(after.segments).length;
    expect(countAfter).toBeGreaterThan(segmentsWith(sample, codeId).length);

    const target = await appCodeId(page, WORD_CODE);
    const countBefore = await countOf(page, target);
    const navBefore = await page.getByTestId('nav-coding').textContent();

    await page.getByTestId('transcript-view').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    await page.getByTestId('search-input').fill(WORD);
    await expect.poll(() => page.getByTestId('search-count').textContent()).toBe(translate(locale, 'coding:hitCount', { count: hits.length }));
    expect(await page.getByTestId('search-hit').count()).toBe(hits.length);
    const places = await page.getByTestId('search-hit').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    for (const h of hits) expect(places.some((p) => p.includes(state.documents[h.documentId]!.title))).toBe(true);

    await page.getByTestId('search-code-all').click();
    await page.getByTestId('code-picker-input').fill(WORD_CODE);
    await page.getByTestId('code-picker-input').press('Enter');
    await expect.poll(() => countOf(page, target)).toBe(String(countAfter));
    await expect.poll(() => page.getByTestId('nav-coding').textContent()).toContain(translate(locale, 'common:nav.codingProgress', { count: segmentsAfter }));
    expect(await page.getByTestId('search-coded').textContent()).toBe(translate(locale, 'coding:hitsCoded', { count: hits.length }));
    // The open transcript shows the word coded with that code.
    await page.getByTestId('search-hit').first().click();
    await expect.poll(async () => (await codedPieces(page)).some((p) => p.text.toLowerCase().includes(WORD) && p.codes.includes(WORD_CODE))).toBe(true);

    await undo(page);
    await expect.poll(() => countOf(page, target)).toBe(countBefore);
    expect(await page.getByTestId('nav-coding').textContent()).toBe(navBefore);
    await expect.poll(async () => (await codedPieces(page)).some((p) => p.text.toLowerCase().includes(WORD) && p.codes.includes(WORD_CODE))).toBe(false);
  });

  it('showed no errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
