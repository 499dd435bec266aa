/**
 * The server's roles, followed by the app (issue 12): an observer opens a connected project
 * read-only — told so on every screen, every action refused in words, nothing written on the
 * machine nor on the server — and a second coder works only as themselves until the project
 * is disconnected. Two browser profiles open the project from a CouchDB-compatible server
 * (pouchdb-server, started here) that `pilah sync init` set up with those roles.
 */
import { stat } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import type { ProjectSnapshot } from '../../shared/model/types';
import { snapshotToDocs } from '../../shared/sync';
import { remoteDatabase } from '../../cli/sync/pouch';
import { pushDocs } from '../../cli/sync/push';
import { initProjectDatabase, parseDatabaseAddress } from '../../cli/sync/remote';
import { ADMIN, asAdmin, createUser, startSyncServer, type SyncServer } from '../../cli/testing/sync-server';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode } from './support/samples';
import { codedPieces, dragSelect, uncodedPhrases } from './support/transcript';

const SLUG = 'koperasi-umkm-kabupaten';
const PASSWORD = 'rahasia';
const DB = 'pilah-e2e-roles';
const SHOTS = '/work/notes/shots-s5';
const CREATED = '2026-11-01T08:00:00.000Z';

let server: SyncServer;
let sample: ProjectSnapshot;
let observer: AppSession;
let coder: AppSession;

