/**
 * Reduction and display in a demo project, in Debian's Chromium against the built
 * renderer: a summary written in the reduction grid; drafting fills the empty cells and
 * leaves the student's summary alone, and one undo takes the drafts back; the display
 * matrix shows the summary, a cell opens the segments behind it and one of them opens the
 * transcript there; the triangulation verdict (undone and redone) and note are set; after
 * a reload everything is still there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode } from './support/samples';
import { translate } from '../../shared/i18n';
import { stateFromSnapshot, type ProjectState } from '../../shared/model/changeset';
import { codeLabel } from '../../shared/project';
import { cellSegments, checklistMatrix, conceptuallyClusteredMatrix, heatLevel } from '../../shared/display';
import { HEAT_COLORS } from '../../renderer/features/display/heat';
import { countWords } from '../../renderer/lib/format';
import { draftableCells, draftFromStatements } from '../../shared/reduction';
import type { Code, Informant, Locale, ProjectSnapshot } from '../../shared/model/types';

const SLUG = 'koperasi-umkm-kabupaten';
const FRAMEWORK = 'Pemberdayaan';
const SUMMARY = 'Pelatihan rutin menurut dinas, tetapi tanpa tindak lanjut.';
const NOTE = 'ASN menyebut rutin; pelaku UMKM menilai tidak ditindaklanjuti.';

let app: AppSession;
let locale: Locale;
let sample: ProjectSnapshot;
let state: ProjectState;
/**
 * Chosen from the sample as it is: an indicator with a cell the student writes in, an
 * empty cell with several reduced statements (drafted) and a cell without data.
 */
let INDICATOR = '';
let WRITER = '';
let DRAFTED = '';
let EMPTY = '';
/** The verdict the student leaves on the indicator. */
let VERDICT = '';
/** The app's ids (they differ from those of the sample built in Node). */
let code = '';
let writer = '';
let drafted = '';
let empty = '';

const sampleCode = (label: string): Code => sample.codes.find((c) => codeLabel(c, 'id') === label)!;
const sampleInformant = (label: string): Informant => sample.informants.find((i) => i.label === label)!;
const storedSummary = (codeId: string, informantId: string) =>
  sample.cellSummaries.find((row) => row.codeId === codeId && row.informantId === informantId)?.text.trim() ?? '';

/** The first indicator of the framework that has all three kinds of cell the test needs. */
function pickCells(): void {
  const matrix = conceptuallyClusteredMatrix(state, { rootCodeId: sampleCode(FRAMEWORK).id, locale: 'id' });
  for (const [r, row] of matrix.rows.entries()) {
    const cells = matrix.columns.map((column, c) => ({ column, cell: matrix.cells[r]![c]! })).filter(({ column }) => state.informants[column.key]);
    const empty = cells.find(({ cell }) => cell.count === 0);
    const drafted = cells.find(({ column, cell }) => new Set(cell.reduced).size > 1 && !storedSummary(row.codeId, column.key));
    const writer = cells.find(({ column, cell }) => cell.reduced.length > 0 && column !== drafted?.column);
    if (empty && drafted && writer) {
      INDICATOR = row.label;
      [WRITER, DRAFTED, EMPTY] = [writer.column.label, drafted.column.label, empty.column.label];
      return;
    }
  }
  throw new Error('the sample has no indicator with a cell to write, one to draft and one without data');
}
const tr = (key: string, values?: Record<string, string | number>) => translate(locale, key, values);

/**
 * Grids render only the rows on screen: scrolls `containerTestId` from the top, half a
 * screen at a time, until `target` is rendered, then brings it into view.
 */
async function reveal(page: Page, containerTestId: string, target: Locator): Promise<void> {
  if ((await target.count()) > 0) return target.first().scrollIntoViewIfNeeded();
  const container = page.getByTestId(containerTestId);
  await container.evaluate((el) => (el.scrollTop = 0));
  for (let step = 0; step < 100 && (await target.count()) === 0; step++) {
    const moved = await container.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight / 2;
      return el.scrollTop !== before;
    });
    // Let the grid render the rows now on screen before looking again.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (!moved) break;
  }
  await target.first().scrollIntoViewIfNeeded();
}

