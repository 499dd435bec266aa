import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PAGE_CONTENT_SECURITY_POLICY } from './csp';
import { createAppRequestHandler, resolveAppPath } from './protocol';

const ROOT = path.resolve('/opt/pilah/build/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://pilah/', 'index.html'],
    ['app://pilah/index.html', 'index.html'],
    ['app://pilah/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://pilah/assets/Noto%20Sans.woff2', 'assets/Noto Sans.woff2'],
    ['app://pilah/assets/?v=1#top', 'assets/index.html'],
    // The URL parser already folds plain dot segments into the path, as the browser does.
    ['app://pilah/assets/../index.html', 'index.html'],
    ['app://pilah/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
  ])('%s → <root>/%s', (url, expected) => {
    expect(resolveAppPath(ROOT, url)).toBe(path.join(ROOT, expected));
  });

  it.each([
    ['an encoded slash', 'app://pilah/..%2f..%2fetc%2fpasswd'],
    ['an encoded backslash', 'app://pilah/..%5c..%5csecret.txt'],
    ['a sibling folder with the same prefix', 'app://pilah/..%2frenderer-evil/x.js'],
    ['a NUL byte', 'app://pilah/index.html%00.png'],
    ['a malformed escape', 'app://pilah/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///opt/pilah/build/renderer/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('app:// request handler', () => {
  let root: string;
  let handle: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pilah-protocol-'));
    root = path.join(dir, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Pilah</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'outside the app');
    handle = createAppRequestHandler(root);
  });
  afterAll(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  it('serves the app page with its type and the CSP', async () => {
    const response = await handle(new Request('app://pilah/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Pilah</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handle(new Request('app://pilah/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([['app://pilah/..%2fsecret.txt'], ['app://pilah/missing.js'], ['app://pilah/assets']])(
    'answers 404 for %s',
    async (url) => {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('');
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handle(new Request('app://pilah/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('CSP', () => {
  it("equals the meta tag in renderer/index.html, so the header and the page never disagree", async () => {
    const html = await readFile(path.resolve('renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(PAGE_CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(`${meta}; frame-ancestors 'none'`);
  });
});
