/**
 * Renders the README's screenshot: the coding workspace of a sample project in Chromium.
 * Not part of CI. Run: node_modules/.bin/vite build && node bin/run-ts.mjs scripts/readme-screenshot.ts
 */
import { openApp } from '../test/e2e/support/browser';

const app = await openApp();
const { page } = app;
await page.setViewportSize({ width: 1440, height: 860 });
await page.getByTestId('open-sample-koperasi-umkm-kabupaten').click();
await page.getByTestId('nav-coding').waitFor();
await page.getByTestId('nav-coding').click();
const coded = page.locator('[data-testid="transcript-view"] [data-piece][title]').first();
await coded.waitFor();
await coded.scrollIntoViewIfNeeded();
await coded.click();
await page.getByTestId('segment-reduced').waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: 'docs/coding-workspace.png' });
console.log('wrote docs/coding-workspace.png');
await app.close();