const status = (page: Page) => page.getByTestId('sync-status').getAttribute('data-status');
const localeOf = async (page: Page) => ((await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id');

/** Every document the server holds (design documents aside), as the admin reads them. */
async function serverDocs(): Promise<{ _id: string; [field: string]: unknown }[]> {
  const { json } = await asAdmin(`${server.url}/${DB}/_all_docs?include_docs=true`, 'GET');
  return (json.rows as { id: string; doc: { _id: string } }[]).filter((r) => !r.id.startsWith('_design/')).map((r) => r.doc);
}

/** Every segment this machine stored in IndexedDB, in id order. */
async function localSegments(page: Page): Promise<string> {
  const rows = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('pilah');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('segments', 'readonly').objectStore('segments').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as unknown[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  return JSON.stringify((rows as { id: string }[]).sort((x, y) => (x.id < y.id ? -1 : 1)));
}

async function openFromServer(app: AppSession, user: string): Promise<void> {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('open-from-server').click();
  await page.getByTestId('sync-url').fill(`${server.url}/${DB}`);
  await page.getByTestId('sync-user').fill(user);
  await page.getByTestId('sync-password').fill(PASSWORD);
  await page.getByTestId('sync-connect-submit').click();
  await page.getByTestId('sync-connect-dialog').waitFor({ state: 'hidden' });
  await page.getByTestId('project-title-header').filter({ hasText: sample.project.title }).waitFor();
  await expect.poll(() => status(page), { timeout: 30_000 }).toBe('synced');
}


/** Waits until a Mantine menu or tooltip has finished opening, so a screenshot shows it whole. */
const settled = (page: Page) =>
  page.waitForFunction(() => [...document.querySelectorAll('.mantine-Menu-dropdown')].every((e) => getComputedStyle(e).opacity === '1'));

beforeAll(async () => {
  const built = await buildSampleInNode(SLUG);
  const coders = [
    { id: 'coder-rudi', projectId: built.project.id, name: 'Rudi Hartono', role: 'secondCoder' as const, createdAt: CREATED },
    { id: 'coder-sari', projectId: built.project.id, name: 'Sari Wulandari', role: 'secondCoder' as const, createdAt: CREATED },
    { id: 'coder-ani', projectId: built.project.id, name: 'Dr. Ani Suryani', role: 'supervisor' as const, createdAt: CREATED },
  ];
  sample = { ...built, coders: [...built.coders, ...coders] };
  server = await startSyncServer();
  for (const user of ['dewi', 'tamu', 'rudi', 'ani']) await createUser(server, user, PASSWORD);
  await initProjectDatabase(parseDatabaseAddress(`${server.url}/${DB}`, 'id'), ADMIN, {
    students: ['dewi'],
    supervisors: ['ani'],
    coders: ['rudi'],
    observers: ['tamu'],
    coderIds: { rudi: 'coder-rudi', ani: 'coder-ani' },
  });
  // The student's project on the server, as `pilah sync push` puts it there.
  const pushed = await pushDocs(remoteDatabase(`${server.url}/${DB}`, { username: 'dewi', password: PASSWORD }), snapshotToDocs(sample));
  expect(pushed.denied).toEqual([]);
  observer = await openApp();
  coder = await openApp();
});

afterAll(async () => {
  await observer?.close();
  await coder?.close();
  await server?.stop();
});

describe("the app follows the server's roles", () => {
  it('an observer reads only: a banner says so, a coding is refused in words, and nothing reaches the machine or the server', async () => {
    const { page } = observer;
    await openFromServer(observer, 'tamu');
    const locale = await localeOf(page);
    const banner = page.getByTestId('read-only-role-banner');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.getByTestId('read-only-role-title').textContent()).toBe(translate(locale, 'review:readOnlyObserver'));

    const first = [...sample.documents].sort((x, y) => x.order - y.order)[0]!;
    const [phrase] = uncodedPhrases(sample.segments, first.id, first.text, 1);
    const onServer = JSON.stringify(await serverDocs());
    const segmentsBefore = await localSegments(page);
    await page.getByTestId('nav-coding').click();
    await page.getByTestId('transcript-view').waitFor();
    // Reading stays possible: the student's codings show in the transcript.
    await expect.poll(async () => (await codedPieces(page)).length).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/observer-coding.png` });

    await dragSelect(page, phrase!);
    await page.keyboard.press('1');
    await expect.poll(() => page.getByTestId('error-banner').textContent()).toContain(translate(locale, 'review:refused.read-only'));
    expect((await codedPieces(page)).map((p) => p.text).join('')).not.toContain(phrase);
    expect(await localSegments(page)).toBe(segmentsBefore);

    // A coded segment opens in the inspector to be read, without its editing controls.
    await page.locator('[data-testid="transcript-view"] [data-piece][title]').first().click();
    await page.getByTestId('segment-memo').waitFor();
    expect(await page.getByTestId('segment-delete').count()).toBe(0);
    expect(await page.getByTestId('segment-add-code').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/observer-inspector.png` });

    // Nothing went out: the header stays synced, the server refused nothing, its tables are as they were.
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('synced');
    expect(await page.getByTestId('sync-denied').count()).toBe(0);
    expect(JSON.stringify(await serverDocs())).toBe(onServer);

    // Exporting the appendix is reading: the observer gets the Word file, and no refusal.
    await page.getByTestId('error-banner').getByRole('button').click();
    await page.getByTestId('nav-export').click();
    await page.getByTestId('export-screen').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-build').click();
    const file = await download;
    await page.getByTestId('export-saved').waitFor();
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    expect((await stat((await file.path())!)).size).toBeGreaterThan(10_000);
    expect(await page.getByTestId('error-banner').count()).toBe(0);

    // Reopened while the server cannot be asked (the web build forgets the password): still read-only.
    await page.reload();
    await page.getByTestId('project-title-header').filter({ hasText: sample.project.title }).waitFor();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('login');
    await page.getByTestId('read-only-role-banner').waitFor();
    await page.getByTestId('nav-journal').click();
    await page.getByTestId('journal-text').fill('Catatan pengamat');
    await page.getByTestId('journal-text').blur();
    await expect.poll(() => page.getByTestId('error-banner').textContent()).toContain(translate(locale, 'review:refused.read-only'));
  });

  it("a second coder works only as themselves: the picker offers no other coder and says why; their own coding reaches the server; disconnecting lifts the lock", async () => {
    const { page } = coder;
    await openFromServer(coder, 'rudi');
    const locale = await localeOf(page);
    await expect.poll(() => page.getByTestId('active-coder').textContent(), { timeout: 30_000 }).toBe('Rudi Hartono');

    await page.getByTestId('active-coder').click();
    const note = page.getByTestId('coder-locked-note');
    await note.waitFor();
    expect(await note.textContent()).toBe(translate(locale, 'review:lockedCoder', { name: 'Rudi Hartono' }));
    for (const option of ['coder-option-coder-sari', 'coder-option-owner']) expect(await page.getByTestId(option).isDisabled()).toBe(true);
    expect(await page.getByTestId('coder-option-coder-rudi').isDisabled()).toBe(false);
    await settled(page);
    await page.screenshot({ path: `${SHOTS}/coder-locked-picker.png` });
    await page.getByTestId('coder-option-coder-sari').click({ force: true });
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('active-coder').textContent()).toBe('Rudi Hartono');

    // The coder's own coding goes through and reaches the server as theirs.
    const first = [...sample.documents].sort((x, y) => x.order - y.order)[0]!;
    const [, phrase] = uncodedPhrases(sample.segments, first.id, first.text, 2);
    const label = sample.codes.find((c) => c.parentId !== null)?.label.id ?? sample.codes[0]!.label.id;
    await page.getByTestId('nav-coding').click();
    await page.getByTestId('transcript-view').waitFor();
    await dragSelect(page, phrase!);
    await page.keyboard.press('Control+k');
    await page.getByTestId('code-picker-input').fill(label);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await codedPieces(page)).map((p) => p.text).join('')).toContain(phrase);
    const theirs = async () => (await serverDocs()).filter((d) => d._id.startsWith('segment:') && d.coderId === 'coder-rudi').length;
    await expect.poll(theirs, { timeout: 60_000 }).toBe(1);
    expect(await page.getByTestId('sync-denied').count()).toBe(0);

    await page.getByTestId('sync-status').click();
    await page.getByTestId('sync-disconnect').click();
    await expect.poll(() => status(page)).toBe('off');
    await page.getByTestId('active-coder').click();
    await page.getByTestId('coder-option-coder-sari').waitFor();
    expect(await page.getByTestId('coder-locked-note').count()).toBe(0);
    expect(await page.getByTestId('coder-option-coder-sari').isDisabled()).toBe(false);
    await page.getByTestId('coder-option-coder-sari').click();
    await expect.poll(() => page.getByTestId('active-coder').textContent()).toBe('Sari Wulandari');
  });

  it('a supervisor connected on that machine reviews as themselves and cannot leave review mode until disconnected', async () => {
    const { page } = coder;
    await page.getByTestId('sync-status').click();
    await page.getByTestId('sync-connect').click();
    await page.getByTestId('sync-url').fill(`${server.url}/${DB}`);
    await page.getByTestId('sync-user').fill('ani');
    await page.getByTestId('sync-password').fill(PASSWORD);
    await page.getByTestId('sync-connect-submit').click();
    await page.getByTestId('sync-connect-dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('review-mode-banner').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('active-coder').textContent()).toBe('Dr. Ani Suryani');
    const locale = await localeOf(page);

    await page.getByTestId('active-coder').click();
    expect(await page.getByTestId('coder-locked-note').textContent()).toBe(translate(locale, 'review:lockedReviewer', { name: 'Dr. Ani Suryani' }));
    expect(await page.getByTestId('leave-review').isDisabled()).toBe(true);
    for (const option of ['coder-option-coder-sari', 'coder-option-coder-rudi', 'coder-option-owner']) expect(await page.getByTestId(option).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');

    await page.getByTestId('sync-status').click();
    await page.getByTestId('sync-disconnect').click();
    await expect.poll(() => status(page)).toBe('off');
    await page.getByTestId('active-coder').click();
    await page.getByTestId('leave-review').waitFor();
    expect(await page.getByTestId('leave-review').isDisabled()).toBe(false);
    await page.getByTestId('leave-review').click();
    await page.getByTestId('leave-review-confirm').click();
    await page.getByTestId('review-mode-banner').waitFor({ state: 'detached' });
  });
});
