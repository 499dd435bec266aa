/**
 * The real renderer build served through the app:// handler, as Electron will serve it.
 * `npm test` runs `vite build` before the unit tests, so build/renderer is there.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from './paths';
import { createAppRequestHandler } from './protocol';

const root = appPaths(path.resolve('build/electron')).rendererRoot;
const built = existsSync(path.join(root, 'index.html'));

describe.skipIf(!built)('the built renderer over app://pilah', () => {
  it('serves index.html and every script and stylesheet it references, with the right types', async () => {
    const handle = createAppRequestHandler(root);
    const page = await handle(new Request('app://pilah/index.html'));
    expect(page.status).toBe(200);
    const html = await page.text();
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((r) => !/^[a-z]+:/i.test(r));
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      const response = await handle(new Request(new URL(reference, 'app://pilah/index.html').href));
      expect(response.status, reference).toBe(200);
      if (reference.endsWith('.js')) expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      if (reference.endsWith('.css')) expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    }
  });
});
