/**
 * Debian's Chromium driven by playwright-core, with a fresh profile per test file so every
 * run starts with an empty IndexedDB. Never downloads a browser.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveRenderer, type StaticServer } from './static-server';

export const CHROMIUM = process.env.PILAH_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface AppSession {
  context: BrowserContext;
  page: Page;
  server: StaticServer;
  /** Page errors and console errors seen so far: a test can assert there were none. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * `bypassCSP`: for tests that talk to a team server on another origin, which the page's
 * `connect-src 'self'` refuses until the app's policy names the server (see the cohort test).
 */
export async function openApp(options: { bypassCSP?: boolean } = {}): Promise<AppSession> {
  const server = await serveRenderer();
  const profile = await mkdtemp(join(tmpdir(), 'pilah-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    bypassCSP: options.bypassCSP ?? false,
  });
  // Functions passed to page.evaluate are compiled by esbuild when run through tsx (the
  // benchmark), which wraps named inner functions in a `__name` helper the page lacks.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.goto(server.url);
  return {
    context,
    page,
    server,
    errors,
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Creates a project from the empowerment framework through the new-project wizard, as a student would, and waits until it is open. */
export async function createEmpowermentProject(page: Page, title: string): Promise<void> {
  await page.getByTestId('new-project').click();
  await page.getByTestId('wizard-title').fill(title);
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('framework-card-empowerment').click();
  await page.getByTestId('wizard-create').click();
  await expect.poll(() => page.getByTestId('project-title-header').textContent()).toContain(title);
}
