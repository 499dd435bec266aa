/**
 * The supervisor's view across students, in Debian's Chromium against the built renderer and
 * a CouchDB-compatible server (pouchdb-server, started on 127.0.0.1). Two students each have
 * a project database the supervisor may read, a third belongs to someone else. The supervisor
 * adds the addresses on "Mahasiswa bimbingan", sees each project's progress as Pilah computes
 * it from the project, is told why the third cannot be read, finds the list again after a
 * reload (the password is asked again), and opens one project for review.
 *
 * The page's Content-Security-Policy (`connect-src 'self'`) refuses a server on another
 * origin; the browser is told to ignore it here. The app's policy must name the team server
 * for the view (and live replication) to reach it — see the report of this branch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../shared/i18n';
import type { Locale, ProjectSnapshot } from '../../shared/model/types';
import { projectProgress, snapshotToDocs, type PilahRoles, type ProjectProgress } from '../../shared/sync';
import { remoteDatabase } from '../../cli/sync/pouch';
import { pushDocs } from '../../cli/sync/push';
import { initProjectDatabase, parseDatabaseAddress } from '../../cli/sync/remote';
import { ADMIN, createUser, startSyncServer, type SyncServer } from '../../cli/testing/sync-server';
import { axeViolations, describeViolations } from './support/axe';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode } from './support/samples';

const USERS = { dewi: 'pw-dewi', budi: 'pw-budi', ani: 'pw-ani', rina: 'pw-rina' } as const;
type User = keyof typeof USERS;
const SUPERVISOR = 'ani';
const REVIEWER_NAME = 'Dr. Ani Lestari';

let server: SyncServer;
let app: AppSession;
let page: Page;
let locale: Locale;
const t = (key: string, values?: Record<string, string | number>) => translate(locale, key, values);
const expected: Record<string, { snapshot: ProjectSnapshot; progress: ProjectProgress }> = {};

async function projectDatabase(db: string, student: User, supervisors: User[], snapshot: ProjectSnapshot): Promise<void> {
  const url = `${server.url}/${db}`;
  const roles: PilahRoles = { students: [student], supervisors, coders: [], observers: [], coderIds: {} };
  await initProjectDatabase(parseDatabaseAddress(url, 'en'), ADMIN, roles);
  const outcome = await pushDocs(remoteDatabase(url, { username: student, password: USERS[student] }), snapshotToDocs(snapshot));
  expect(outcome.denied).toEqual([]);
}

async function add(db: string, user: User, password: string = USERS[user]): Promise<void> {
  await page.getByTestId('cohort-url').fill(`${server.url}/${db}`);
  await page.getByTestId('cohort-username').fill(user);
  await page.getByTestId('cohort-password').fill(password);
  await page.getByTestId('cohort-add').click();
  await expect.poll(() => page.getByTestId('cohort-add').getAttribute('data-loading'), { timeout: 30_000 }).toBeNull();
}

const row = (db: string) => page.locator(`[data-testid="cohort-row"][data-db="${db}"]`);
const cell = (db: string, id: string) => row(db).getByTestId(id).textContent();

beforeAll(async () => {
  server = await startSyncServer();
  for (const [name, password] of Object.entries(USERS)) await createUser(server, name, password);
  const dewi = await buildSampleInNode('koperasi-umkm-kabupaten');
  dewi.project = { ...dewi.project, researcher: 'Dewi Anggraini' };
  // An open thread the supervisor left earlier, and a resolved one.
  dewi.comments = [
    { id: 'c-open', projectId: dewi.project.id, target: { kind: 'project' }, parentId: null, authorId: null, text: 'Bab IV belum lengkap.', createdAt: '2026-11-02T08:00:00.000Z', resolvedAt: null, resolvedBy: null },
    { id: 'c-done', projectId: dewi.project.id, target: { kind: 'project' }, parentId: null, authorId: null, text: 'Judul sudah tepat.', createdAt: '2026-11-01T08:00:00.000Z', resolvedAt: '2026-11-03T08:00:00.000Z', resolvedBy: null },
  ];
  const budi = await buildSampleInNode('umkm-kota-edward3');
  budi.project = { ...budi.project, researcher: 'Budi Santoso' };
  await projectDatabase('pilah-skripsi-dewi', 'dewi', ['ani'], dewi);
  await projectDatabase('pilah-skripsi-budi', 'budi', ['ani'], budi);
  await projectDatabase('pilah-skripsi-lain', 'dewi', ['rina'], budi);
  expected['pilah-skripsi-dewi'] = { snapshot: dewi, progress: projectProgress(dewi) };
  expected['pilah-skripsi-budi'] = { snapshot: budi, progress: projectProgress(budi) };

  app = await openApp({ bypassCSP: true });
  page = app.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  locale = (await page.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'id';
}, 120_000);

afterAll(async () => {
  await app?.close();
  await server?.stop();
});

describe("the supervisor's view across students", () => {
  it('lists the projects the supervisor can read with their progress, and says why another cannot be read', async () => {
    await page.getByTestId('open-cohort').click();
    await page.getByTestId('cohort-screen').waitFor();
    expect(await page.getByTestId('cohort-empty').textContent()).toBe(t('cohort:empty'));

    await add('pilah-skripsi-dewi', SUPERVISOR);
    expect(await page.getByTestId('cohort-problem').allTextContents()).toEqual([]);
    await add('pilah-skripsi-budi', SUPERVISOR);
    await expect.poll(() => page.getByTestId('cohort-student').allTextContents(), { timeout: 30_000 }).toEqual(['Dewi Anggraini', 'Budi Santoso']);

    for (const [db, { snapshot, progress }] of Object.entries(expected)) {
      expect(await cell(db, 'cohort-title')).toBe(snapshot.project.title);
      expect(await cell(db, 'cohort-coded')).toBe(String(progress.codedSegments));
      expect(await cell(db, 'cohort-summaries')).toBe(t('cohort:ofTotal', { done: progress.summariesWritten, total: progress.cellsWithData }));
      expect(await cell(db, 'cohort-conclusions')).toBe(t('cohort:ofTotal', { done: progress.indicatorsConcluded, total: progress.indicators }));
      expect(await cell(db, 'cohort-comments')).toBe(String(progress.openComments));
    }
    // The figures are the projects' own, not zeros: the samples are coded and concluded.
    expect(expected['pilah-skripsi-dewi']!.progress.codedSegments).toBeGreaterThan(10);
    expect(expected['pilah-skripsi-dewi']!.progress.openComments).toBe(1);

    // Another student's database, whose supervisor is someone else: refused, with the reason, and not listed.
    await add('pilah-skripsi-lain', SUPERVISOR);
    expect(await page.getByTestId('cohort-problem').textContent()).toBe(t('cohort:forbidden', { user: SUPERVISOR, db: 'pilah-skripsi-lain' }));
    // A wrong password.
    await add('pilah-skripsi-lain', 'rina', 'salah');
    expect(await page.getByTestId('cohort-problem').textContent()).toBe(t('cohort:unauthorized', { server: server.url }));
    expect(await page.getByTestId('cohort-row').count()).toBe(2);

    await page.screenshot({ path: `${process.env.PILAH_SCREENSHOTS ?? '/tmp'}/cohort-1366x768.png` });
    // Nothing overflows the window sideways at 1366×768.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations('supervised students', violations)).toEqual([]);
  });

  it('keeps the list after a restart but not the password, which is asked again', async () => {
    await page.reload();
    await page.getByTestId('open-cohort').click();
    await expect.poll(() => page.getByTestId('cohort-row-status').allTextContents(), { timeout: 30_000 }).toEqual([
      t('cohort:needCredentials', { server: server.url }),
      t('cohort:needCredentials', { server: server.url }),
    ]);
    await page.getByTestId('cohort-username').fill(SUPERVISOR);
    await page.getByTestId('cohort-password').fill(USERS[SUPERVISOR]);
    await page.getByTestId('cohort-reload').click();
    await expect.poll(() => page.getByTestId('cohort-student').allTextContents(), { timeout: 30_000 }).toEqual(['Dewi Anggraini', 'Budi Santoso']);
  });

  it("opens a student's project for review from its row", async () => {
    await row('pilah-skripsi-budi').getByTestId('cohort-review').click();
    await page.getByTestId('reviewer-name').fill(REVIEWER_NAME);
    await page.getByTestId('project-file-review').click();
    await page.getByTestId('review-mode-banner').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('project-title-header').textContent()).toBe(expected['pilah-skripsi-budi']!.snapshot.project.title);
    // The browser logs the refusals the first test provoked; nothing else went wrong.
    expect(app.errors.filter((e) => !/status of 40[13]/.test(e))).toEqual([]);
  });
});