/** The app's id behind the header whose test id starts with `prefix` and whose text is `label`. */
async function idOf(page: Page, prefix: string, label: string): Promise<string> {
  const header = page.locator(`[data-testid^="${prefix}"]`).filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
  await expect.poll(() => header.count()).toBe(1);
  return (await header.getAttribute('data-testid'))!.slice(prefix.length);
}

async function summaryOf(page: Page, informantId: string): Promise<string | null> {
  const field = page.getByTestId(`reduction-summary-${code}-${informantId}`);
  await reveal(page, 'reduction-grid', field);
  return field.textContent();
}

/** The display matrix cell of the test's indicator in a column, scrolled into view. */
async function displayCell(page: Page, columnKey: string): Promise<Locator> {
  const cell = page.getByTestId(`display-cell-${code}-${columnKey}`);
  await reveal(page, 'display-matrix', cell);
  return cell;
}

async function chooseOption(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name, exact: true }).click();
}

const segmented = (page: Page, testId: string, label: string) => page.getByTestId(testId).getByText(label, { exact: true }).click();

beforeAll(async () => {
  sample = await buildSampleInNode(SLUG);
  state = stateFromSnapshot(sample);
  pickCells();
  app = await openApp();
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
});

describe('reduction and display', () => {
  it('shows the grid indicator × informant with each cell’s reduced statements, and marks cells without data', async () => {
    const { page } = app;
    await page.getByTestId(`open-sample-${SLUG}`).click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    // Word counts in the documents list are written the locale's way ("1.374" in Indonesian).
    await page.getByTestId('nav-data').click();
    const longest = Math.max(...sample.documents.map((d) => countWords(d.text)));
    expect(longest).toBeGreaterThan(999);
    await expect
      .poll(() => page.getByTestId('document-words').allTextContents())
      .toContain(longest.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB'));
    await page.getByTestId('nav-reduction').click();
    await chooseOption(page, 'reduction-framework', codeLabel(sampleCode(FRAMEWORK), locale));
    await page.getByTestId('reduction-grid').waitFor();
    const indicator = codeLabel(sampleCode(INDICATOR), locale);
    await reveal(page, 'reduction-grid', page.locator('[data-testid^="reduction-indicator-"]').filter({ hasText: new RegExp(`^\\s*${indicator}\\s*$`) }));
    code = await idOf(page, 'reduction-indicator-', codeLabel(sampleCode(INDICATOR), locale));
    writer = await idOf(page, 'reduction-column-', WRITER);
    drafted = await idOf(page, 'reduction-column-', DRAFTED);
    empty = await idOf(page, 'reduction-column-', EMPTY);

    // The statements of Pelatihan × I2, as the sample holds them, in reading order.
    const matrix = conceptuallyClusteredMatrix(state, { rootCodeId: sampleCode(FRAMEWORK).id, locale });
    const r = matrix.rows.findIndex((row) => row.codeId === sampleCode(INDICATOR).id);
    const c = matrix.columns.findIndex((column) => column.key === sampleInformant(DRAFTED).id);
    const statements = cellSegments(state, matrix, r, c).map((found) => found.segment.reduced.trim());
    expect(statements.length).toBeGreaterThan(1);
    const shown = await page.getByTestId(`reduction-cell-${code}-${drafted}`).locator('[data-testid^="reduction-statement-"]').allTextContents();
    expect(shown).toEqual(statements);

    expect(await page.getByTestId(`reduction-nodata-${code}-${empty}`).textContent()).toBe(tr('reduction:noData'));
    expect(await page.getByTestId(`reduction-draft-${code}-${empty}`).count()).toBe(0);
  });

  it('saves a summary typed in a cell as one undoable step', async () => {
    const { page } = app;
    await page.getByTestId(`reduction-summary-${code}-${writer}`).click();
    const input = page.getByTestId(`reduction-summary-${code}-${writer}-input`);
    await input.fill(SUMMARY);
    await input.blur();
    await expect.poll(() => summaryOf(page, writer)).toBe(SUMMARY);
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
    // A cell with a summary offers no draft.
    expect(await page.getByTestId(`reduction-draft-${code}-${writer}`).count()).toBe(0);
  });

  it('keeps what was typed in a summary whose row scrolls out of the grid', async () => {
    const { page } = app;
    const grid = page.getByTestId('reduction-grid');
    await grid.evaluate((el) => (el.scrollTop = 0));
    const placeholder = tr('reduction:summaryPlaceholder');
    const field = page.locator('[data-testid^="reduction-summary-"]').filter({ hasText: placeholder }).first();
    const testId = (await field.getAttribute('data-testid'))!;
    await field.click();
    const input = page.getByTestId(`${testId}-input`);
    await input.fill('Ditulis lalu digulir');
    // Scrolling does not take the focus away: the row simply leaves the rendered window.
    await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => input.count()).toBe(0);
    const saved = page.getByTestId(testId);
    await expect.poll(async () => (await reveal(page, 'reduction-grid', saved), saved.textContent())).toBe('Ditulis lalu digulir');
    await page.getByTestId('undo').click();
    await expect.poll(() => saved.textContent()).toBe(placeholder);
  });

  it('drafts one empty cell from its statements, drafts all empty cells without touching the summary, and undo takes the drafts back', async () => {
    const { page } = app;
    const draft = draftFromStatements(state, sampleCode(INDICATOR).id, sampleInformant(DRAFTED).id, locale);
    expect(draft.split('\n').length).toBeGreaterThan(1);
    await page.getByTestId(`reduction-draft-${code}-${drafted}`).click();
    await expect.poll(() => summaryOf(page, drafted)).toBe(draft);
    expect(await summaryOf(page, writer)).toBe(SUMMARY);
    await page.getByTestId('undo').click();
    await expect.poll(() => summaryOf(page, drafted)).toBe(tr('reduction:summaryPlaceholder'));

    // Every cell with statements but no summary: the framework's, less the one just written.
    const expected = draftableCells(state, sampleCode(FRAMEWORK).id).filter(
      (cell) => !(cell.codeId === sampleCode(INDICATOR).id && cell.informantId === sampleInformant(WRITER).id),
    ).length;
    const draftAll = page.getByTestId('reduction-draft-all');
    await expect.poll(() => draftAll.textContent()).toBe(tr('reduction:draftAll', { count: expected }));
    await draftAll.click();
    await expect.poll(() => summaryOf(page, drafted)).toBe(draft);
    expect(await summaryOf(page, writer)).toBe(SUMMARY);
    await expect.poll(() => draftAll.textContent()).toBe(tr('reduction:draftAll', { count: 0 }));
    expect(await draftAll.isDisabled()).toBe(true);

    await page.getByTestId('undo').click();
    await expect.poll(() => summaryOf(page, drafted)).toBe(tr('reduction:summaryPlaceholder'));
    expect(await summaryOf(page, writer)).toBe(SUMMARY);
    await expect.poll(() => draftAll.textContent()).toBe(tr('reduction:draftAll', { count: expected }));
  });

  it('shows the summary in the display matrix, and each mode its own content', async () => {
    const { page } = app;
    await page.getByTestId('nav-display').click();
    await chooseOption(page, 'display-kind', tr('displayScreen:kind_conceptual'));
    await segmented(page, 'display-mode', tr('displayScreen:mode_summaries'));
    const text = async () => (await displayCell(page, writer)).textContent();
    await expect.poll(text).toBe(SUMMARY);
    await segmented(page, 'display-mode', tr('displayScreen:mode_reduced'));
    const reduced = sample.segments
      .filter((s) => s.codeIds.includes(sampleCode(INDICATOR).id) && sample.documents.find((d) => d.id === s.documentId)?.informantId === sampleInformant(WRITER).id)
      .map((s) => s.reduced.trim());
    await expect.poll(text).toBe(reduced.join(''));
    await segmented(page, 'display-mode', tr('displayScreen:mode_counts'));
    await expect.poll(async () => (await displayCell(page, writer)).locator('strong').textContent()).toBe(String(reduced.length));
    // Role-ordered by group: the group's cell shows its informants' summaries after their labels.
    await chooseOption(page, 'display-kind', tr('displayScreen:kind_role-ordered'));
    await segmented(page, 'display-mode', tr('displayScreen:mode_summaries'));
    const group = sampleInformant(WRITER).group;
    const lines = sample.informants
      .filter((informant) => informant.group === group)
      .sort((a, b) => a.order - b.order)
      .map((informant) => [informant.label, informant.label === WRITER ? SUMMARY : storedSummary(sampleCode(INDICATOR).id, informant.id)])
      .filter(([, text]) => text)
      .map(([label, text]) => `${label}: ${text}`);
    await expect.poll(async () => (await displayCell(page, `group:${group}`)).textContent()).toBe(lines.join('\n'));
  });

  it('colours the heat map by count or coverage, with its key', async () => {
    const { page } = app;
    await chooseOption(page, 'display-kind', tr('displayScreen:kind_checklist'));
    const matrix = checklistMatrix(state, { rootCodeId: sampleCode(FRAMEWORK).id, locale });
    const r = matrix.rows.findIndex((row) => row.codeId === sampleCode(INDICATOR).id);
    const c = matrix.columns.findIndex((column) => column.key === sampleInformant(DRAFTED).id);
    const wanted = matrix.cells[r]![c]!;
    const cell = await displayCell(page, drafted);
    const background = () => cell.evaluate((el) => getComputedStyle(el).backgroundColor);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    await expect.poll(() => cell.textContent()).toBe(String(wanted.count));
    expect(await background()).toBe(rgb(HEAT_COLORS[heatLevel(wanted.count, matrix.maxCount)]));
    expect(await page.getByTestId('heat-legend').textContent()).toContain(tr('displayScreen:heatStep', { name: tr('displayScreen:heat_0'), range: '0' }));
    expect(await (await displayCell(page, empty)).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(HEAT_COLORS[0]));

    await segmented(page, 'display-measure', tr('displayScreen:measure_coverage'));
    await expect.poll(() => cell.textContent()).toBe(`${(wanted.coverage * 100).toFixed(1)}%`);
    expect(await background()).toBe(rgb(HEAT_COLORS[heatLevel(wanted.coverage, matrix.maxCoverage)]));
  });

  it('opens a cell’s segments and one of them in the transcript', async () => {
    const { page } = app;
    await chooseOption(page, 'display-kind', tr('displayScreen:kind_conceptual'));
    await (await displayCell(page, drafted)).click();
    const drawer = page.locator('[data-testid^="display-segment-"]');
    const matrix = conceptuallyClusteredMatrix(state, { rootCodeId: sampleCode(FRAMEWORK).id, locale });
    const r = matrix.rows.findIndex((row) => row.codeId === sampleCode(INDICATOR).id);
    const c = matrix.columns.findIndex((column) => column.key === sampleInformant(DRAFTED).id);
    const wanted = cellSegments(state, matrix, r, c);
    await expect.poll(() => drawer.count()).toBe(wanted.length);
    const texts = await drawer.allTextContents();
    wanted.forEach((found, i) => {
      expect(texts[i]).toContain(found.text.slice(0, 120));
      expect(texts[i]).toContain(tr('displayScreen:openAt', { document: found.document.title, line: found.line }));
    });
    // An informant's cell can be commented on: the drawer gives way to the comments panel,
    // whose box takes typing (no overlay left over it).
    await page.getByTestId('display-cell-comment').click();
    await page.getByTestId('comments-panel').waitFor();
    await expect.poll(() => drawer.count()).toBe(0);
    await page.getByTestId('new-comment-text').click({ timeout: 5_000 });
    await page.getByTestId('new-comment-text').fill('Ringkasan sel ini perlu dicek ulang.');
    await page.getByTestId('new-comment-send').click();
    // The comment leads back to its cell: the reduction grid, scrolled to the cell, outlined.
    const thread = page.getByTestId('comment-thread').filter({ hasText: 'Ringkasan sel ini perlu dicek ulang.' });
    await thread.locator('button[data-testid="comment-target"]').click();
    const revealed = page.getByTestId(`reduction-cell-${code}-${drafted}`);
    await expect.poll(() => revealed.getAttribute('data-revealed')).toBe('true');
    expect(await revealed.isVisible()).toBe(true);
    await page.getByTestId('comments-close').click();
    await page.getByTestId('nav-display').click();
    await chooseOption(page, 'display-kind', tr('displayScreen:kind_conceptual'));
    await (await displayCell(page, drafted)).click();
    await expect.poll(() => drawer.count()).toBe(wanted.length);

    const last = wanted.at(-1)!;
    const segmentId = (await drawer.last().getAttribute('data-testid'))!.replace(/^display-segment-/, '');
    await drawer.last().click();
    await page.getByTestId('coding-screen').waitFor();
    await expect.poll(() => page.getByTestId('segment-reduced').inputValue()).toBe(last.segment.reduced);
    expect(await page.getByTestId('segment-quote').textContent()).toContain(last.text.slice(0, 200));
    expect(await page.locator(`[data-testid^="stripe-${segmentId}-"]`).count()).toBeGreaterThan(0);
  });

  it('sets a triangulation verdict (undoable) and a note', async () => {
    const { page } = app;
    await page.getByTestId('nav-display').click();
    await chooseOption(page, 'display-kind', tr('displayScreen:kind_triangulation'));
    const stored = sample.triangulationNotes.find((row) => row.codeId === sampleCode(INDICATOR).id);
    const [first, second] = (['sama', 'berbeda', 'spesifik'] as const).filter((v) => v !== stored?.verdict);
    const label = (v: string) => tr(`displayScreen:verdict_${v}`);
    VERDICT = label(second!);
    const verdict = page.getByTestId(`triangulation-verdict-${code}`);
    await expect.poll(() => page.getByTestId(`triangulation-note-${code}`).inputValue()).toBe(stored?.note ?? '');
    await chooseOption(page, `triangulation-verdict-${code}`, label(first!));
    await expect.poll(() => verdict.inputValue()).toBe(label(first!));
    await chooseOption(page, `triangulation-verdict-${code}`, VERDICT);
    await expect.poll(() => verdict.inputValue()).toBe(VERDICT);
    await page.getByTestId('undo').click();
    await expect.poll(() => verdict.inputValue()).toBe(label(first!));
    await page.getByTestId('redo').click();
    await expect.poll(() => verdict.inputValue()).toBe(VERDICT);

    const note = page.getByTestId(`triangulation-note-${code}`);
    await note.fill(NOTE);
    await note.blur(); // leaving the note saves it (Enter starts a new line in it)
    // The note is one step of its own: undo restores the one before, the verdict stays; redo brings it back.
    await page.getByTestId('undo').click();
    await expect.poll(() => note.inputValue()).toBe(stored?.note ?? '');
    expect(await verdict.inputValue()).toBe(VERDICT);
    await page.getByTestId('redo').click();
    await expect.poll(() => note.inputValue()).toBe(NOTE);
  });

  it('keeps the summary, the verdict and the note after a reload', async () => {
    const { page } = app;
    await page.reload();
    await page.getByTestId('nav-display').click();
    await chooseOption(page, 'display-kind', tr('displayScreen:kind_triangulation'));
    await expect.poll(() => page.getByTestId(`triangulation-verdict-${code}`).inputValue()).toBe(VERDICT);
    expect(await page.getByTestId(`triangulation-note-${code}`).inputValue()).toBe(NOTE);
    await page.getByTestId('nav-reduction').click();
    await expect.poll(() => summaryOf(page, writer)).toBe(SUMMARY);
    expect(await summaryOf(page, drafted)).toBe(tr('reduction:summaryPlaceholder'));
    expect(app.errors).toEqual([]);
  });
});
