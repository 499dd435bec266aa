/**
 * One project, one writer: two tabs of the web build on the same project in one browser
 * profile. The second tab shows it read-only with a banner and refuses edits in words; it
 * follows the first tab's changes without a reload; taking over makes the first tab
 * read-only at once, and what that tab then tries never reaches IndexedDB. Closing the
 * editing tab lets the other edit; a project open in a tab cannot be deleted from another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode } from './support/samples';
import { translate } from '../../shared/i18n';
import type { Locale, ProjectSnapshot } from '../../shared/model/types';

const SLUG = 'koperasi-umkm-kabupaten';
const CODE = 'Peran koperasi';

let app: AppSession;
let a: Page;
let b: Page;
let locale: Locale;
let sample: ProjectSnapshot;
const errorsInB: string[] = [];

/** The app's id of the code shown with this label in the codebook tree. */
async function appCodeId(page: Page, label: string): Promise<string> {
  const node = page.getByRole('treeitem').filter({ has: page.locator(`[title="${label}"]`) });
  await expect.poll(() => node.count()).toBe(1);
  return (await node.getAttribute('data-testid'))!.replace(/^code-node-/, '');
}

async function rename(page: Page, id: string, label: string): Promise<void> {
  await page.getByTestId(`code-menu-${id}`).click();
  await page.getByTestId('code-action-rename').click();
  await page.getByTestId(`code-rename-${id}`).fill(label);
  await page.getByTestId(`code-rename-${id}`).press('Enter');
}

const shows = (page: Page, id: string, label: string) => page.getByTestId(`code-node-${id}`).locator(`[title="${label}"]`).count();

/** The code's Indonesian label as stored in the app's IndexedDB, read by the page itself. */
async function storedLabel(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(
    (codeId) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('pilah');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('codes').objectStore('codes').get(codeId);
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { label: { id: string } } | undefined)?.label.id);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    id,
  );
}

const banner = (page: Page) => page.getByTestId('read-only-banner');

