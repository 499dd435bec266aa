/**
 * The project file and backups, in Debian's Chromium against the built renderer: a student
 * opens a demo project, saves it as a .qdpx (a download in the browser), which the shared
 * reader reads back with every document, coded segment, reduced statement and informant;
 * opens that file again as a second project; then changes it and restores its automatic
 * backup as a copy, which leaves the changed project alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode, quoteOf } from './support/samples';
import { readQdpx } from '../../shared/refi';
import { translate } from '../../shared/i18n';
import { codeLabel } from '../../shared/project';
import type { Locale, ProjectSnapshot } from '../../shared/model/types';

const SLUG = 'koperasi-umkm-kabupaten';

let app: AppSession;
let locale: Locale;
let expected: ProjectSnapshot;
let savedPath: string;

/** What a reader compares: everything but the ids, which differ in every copy. */
function content(snapshot: ProjectSnapshot) {
  const informantLabel = (id: string | null) => snapshot.informants.find((i) => i.id === id)?.label ?? '';
  const docTitle = (id: string) => snapshot.documents.find((d) => d.id === id)?.title ?? '';
  const codeName = (id: string) => {
    const code = snapshot.codes.find((c) => c.id === id);
    return code ? codeLabel(code, 'id') : `missing ${id}`;
  };
  return {
    title: snapshot.project.title,
    documents: snapshot.documents.map((d) => ({ title: d.title, kind: d.kind, informant: informantLabel(d.informantId), text: d.text })).sort((a, b) => a.title.localeCompare(b.title)),
    informants: snapshot.informants.map((i) => ({ label: i.label, name: i.name, position: i.position, group: i.group, category: i.category })).sort((a, b) => a.label.localeCompare(b.label)),
    segments: snapshot.segments
      .map((s) => ({ document: docTitle(s.documentId), quote: quoteOf(snapshot, s), reduced: s.reduced, memo: s.memo, codes: s.codeIds.map(codeName).sort() }))
      .sort((a, b) => `${a.document}${a.quote}`.localeCompare(`${b.document}${b.quote}`)),
    codes: snapshot.codes.map((c) => codeLabel(c, 'id')).sort(),
  };
}

/** The start screen's line for a project with this many documents and segments. */
const countsLine = (documents: number, segments: number) =>
  [translate(locale, 'start:documentCount', { count: documents }), translate(locale, 'start:segmentCount', { count: segments })];

/** The name the second copy of the project gets. */
const copyTitle = () => translate(locale, 'start:copyTitle', { title: expected.project.title, n: 2 });

async function pickProjectFile(): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByTestId('open-project-file').click();
  await (await chooser).setFiles(savedPath);
}

/** The start screen's line for the demo project itself, not one of its copies. */
const isOriginal = (item: string) => item.startsWith(expected.project.title) && !item.startsWith(copyTitle());

const projectItems = () => app.page.getByTestId('project-item').evaluateAll((els) => els.map((e) => e.textContent ?? ''));

beforeAll(async () => {
  expected = await buildSampleInNode(SLUG);
  app = await openApp();
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
});

