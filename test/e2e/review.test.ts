/**
 * The supervisor–student round trip, in Debian's Chromium against the built renderer. The
 * student saves a demo project as a project file; on the supervisor's laptop (a second,
 * fresh browser profile) the file is opened for review (review mode, which neither undo nor the
 * coder menu ends), the supervisor comments on a segment and on a code and saves the file. The student refuses a file
 * of another project, takes the comments from the review file — anchored to the same quote
 * and code — replies to one and resolves the other; the saved and reopened project file
 * keeps comments, the reply and the resolution.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode } from './support/samples';
import { translate } from '../../shared/i18n';
import { readQdpx, writeQdpx } from '../../shared/refi';
import { codeLabel } from '../../shared/project';
import type { Locale, ProjectSnapshot } from '../../shared/model/types';

const SLUG = 'koperasi-umkm-kabupaten';
const OTHER_SLUG = 'umkm-kota-edward3';
/** The code the supervisor comments on, and whose first segment they comment on too. */
const CODE = 'Pendampingan';
const SUPERVISOR = 'Dr. Rina Sari, M.Si.';
const ON_SEGMENT = 'Kutipan ini lebih tepat masuk indikator lain? Jelaskan di memo.';
const ON_CODE = 'Definisi operasional kode ini perlu dipertajam.';
const REPLY = 'Sudah saya pindahkan dan jelaskan di memo segmen.';
const ON_CONCLUSION = 'Kesimpulan ini perlu bukti dari pelaku UMKM.';
const ON_CELL = 'Ringkasan sel ini belum menyebut hambatan modal.';
const ON_CARD = 'Verdik ini perlu dibandingkan dengan hasil observasi.';
/** The tables a review must leave exactly as the student had them. */
const STUDENT_TABLES = ['codes', 'informants', 'documents', 'segments', 'cellSummaries', 'triangulationNotes', 'conclusions'] as const;
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

let student: AppSession;
let supervisor: AppSession | undefined;
let locale: Locale;
let sample: ProjectSnapshot;
let dir: string;
let studentFile: string;
let reviewedFile: string;
/** The quote the supervisor commented on, as the segment inspector showed it. */
let quote: string;

const t = (key: string, values?: Record<string, string | number>) => translate(locale, key, values);
/** "Segmen I1 baris 12": a segment's label with an informant and a line number. */
const segmentLabel = () => new RegExp(`${t('review:target.segment', { source: '§', line: '¶' }).replace('§', 'I\\d+').replace('¶', '\\d+')}$`);

async function saveProjectFile(page: Page): Promise<string> {
  await page.getByTestId('nav-backups').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('save-project-file').click();
  return (await (await download).path())!;
}

/** The app's id of the code shown with this label in the codebook tree. */
async function appCodeId(page: Page, label: string): Promise<string> {
  const node = page.getByRole('treeitem').filter({ has: page.locator(`[title="${label}"]`) });
  await expect.poll(() => node.count()).toBe(1);
  return (await node.getAttribute('data-testid'))!.replace(/^code-node-/, '');
}

const threads = (page: Page) => page.getByTestId('comment-thread');
const thread = (page: Page, text: string) => threads(page).filter({ hasText: text });

async function importReview(page: Page, path: string): Promise<{ ok: string | null; text: string | null }> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-review').click();
  expect(await page.getByTestId('import-review-message').count()).toBe(0);
  await (await chooser).setFiles(path);
  const message = page.getByTestId('import-review-message');
  await message.waitFor();
  return { ok: await message.getAttribute('data-ok'), text: await message.textContent() };
}