beforeAll(async () => {
  sample = await buildSampleInNode(SLUG);
  app = await openApp();
  a = app.page;
  locale = (await a.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
});

describe('one writer per project', () => {
  it('opens a project in a second tab read-only, with a banner and no edits', async () => {
    await a.getByTestId(`open-sample-${SLUG}`).click();
    await expect.poll(() => a.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    await a.getByTestId('nav-coding').click();
    await a.getByTestId('codebook-tree').waitFor();
    expect(await banner(a).count()).toBe(0);

    // The second tab reopens the last project, as a student opening Pilah again would.
    b = await app.context.newPage();
    b.on('pageerror', (err) => errorsInB.push(err.message));
    b.on('console', (msg) => msg.type() === 'error' && errorsInB.push(msg.text()));
    await b.setViewportSize({ width: 1366, height: 768 });
    await b.goto(app.server.url);
    await expect.poll(() => b.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    await banner(b).waitFor();
    expect(await banner(b).getAttribute('data-reason')).toBe('other-tab');
    expect(await banner(b).textContent()).toContain(translate(locale, 'writer:otherTab.title'));
    expect(await b.getByTestId('take-over').textContent()).toBe(translate(locale, 'writer:takeOver'));

    await b.getByTestId('nav-coding').click();
    await b.getByTestId('codebook-tree').waitFor();
    await b.screenshot({ path: '/tmp/pilah-read-only-banner.png' });

    const id = await appCodeId(b, CODE);
    await rename(b, id, `${CODE} (B)`);
    await expect.poll(() => b.getByTestId('error-banner').textContent()).toContain(translate(locale, 'writer:refused.otherTab'));
    expect(await shows(b, id, CODE)).toBe(1);
    expect(await storedLabel(b, id)).toBe(CODE);
    await b.getByTestId('error-banner').getByRole('button').click();
  });

  it('shows the editing tab’s changes in the read-only tab without a reload', async () => {
    const id = await appCodeId(a, CODE);
    await rename(a, id, `${CODE} desa`);
    await expect.poll(() => shows(a, id, `${CODE} desa`)).toBe(1);
    await expect.poll(() => shows(b, id, `${CODE} desa`)).toBe(1);
    // Still on the coding screen: following did not send the reader anywhere.
    await b.getByTestId('codebook-tree').waitFor();
    expect(await banner(b).getAttribute('data-reason')).toBe('other-tab');
  });

  it('takes over: the first tab becomes read-only at once and its attempts never reach IndexedDB', async () => {
    const id = await appCodeId(b, `${CODE} desa`);
    await b.getByTestId('take-over').click();
    await expect.poll(() => banner(a).getAttribute('data-reason')).toBe('taken-over');
    await expect.poll(() => banner(b).count()).toBe(0);
    expect(await banner(a).textContent()).toContain(translate(locale, 'writer:takenOver.title'));
    // Its own earlier rename can no longer be undone from there: the other tab owns the project now.
    await expect.poll(() => a.getByTestId('undo').isDisabled()).toBe(true);
    await a.setViewportSize({ width: 1366, height: 768 });
    await a.screenshot({ path: '/tmp/pilah-taken-over-banner.png' });

    await rename(b, id, `${CODE} kabupaten`);
    await expect.poll(() => shows(b, id, `${CODE} kabupaten`)).toBe(1);
    expect(await storedLabel(b, id)).toBe(`${CODE} kabupaten`);
    await expect.poll(() => shows(a, id, `${CODE} kabupaten`)).toBe(1);

    await rename(a, id, `${CODE} (A)`);
    await expect.poll(() => a.getByTestId('error-banner').textContent()).toContain(translate(locale, 'writer:refused.takenOver'));
    expect(await storedLabel(a, id)).toBe(`${CODE} kabupaten`);
    expect(await shows(a, id, `${CODE} kabupaten`)).toBe(1);
  });

  it('refuses to delete, from a third tab’s start screen, a project that is open elsewhere', async () => {
    const c = await app.context.newPage();
    await c.goto(app.server.url);
    await expect.poll(() => c.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    await c.getByTestId('close-project').click();
    await c.getByTestId('project-delete').click();
    await c.getByRole('dialog').getByRole('button', { name: translate(locale, 'start:deleteProject'), exact: true }).click();
    await expect.poll(() => c.getByTestId('error-banner').textContent()).toContain(
      translate(locale, 'writer:deleteRefused', { title: sample.project.title }),
    );
    expect(await c.getByTestId('project-item').count()).toBe(1);
    await c.close();
  });

  it('lets the read-only tab edit once the editing tab is closed', async () => {
    const id = await appCodeId(a, `${CODE} kabupaten`);
    await b.close();
    await a.getByTestId('writer-notice').waitFor();
    expect(await banner(a).count()).toBe(0);
    await a.getByTestId('error-banner').getByRole('button').click();
    await rename(a, id, `${CODE} (A)`);
    await expect.poll(() => shows(a, id, `${CODE} (A)`)).toBe(1);
    expect(await storedLabel(a, id)).toBe(`${CODE} (A)`);
  });

  it('reloading the editing tab keeps it the editor (it does not lock itself out)', async () => {
    await a.reload();
    // The third tab closed the project last, so Pilah starts on the project list here.
    await a.getByTestId('project-open').click();
    await a.getByTestId('nav-data').waitFor();
    // Now it reopens by itself, racing its own previous page for the lock.
    await a.reload();
    await a.getByTestId('nav-coding').click();
    const id = await appCodeId(a, `${CODE} (A)`);
    await rename(a, id, CODE);
    await expect.poll(() => shows(a, id, CODE)).toBe(1);
    expect(await storedLabel(a, id)).toBe(CODE);
    expect(await banner(a).count()).toBe(0);
    expect(await a.getByTestId('writer-notice').count()).toBe(0);
    expect(app.errors).toEqual([]);
    expect(errorsInB).toEqual([]);
  });
});
