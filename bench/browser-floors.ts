/**
 * The floors of the app's figures, served beside the built renderer: a bare page that opens a
 * project file into IndexedDB (floors/open-file-floor.ts) and a static page holding every
 * paragraph of a transcript. Built per run into bench/.tmp/pages.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { ProjectSnapshot } from '../shared/model/types';
import { serveRenderer, type StaticServer } from '../test/e2e/support/static-server';

const PAGES = resolve('bench/.tmp/pages');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Builds both pages and serves them; `static.html` holds the lines of `transcript`, one paragraph each. */
export async function serveFloorPages(transcript: string): Promise<StaticServer> {
  rmSync(PAGES, { recursive: true, force: true });
  mkdirSync(PAGES, { recursive: true });
  await build({
    absWorkingDir: resolve('.'),
    entryPoints: { floor: 'bench/floors/open-file-floor.ts' },
    outdir: PAGES,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
  });
  writeFileSync(
    join(PAGES, 'open.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>floor</title><script type="module" src="./floor.js"></script></head>' +
      '<body><input id="file" type="file" data-testid="floor-file"><p id="status"></p></body></html>',
  );
  const paragraphs = transcript.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`);
  writeFileSync(
    join(PAGES, 'static.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>static</title></head><body><main>${paragraphs.join('\n')}</main><p data-bench-last></p></body></html>`,
  );
  return serveRenderer(PAGES);
}

/** The rows the app stores for a project, table by table, in the form the floor page bulk-adds. */
export function rowsOf(snapshot: ProjectSnapshot): Record<string, unknown[]> {
  const { project, ...tables } = snapshot;
  return { projects: [project], ...tables };
}

/**
 * An init script for a page load measured from navigation start: once `selector` matches
 * (checked on every DOM change), `__bootPaint` gets that moment and the end of the frame after
 * it, in ms since the navigation began. It only watches when sessionStorage says so (the bench
 * sets it just before reloading), so later loads of the app are not slowed by it.
 */
export function bootWatchScript(selector: string, key: string, always = false): string {
  return `(() => {
    if (!${always} && sessionStorage.getItem(${JSON.stringify(key)}) === null) return;
    sessionStorage.removeItem(${JSON.stringify(key)});
    const selector = ${JSON.stringify(selector)};
    let done = false;
    const check = () => {
      if (done || !document.querySelector(selector)) return;
      done = true;
      observer.disconnect();
      const mark = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { globalThis.__bootPaint = { mark, painted: performance.now() }; };
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true });
  })();`;
}