describe('project file and backups', () => {
  it('opens the demo project and backs it up at once', async () => {
    const { page } = app;
    await page.getByTestId(`open-sample-${SLUG}`).click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(expected.project.title);
    await page.getByTestId('nav-backups').click();
    await page.getByTestId('backups-screen').waitFor();
    await expect.poll(() => page.getByTestId('backup-row').count()).toBeGreaterThanOrEqual(1);
  });

  it('saves a project file that holds the documents, coded segments, reduced statements and informants', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await page.getByTestId('save-project-file').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.qdpx$/);
    savedPath = (await file.path())!;
    const { snapshot, warnings } = readQdpx(new Uint8Array(await readFile(savedPath)));
    expect(warnings).toEqual([]);

    const got = content(snapshot);
    const want = content(expected);
    expect(got.documents.map((d) => d.title)).toEqual(want.documents.map((d) => d.title));
    expect(got.documents).toEqual(want.documents);
    expect(got.informants).toEqual(want.informants);
    expect(got.informants.every((i) => i.group !== '')).toBe(true);
    expect(got.segments).toHaveLength(expected.segments.length);
    expect(got.segments.filter((s) => s.reduced.trim() !== '').length).toBeGreaterThan(0);
    expect(got.segments).toEqual(want.segments);
    expect(got.codes).toEqual(want.codes);
    expect(got.title).toBe(want.title);
  });

  it('says the saved file is already in the recent projects and keeps it as a clearly named second copy', async () => {
    const { page } = app;
    await page.getByTestId('close-project').click();
    await page.getByTestId('start-screen').waitFor();
    await expect.poll(projectItems).toHaveLength(1);

    await pickProjectFile();
    // Not stored yet: the student is told which project it already is, and chooses.
    await page.getByTestId('project-file-duplicate').waitFor();
    expect(await page.getByTestId('project-file-duplicate-title').textContent()).toBe(expected.project.title);
    expect(await projectItems()).toHaveLength(1);
    await page.getByTestId('project-file-keep-both').click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(copyTitle());
    expect(await page.getByTestId('project-file-warnings').count()).toBe(0);

    await page.getByTestId('nav-data').click();
    await expect.poll(() => page.getByTestId('document-row').count()).toBe(expected.documents.length);
    // The navigation's counts follow once the project is shown (they are derived after the rows).
    await expect.poll(() => page.getByTestId('nav-data').textContent()).toContain(translate(locale, 'common:nav.dataProgress', { count: expected.documents.length }));
    await expect.poll(() => page.getByTestId('nav-coding').textContent()).toContain(translate(locale, 'common:nav.codingProgress', { count: expected.segments.length }));
  });

  it('restores a backup as a copy and leaves the changed project alone', async () => {
    const { page } = app;
    // The project opened from the file was backed up on opening.
    await page.getByTestId('nav-backups').click();
    await expect.poll(() => page.getByTestId('backup-row').count()).toBeGreaterThanOrEqual(1);

    // A change after the backup: delete the last document and its segments.
    await page.getByTestId('nav-data').click();
    await page.getByTestId('document-delete').last().click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('document-row').count()).toBe(expected.documents.length - 1);
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
    const perDocument = await page.getByTestId('document-row').evaluateAll((rows) => rows.map((r) => Number(r.children[4]?.textContent ?? 'NaN')));
    const segmentsLeft = perDocument.reduce((a, b) => a + b, 0);
    expect(segmentsLeft).toBeLessThanOrEqual(expected.segments.length);
    expect(await page.getByTestId('nav-coding').textContent()).toContain(translate(locale, 'common:nav.codingProgress', { count: segmentsLeft }));

    await page.getByTestId('nav-backups').click();
    await expect.poll(() => page.getByTestId('backup-row').count()).toBeGreaterThanOrEqual(1);
    await page.getByTestId('backup-restore').last().click(); // the oldest: the one written on opening
    await page.getByTestId('confirm-ok').click();
    const restoredPrefix = translate(locale, 'backup:restoredTitle', { title: copyTitle(), date: '' }).replace(/\)$/, '');
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toContain(restoredPrefix);

    // The copy has the project as it was backed up: every document and segment.
    await page.getByTestId('nav-data').click();
    await expect.poll(() => page.getByTestId('document-row').count()).toBe(expected.documents.length);
    expect(await page.getByTestId('nav-coding').textContent()).toContain(translate(locale, 'common:nav.codingProgress', { count: expected.segments.length }));

    // Three projects: the sample and the restored copy whole, the changed one still changed.
    await page.getByTestId('close-project').click();
    await expect.poll(projectItems).toHaveLength(3);
    const items = await projectItems();
    const whole = countsLine(expected.documents.length, expected.segments.length);
    const changed = countsLine(expected.documents.length - 1, segmentsLeft);
    const has = (item: string, counts: string[]) => counts.every((c) => item.includes(c));
    expect(items.filter((t) => t.includes(restoredPrefix) && has(t, whole))).toHaveLength(1);
    expect(items.filter((t) => !t.includes(restoredPrefix) && has(t, whole))).toHaveLength(1);
    expect(items.filter((t) => !t.includes(restoredPrefix) && has(t, changed))).toHaveLength(1);
    expect(items.filter((t) => t.includes(copyTitle()) && !t.includes(restoredPrefix))).toHaveLength(1);
  });

  it('opening the file again can open the project already there, adding nothing', async () => {
    const { page } = app;
    await pickProjectFile();
    await page.getByTestId('project-file-duplicate').waitFor();
    // The project the file was saved from, found by its id.
    expect(await page.getByTestId('project-file-duplicate-title').textContent()).toBe(expected.project.title);
    await page.getByTestId('project-file-open-existing').click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(expected.project.title);
    await page.getByTestId('close-project').click();
    await expect.poll(projectItems).toHaveLength(3);
  });

  it('or replace it with the file: one entry, with the file’s content', async () => {
    const { page } = app;
    // Change the project the file came from, so that replacing it shows.
    const original = (await projectItems()).findIndex(isOriginal);
    await page.getByTestId('project-open').nth(original).click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(expected.project.title);
    await page.getByTestId('nav-data').click();
    await page.getByTestId('document-delete').first().click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('document-row').count()).toBe(expected.documents.length - 1);
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
    await page.getByTestId('close-project').click();
    await page.getByTestId('start-screen').waitFor();

    await pickProjectFile();
    await page.getByTestId('project-file-duplicate').waitFor();
    await page.getByTestId('project-file-replace').click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(expected.project.title);
    await page.getByTestId('nav-data').click();
    await expect.poll(() => page.getByTestId('document-row').count()).toBe(expected.documents.length);
    await page.getByTestId('close-project').click();
    await expect.poll(projectItems).toHaveLength(3);
    expect((await projectItems()).filter(isOriginal)).toHaveLength(1);
    // The list's counts are read from the stored project once it is closed.
    await expect.poll(async () => (await projectItems()).find(isOriginal)).toContain(countsLine(expected.documents.length, expected.segments.length)[0]);
  });

  it('showed no errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