beforeAll(async () => {
  sample = await buildSampleInNode(SLUG);
  dir = await mkdtemp(join(tmpdir(), 'pilah-review-'));
  student = await openApp();
  locale = (await student.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await supervisor?.close();
  await student?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('supervisor–student review round trip', () => {
  it('the student saves the demo project as a project file', async () => {
    const { page } = student;
    await page.getByTestId(`open-sample-${SLUG}`).click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    studentFile = await saveProjectFile(page);
    expect(readQdpx(new Uint8Array(await readFile(studentFile))).snapshot.comments).toEqual([]);
  });

  it('the supervisor opens it for review on their laptop: review mode, which undo and the coder menu do not end', async () => {
    supervisor = await openApp();
    const { page } = supervisor;
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-for-review').click();
    await (await chooser).setFiles(studentFile);
    await page.getByTestId('reviewer-name').fill(SUPERVISOR);
    await page.getByTestId('project-file-review').click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    await page.getByTestId('review-mode-banner').waitFor();
    // The header names who is working, whole: the role is in the title, not clipped off the button.
    const who = page.getByTestId('active-coder');
    expect((await who.textContent())?.trim()).toBe(SUPERVISOR);
    expect(await who.getAttribute('title')).toContain(t('review:role.supervisor'));
    expect(await who.evaluate((el) => [...el.querySelectorAll<HTMLElement>('span')].every((span) => span.scrollWidth <= span.clientWidth))).toBe(true);

    // Ctrl+Z (which once undid "add coder" and so ended review mode) leaves it as it is.
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    await page.locator('body').press('Control+z');
    await page.locator('body').press('Control+z');
    await page.getByTestId('nav-coding').click();
    await page.getByTestId('coding-screen').waitFor();
    expect(await page.getByTestId('review-mode-banner').count()).toBe(1);
    expect((await who.textContent())?.trim()).toBe(SUPERVISOR);

    // Switching to the student is no way out either: only "Selesai meninjau" is.
    await who.click();
    expect(await page.getByTestId('coder-option-owner').getAttribute('data-disabled')).toBe('true');
    expect(await page.getByTestId('leave-review').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('comments on a segment (coding edits are not offered) and on a code, then saves the file', async () => {
    const page = supervisor!.page;
    await page.getByTestId('nav-coding').click();
    const codeId = await appCodeId(page, CODE);
    // A number key would add a code: refused in words, and the message does not push the workspace off the window.
    await page.locator('[data-testid="transcript-view"] [data-piece][title]').first().click();
    await page.keyboard.press('1');
    await expect.poll(() => page.getByTestId('error-banner').textContent()).toContain(t('review:refused.review-mode'));
    expect(await page.getByTestId('coding-screen').evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(page.viewportSize()!.height);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.getByTestId('error-banner').getByRole('button').click();
    await page.getByTestId(`code-node-${codeId}`).click();
    await page.getByTestId('code-inspector').waitFor();
    await page.locator('[data-testid^="code-segment-"]').first().click();
    await page.getByTestId('segment-inspector').waitFor();
    quote = (await page.getByTestId('segment-quote').textContent())!;
    expect(quote.length).toBeGreaterThan(0);
    // Review mode: the student's coding cannot be deleted or changed from here.
    expect(await page.getByTestId('segment-delete').count()).toBe(0);
    expect(await page.getByTestId('segment-memo').getAttribute('readonly')).not.toBeNull();

    await page.getByTestId('segment-comment').click();
    await expect.poll(() => page.getByTestId('new-comment-target').textContent()).toMatch(segmentLabel());
    await page.getByTestId('new-comment-text').fill(ON_SEGMENT);
    await page.getByTestId('new-comment-send').click();
    await expect.poll(() => thread(page, ON_SEGMENT).count()).toBe(1);

    await page.getByTestId(`code-menu-${codeId}`).click();
    await page.getByTestId('code-action-comment').click();
    await expect.poll(() => page.getByTestId('new-comment-target').textContent()).toContain(t('review:target.code', { code: CODE }));
    await page.getByTestId('new-comment-text').fill(ON_CODE);
    await page.getByTestId('new-comment-send').click();
    await expect.poll(() => thread(page, ON_CODE).count()).toBe(1);
    await expect.poll(() => page.getByTestId('open-comment-count').textContent()).toBe('2');

    reviewedFile = await saveProjectFile(page);
    const reviewed = readQdpx(new Uint8Array(await readFile(reviewedFile))).snapshot;
    expect(reviewed.comments.map((c) => c.text).sort()).toEqual([ON_CODE, ON_SEGMENT].sort());
    expect(reviewed.coders.map((c) => [c.name, c.role])).toEqual([[SUPERVISOR, 'supervisor']]);
    expect(reviewed.comments.every((c) => c.authorId === reviewed.coders[0]!.id)).toBe(true);

    // This laptop remembers who works on this project: after a reload the supervisor still reviews.
    await page.reload();
    await page.getByTestId('review-mode-banner').waitFor();
    expect(await page.getByTestId('active-coder').textContent()).toContain(SUPERVISOR);

    // The student's conclusions are read, not changed: evidence opens the transcript but offers no cross.
    await page.getByTestId('nav-conclusions').click();
    await page.getByTestId('conclusions-screen').waitFor();
    // A conclusion can be commented on.
    await page.locator('[data-testid^="conclusion-comment-"]').first().click();
    await page.getByTestId('new-comment-text').fill(ON_CARD);
    await page.getByTestId('new-comment-send').click();
    await expect.poll(() => thread(page, ON_CARD).count()).toBe(1);
    const withEvidence = sample.conclusions.filter((c) => c.evidenceSegmentIds.length > 0).length;
    expect(withEvidence).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid^="evidence-open-"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid^="evidence-remove-"]').count()).toBe(0);
    expect(await page.locator('[data-testid^="evidence-add-"]').count()).toBe(0);

    // Likewise the triangulation verdicts and notes: shown, not editable.
    await page.getByTestId('nav-display').click();
    await page.getByTestId('display-kind').click();
    await page.getByRole('option', { name: t('displayScreen:kind_triangulation'), exact: true }).click();
    const verdicts = page.locator('input[data-testid^="triangulation-verdict-"]');
    await expect.poll(() => verdicts.count()).toBeGreaterThan(0);
    expect(await verdicts.evaluateAll((els) => els.every((el) => (el as HTMLInputElement).disabled))).toBe(true);
    const notes = page.locator('textarea[data-testid^="triangulation-note-"]');
    expect(await notes.count()).toBe(await verdicts.count());
    expect(await notes.evaluateAll((els) => els.every((el) => (el as HTMLTextAreaElement).readOnly))).toBe(true);

    // And the reduction grid: summaries are read as text, nothing to type into or draft.
    await page.getByTestId('nav-reduction').click();
    await page.getByTestId('reduction-grid').waitFor();
    await expect.poll(() => page.locator('[data-testid^="reduction-statement-"]').count()).toBeGreaterThan(0);
    expect(await page.locator('button[data-testid^="reduction-summary-"], textarea[data-testid^="reduction-summary-"]').count()).toBe(0);
    expect(await page.locator('[data-testid^="reduction-draft-"]:not([data-testid="reduction-draft-all"])').count()).toBe(0);
    expect(await page.getByTestId('reduction-draft-all').isDisabled()).toBe(true);
    // A matrix cell can be commented on.
    await page.locator('[data-testid^="reduction-comment-"]').first().click();
    await expect.poll(() => page.getByTestId('new-comment-target').count()).toBe(1);
    await page.getByTestId('new-comment-text').fill(ON_CELL);
    await page.getByTestId('new-comment-send').click();
    await expect.poll(() => thread(page, ON_CELL).count()).toBe(1);

    reviewedFile = await saveProjectFile(page);
    const final = readQdpx(new Uint8Array(await readFile(reviewedFile))).snapshot;
    expect(final.comments.map((c) => c.target.kind).sort()).toEqual(['cell', 'code', 'conclusion', 'segment']);
    expect(supervisor!.errors).toEqual([]);
  });

  it('the student refuses a review file of another project, and nothing changes', async () => {
    const { page } = student;
    const other = join(dir, 'proyek-lain.qdpx');
    await writeFile(other, writeQdpx(await buildSampleInNode(OTHER_SLUG)));
    await page.getByTestId('comments-toggle').click();
    const outcome = await importReview(page, other);
    expect(outcome).toEqual({ ok: 'false', text: t('review:refused.other-project') });
    expect(await page.getByTestId('open-comment-count').textContent()).toBe('0');
  });

  it('takes the comments from the review file, anchored to the same quote and code', async () => {
    const { page } = student;
    const outcome = await importReview(page, reviewedFile);
    expect(outcome.ok).toBe('true');
    expect(outcome.text).toBe(t('review:importDone', { file: basename(reviewedFile), comments: 4, replies: 0, resolutions: 0 }));
    await expect.poll(() => page.getByTestId('open-comment-count').textContent()).toBe('4');
    await expect.poll(() => threads(page).count()).toBe(4);
    for (const text of [ON_SEGMENT, ON_CODE, ON_CELL, ON_CARD]) {
      expect(await thread(page, text).getByTestId('comment-author').first().textContent()).toContain(SUPERVISOR);
    }
    expect(await thread(page, ON_SEGMENT).getByTestId('comment-target').textContent()).toMatch(segmentLabel());
    const codeTarget = thread(page, ON_CODE).getByTestId('comment-target');
    expect(await codeTarget.textContent()).toBe(t('review:target.code', { code: CODE }));

    // Click-through: the segment comment opens the transcript at the quote the supervisor saw.
    await thread(page, ON_SEGMENT).getByTestId('comment-target').click();
    await page.getByTestId('segment-inspector').waitFor();
    await expect.poll(() => page.getByTestId('segment-quote').textContent()).toBe(quote);
    // The code comment selects the code in the coding workspace.
    await codeTarget.click();
    await page.getByTestId('code-inspector').waitFor();
    expect(await page.getByTestId('code-inspector').textContent()).toContain(CODE);

    // Taking the same file again adds nothing.
    const again = await importReview(page, reviewedFile);
    expect(again.ok).toBe('true');
    expect(again.text).toBe(t('review:importNothing', { file: basename(reviewedFile) }));
    expect(await threads(page).count()).toBe(4);

    // Nothing but the comments (and their author, the supervisor) came back with the file: the
    // student's codes, informants, transcripts, codings and analysis are exactly as they were.
    const before = readQdpx(new Uint8Array(await readFile(studentFile))).snapshot;
    const after = readQdpx(new Uint8Array(await readFile(await saveProjectFile(page)))).snapshot;
    for (const table of STUDENT_TABLES) expect(byId(after[table] as { id: string }[]), table).toEqual(byId(before[table] as { id: string }[]));
    expect(after.coders.map((c) => c.name)).toEqual([SUPERVISOR]);
  });

  it('the student replies to one comment and resolves the other', async () => {
    const { page } = student;
    await thread(page, ON_SEGMENT).getByTestId('comment-reply-open').click();
    await thread(page, ON_SEGMENT).getByTestId('reply-text').fill(REPLY);
    await thread(page, ON_SEGMENT).getByTestId('reply-send').click();
    await expect.poll(() => thread(page, ON_SEGMENT).getByTestId('comment-reply').count()).toBe(1);
    await thread(page, ON_CODE).getByTestId('comment-resolve').click();
    // Open filter: the resolved thread leaves the list.
    await expect.poll(() => threads(page).count()).toBe(3);
    await expect.poll(() => page.getByTestId('open-comment-count').textContent()).toBe('3');
    await page.getByTestId('comments-filter-resolved').click();
    await expect.poll(() => threads(page).count()).toBe(1);
    expect(await thread(page, ON_CODE).getByTestId('comment-resolved-by').count()).toBe(1);
  });

  it('comments, the reply and the resolution survive saving and reopening the project file', async () => {
    const { page } = student;
    const saved = await saveProjectFile(page);
    const snapshot = readQdpx(new Uint8Array(await readFile(saved))).snapshot;
    const supervisorId = snapshot.coders.find((c) => c.name === SUPERVISOR)!.id;
    const root = (text: string) => snapshot.comments.find((c) => c.text === text)!;
    expect(root(ON_SEGMENT)).toMatchObject({ authorId: supervisorId, resolvedAt: null, parentId: null });
    expect(root(ON_CODE)).toMatchObject({ authorId: supervisorId, resolvedBy: null, parentId: null });
    expect(root(ON_CODE).resolvedAt).not.toBeNull();
    expect(root(REPLY)).toMatchObject({ authorId: null, parentId: root(ON_SEGMENT).id });
    const code = snapshot.codes.find((c) => codeLabel(c, 'id') === CODE)!;
    expect(root(ON_CODE).target).toEqual({ kind: 'code', codeId: code.id });

    await page.getByTestId('close-project').click();
    await page.getByTestId('start-screen').waitFor();
    // The project is still in the recent list: the file replaces it.
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-project-file').click();
    await (await chooser).setFiles(saved);
    await page.getByTestId('project-file-replace').click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    await expect.poll(() => page.getByTestId('open-comment-count').textContent()).toBe('3');
    await page.getByTestId('comments-toggle').click();
    await page.getByTestId('comments-filter-all').click();
    await expect.poll(() => threads(page).count()).toBe(4);
    expect(await thread(page, ON_SEGMENT).getByTestId('comment-reply').textContent()).toContain(REPLY);
    expect(await thread(page, ON_CODE).getAttribute('data-resolved')).toBe('true');
    expect(await thread(page, ON_CODE).getByTestId('comment-target').textContent()).toBe(t('review:target.code', { code: CODE }));
  });

  it("a conclusion's comment opens the conclusions screen at its card, however far down", async () => {
    const { page } = student;
    await page.getByTestId('nav-conclusions').click();
    await page.getByTestId('conclusions-screen').waitFor();
    const button = page.locator('[data-testid^="conclusion-comment-"]').last();
    const codeId = (await button.getAttribute('data-testid'))!.slice('conclusion-comment-'.length);
    const cardTop = () => page.locator(`[id="conclusion-card-${codeId}"]`).evaluate((el) => el.getBoundingClientRect().top);
    // Far below the first screenful: landing at the top of the screen would not show it.
    expect(await cardTop()).toBeGreaterThan(page.viewportSize()!.height);
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await page.getByTestId('new-comment-text').fill(ON_CONCLUSION);
    await page.getByTestId('new-comment-send').click();
    await expect.poll(() => thread(page, ON_CONCLUSION).count()).toBe(1);

    await page.getByTestId('nav-data').click();
    await thread(page, ON_CONCLUSION).getByTestId('comment-target').click();
    await page.getByTestId('conclusions-screen').waitFor();
    await expect.poll(async () => (await cardTop()) >= 0 && (await cardTop()) < page.viewportSize()!.height).toBe(true);
  });

  it('showed no errors in the page', () => {
    expect(student.errors).toEqual([]);
  });
});
