/**
 * Benchmarks of the app itself in Debian's Chromium, against the built renderer with real
 * IndexedDB, driven as a student would drive it: project files opened through the start
 * screen's file chooser, transcripts imported through the data screen, text selected with
 * the mouse and coded with a number key, the project file saved from the backups screen.
 *
 * Times are taken inside the page: from the user's event (`event.timeStamp`) to the moment
 * the result is in the DOM, and to the end of the frame that shows it (a requestAnimationFrame
 * followed by a message, i.e. after that frame's layout and paint were handed off).
 */
import type { Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readQdpx, writeQdpx } from '../shared/refi';
import type { ProjectSnapshot } from '../shared/model/types';
import { openApp, type AppSession } from '../test/e2e/support/browser';
import { makeLargeTranscriptDocx } from '../test/fixtures/make-docx';
import { figureOf, median, ms, percentile, type Figure, type JobRow } from './measure';
import { bootWatchScript, rowsOf, serveFloorPages } from './browser-floors';
import { syntheticSnapshot } from './synthetic';

type DragSelect = (page: Page, phrase: string) => Promise<void>;

/**
 * The e2e helpers touch DOM globals inside page callbacks, and tsconfig.json (Node, no DOM)
 * leaves test/e2e out; a literal import would pull them into the Node type check. Loading
 * the module by URL keeps them out of it, and the signature is restated here.
 */
async function transcriptHelpers(): Promise<{ dragSelect: DragSelect }> {
  return (await import(new URL('../test/e2e/support/transcript.ts', import.meta.url).href)) as { dragSelect: DragSelect };
}

// ---------------------------------------------------------------------------------------
// The renderer build

const SOURCES = ['renderer', 'shared', 'package.json', 'vite.config.ts'];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds build/renderer when it is missing or older than its sources (others may share it). */
export function ensureRendererBuilt(): void {
  const built = 'build/renderer/index.html';
  const sourcesAt = Math.max(...SOURCES.map(newestMtime));
  if (existsSync(built) && statSync(built).mtimeMs >= sourcesAt) return;
  console.log('building the renderer (vite build)…');
  const result = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

// ---------------------------------------------------------------------------------------
// Inside the page. Callbacks passed to page.evaluate run in Chromium; the Node type check
// has no DOM types, so the few DOM members used are declared here.

interface PageElement {
  readonly textContent: string | null;
  readonly clientHeight: number;
  readonly scrollHeight: number;
  scrollTop: number;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  closest(selector: string): PageElement | null;
  getBoundingClientRect(): { top: number; bottom: number };
  matches(selector: string): boolean;
}
interface PageEvent {
  readonly timeStamp: number;
  readonly target: PageElement | null;
}
interface Timing {
  start: number;
  /** When each milestone was first true in the DOM, in order. */
  marks: number[];
  /** The end of the frame after each milestone: when it could be seen. */
  painted: number[];
}
interface PageGlobals {
  document: {
    body: PageElement;
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
    addEventListener(type: string, fn: (e: PageEvent) => void, capture: boolean): void;
    removeEventListener(type: string, fn: (e: PageEvent) => void, capture: boolean): void;
  };
  performance: { now(): number };
  requestAnimationFrame(fn: (now: number) => void): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  MutationObserver: new (fn: () => void) => { observe(target: PageElement, options: Record<string, boolean>): void; disconnect(): void };
  MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(value: unknown): void } };
  __benchTiming?: Promise<Timing>;
}

/** Something the user can see: `count` elements matching `selector` (with the attribute value / text). */
export interface Milestone {
  selector: string;
  attr?: [name: string, value: string];
  /** A regular expression the element's text must match. */
  text?: string;
  count?: number;
}

/**
 * Arms a stopwatch in the page: it starts at the first `eventType` event (capture phase, the
 * event's own timestamp) and records each milestone as it becomes true, in order, then the
 * end of the frame after it. Milestones are only looked for after the event.
 */
async function armStopwatch(page: Page, eventType: string, milestones: Milestone[], timeoutMs: number): Promise<void> {
  await page.evaluate(
    ({ eventType, milestones, timeoutMs }) => {
      const w = globalThis as unknown as PageGlobals;
      w.__benchTiming = new Promise<Timing>((resolve, reject) => {
        let start: number | null = null;
        const marks: number[] = [];
        const painted: number[] = [];
        let finished = false;
        const afterFrame = (index: number) =>
          w.requestAnimationFrame(() => {
            const channel = new w.MessageChannel();
            channel.port1.onmessage = () => {
              painted[index] = w.performance.now();
              if (painted.filter((p) => p !== undefined).length === milestones.length) resolve({ start: start!, marks, painted });
            };
            channel.port2.postMessage(null);
          });
        const met = (m: Milestone) => {
          const hits = Array.from(w.document.querySelectorAll(m.selector)).filter(
            (el) => (!m.attr || el.getAttribute(m.attr[0]) === m.attr[1]) && (!m.text || new RegExp(m.text).test(el.textContent ?? '')),
          );
          return hits.length >= (m.count ?? 1);
        };
        const check = () => {
          if (start === null || finished) return;
          while (marks.length < milestones.length && met(milestones[marks.length]!)) {
            marks.push(w.performance.now());
            afterFrame(marks.length - 1);
          }
          if (marks.length === milestones.length) stop();
        };
        const observer = new w.MutationObserver(check);
        const onEvent = (e: PageEvent) => {
          if (start !== null) return;
          start = e.timeStamp;
          check();
        };
        const timer = w.setTimeout(() => {
          stop();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${JSON.stringify(milestones[marks.length] ?? 'the frame')} (event seen: ${start !== null})`));
        }, timeoutMs);
        const stop = () => {
          finished = true;
          observer.disconnect();
          w.document.removeEventListener(eventType, onEvent, true);
          w.clearTimeout(timer);
        };
        w.document.addEventListener(eventType, onEvent, true);
        observer.observe(w.document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
    { eventType, milestones, timeoutMs },
  );
}

/** Runs `action` under an armed stopwatch; returns each milestone's time and its frame's end, in ms from the event. */
async function timed(page: Page, eventType: string, milestones: Milestone[], action: () => Promise<unknown>, timeoutMs = 60_000) {
  await armStopwatch(page, eventType, milestones, timeoutMs);
  await action();
  const t = await page.evaluate(() => (globalThis as unknown as PageGlobals).__benchTiming!);
  return { marks: t.marks.map((m) => m - t.start), painted: t.painted.map((p) => p - t.start) };
}

/** Scrolls the transcript by `step` pixels a frame for `frames` frames; the time between frames. */
async function scrollFrames(page: Page, step: number | 'screen', frames: number) {
  return page.evaluate(
    async ({ step, frames }) => {
      const w = globalThis as unknown as PageGlobals;
      const scroller = w.document.querySelector('[data-testid="transcript-view"]')!;
      const by = step === 'screen' ? scroller.clientHeight : step;
      const frame = () => new Promise<number>((resolve) => w.requestAnimationFrame(resolve));
      scroller.scrollTop = 0;
      await frame();
      let last = await frame();
      const times: number[] = [];
      for (let i = 0; i < frames; i++) {
        scroller.scrollTop += by;
        const now = await frame();
        times.push(now - last);
        last = now;
      }
      // What was on screen at the end: proof the rows followed the scroll.
      const shown = Array.from(w.document.querySelectorAll('[data-testid="transcript-view"] [data-index]')).filter((row) => {
        const r = row.getBoundingClientRect();
        const s = scroller.getBoundingClientRect();
        return r.bottom > s.top && r.top < s.bottom;
      }).length;
      return { times, by, travelled: scroller.scrollTop, height: scroller.scrollHeight, shown };
    },
    { step, frames },
  );
}

/**
 * A phrase of five words from the `nth` transcript row fully on screen, found in no other
 * rendered row (the drag helper looks for the first row containing it).
 */
async function visiblePhrase(page: Page, nth: number): Promise<string> {
  const phrase = await page.evaluate((nth) => {
    const w = globalThis as unknown as PageGlobals;
    const scroller = w.document.querySelector('[data-testid="transcript-view"]')!.getBoundingClientRect();
    const rows = Array.from(w.document.querySelectorAll('[data-testid="transcript-view"] [data-index]'));
    const texts = rows.map((row) => Array.from(row.querySelectorAll('[data-piece]')).map((p) => p.textContent ?? '').join(''));
    const visible = rows
      .map((row, i) => ({ rect: row.getBoundingClientRect(), text: texts[i]! }))
      .filter(({ rect, text }) => rect.top >= scroller.top + 10 && rect.bottom <= scroller.bottom - 10 && text.split(' ').length > 12);
    for (let k = 0; k < visible.length; k++) {
      const { text } = visible[(nth + k) % visible.length]!;
      const words = text.split(' ');
      for (let at = 2 + nth; at + 5 < words.length; at++) {
        const candidate = words.slice(at, at + 5).join(' ');
        if (texts.filter((t) => t.includes(candidate)).length === 1) return candidate;
      }
    }
    return null;
  }, nth);
  if (!phrase) throw new Error('no phrase on screen to select');
  return phrase;
}

// ---------------------------------------------------------------------------------------
// Driving the app

const header = (title: string): Milestone => ({ selector: '[data-testid="project-title-header"]', text: `^${title}$` });
/** The header's backup line shows a time once the automatic backup is written. */
const backupWritten: Milestone = { selector: '[data-testid="backup-status"]', text: '\\d' };
const codedPiece: Milestone = { selector: '[data-testid="transcript-view"] [data-piece][title]' };

/** Opens a .qdpx through the start screen's file chooser; ms to the project shown, and to its first automatic backup. */
async function openProjectFile(page: Page, path: string, title: string) {
  await page.getByTestId('start-screen').waitFor();
  return timed(
    page,
    'change',
    [header(title), backupWritten],
    async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('open-project-file').click();
      await (await chooser).setFiles(path);
    },
    120_000,
  );
}

async function closeProject(page: Page): Promise<void> {
  await page.getByTestId('close-project').click();
  await page.getByTestId('start-screen').waitFor();
}

/** The figures of opening a project file: until the project is in the DOM (and painted), then its first backup. */
function openFigures(name: string, bytes: number, t: { marks: number[]; painted: number[] }): Figure[] {
  return [
    figureOf(`open project file: ${name}`, [t.marks[0]!], `${kib(bytes)} .qdpx → IndexedDB → shown; painted at ${ms(t.painted[0]!)} ms`),
    figureOf('  … then its first automatic backup written', [t.marks[1]! - t.marks[0]!]),
  ];
}

/** Navigation to the coding workspace until a coded piece of the transcript is shown. */
async function renderCoding(page: Page) {
  const t = await timed(page, 'click', [codedPiece], () => page.getByTestId('nav-coding').click());
  return t.painted[0]!;
}

async function navCodingCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('nav-coding').textContent()) ?? '';
  // "Koding 50000 segmen berkode": the step's badge number comes first.
  return Number(/(\d+)\s*(segmen|coded)/.exec(text)?.[1] ?? NaN);
}

function withTitle(snapshot: ProjectSnapshot, title: string): ProjectSnapshot {
  return { ...snapshot, project: { ...snapshot.project, title } };
}

const kib = (bytes: number) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`);
const spread = (xs: number[]) => `min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))} ms`;

/** Reads what bootWatchScript recorded on the page's last load: ms from navigation start to the frame that showed it. */
async function bootPaint(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => (globalThis as unknown as { __bootPaint?: { painted: number } }).__bootPaint?.painted, null, { timeout: 120_000 });
  return (await handle.jsonValue()) as number;
}

/**
 * Opens a project file in the floor page `runs` times (the same rows into the same tables);
 * ms from the file chosen to the rows stored.
 */
async function floorOpen(page: Page, url: string, path: string, bytes: Uint8Array, runs: number): Promise<number[]> {
  await page.bringToFront();
  await page.goto(`${url}open.html`);
  await page.evaluate((rows) => {
    (globalThis as unknown as { __floorRows: unknown }).__floorRows = rows;
  }, rowsOf(readQdpx(bytes).snapshot));
  const times: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const t = await timed(page, 'change', [{ selector: 'body', attr: ['data-stored', String(i)] }], () => page.getByTestId('floor-file').setInputFiles(path), 120_000);
    times.push(t.painted[0]!);
  }
  return times;
}

export interface BrowserResults {
  figures: Figure[];
  /** The rows of the issue's table measured in the browser. */
  rows: JobRow[];
}

/**
 * The app's figures and the issue's rows measured in the browser. `quick` measures only the
 * rows of the issue's table (and what they need), not scrolling, importing, saving or the
 * appendix in the app.
 */
export async function browserFigures(log: (line: string) => void = () => undefined, quick = false): Promise<BrowserResults> {
  ensureRendererBuilt();
  const { dragSelect } = await transcriptHelpers();
  const dir = await mkdtemp(join(tmpdir(), 'pilah-bench-'));
  const figures: Figure[] = [];
  const rows: JobRow[] = [];

  // The files a student would open or import, made in Node through shared/.
  const longTitle = 'Bench 100k kata';
  const longSnapshot = withTitle(syntheticSnapshot(1, 100_000, 2_000), longTitle);
  const long = writeQdpx(longSnapshot);
  const floors = await serveFloorPages(longSnapshot.documents[0]!.text);
  const fiftyTitle = 'Bench 50 transkrip';
  const fifty = writeQdpx(withTitle(syntheticSnapshot(50, 6_000, 10_000), fiftyTitle));
  const denseTitle = 'Bench 50000 koding';
  const dense = writeQdpx(withTitle(syntheticSnapshot(30, 3_000, 50_000), denseTitle));
  const files = { long: join(dir, 'long.qdpx'), fifty: join(dir, 'fifty.qdpx'), dense: join(dir, 'dense.qdpx') };
  await writeFile(files.long, long);
  await writeFile(files.fifty, fifty);
  await writeFile(files.dense, dense);
  const docx = { 10_000: await makeLargeTranscriptDocx(10_000), 100_000: await makeLargeTranscriptDocx(100_000) };

  let app: AppSession | null = null;
  try {
    app = await openApp();
    const { page } = app;

    // 1. A 100k-word transcript with 2,000 codings: open, first render, scrolling.
    const openLong = await openProjectFile(page, files.long, longTitle);
    figures.push(...openFigures('1 transcript, 100k words, 2,000 codings', long.length, openLong));
    log('opened the 100k-word project');
    figures.push(figureOf('first render: 100k-word transcript, 2,000 codings', [await renderCoding(page)], 'click Coding → coded line painted'));

    // The app started again on it (boot, reopen where left off, paint), beside a static page
    // holding every paragraph of the same transcript: both from navigation start to the frame
    // that shows a coded line / the last paragraph.
    await page.addInitScript(bootWatchScript(codedPiece.selector, 'bench.boot'));
    const staticPage = await app.context.newPage();
    await staticPage.addInitScript(bootWatchScript('[data-bench-last]', 'bench.static', true));
    // In turns after a warm-up of each (app, floor, app, floor …) like sideBySide() does for the
    // Node rows, and many runs even in --quick: a busy moment then falls on both, and one noisy
    // load of a ~250 ms floor cannot decide a ratio that sits near its goal.
    const bootRuns = quick ? 7 : 9;
    const boots: number[] = [];
    const statics: number[] = [];
    for (let i = 0; i <= bootRuns; i++) {
      // Background tabs get no frames: the one measured is always in front.
      await page.bringToFront();
      await page.evaluate(() => (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem('bench.boot', '1'));
      await page.reload();
      const boot = await bootPaint(page);
      await staticPage.bringToFront();
      await staticPage.goto(`${floors.url}static.html`);
      const bare = await bootPaint(staticPage);
      if (i === 0) continue; // warm-up: the first compile of the bundle
      boots.push(boot);
      statics.push(bare);
    }
    await staticPage.close();
    await page.bringToFront();
    const paragraphs = longSnapshot.documents[0]!.text.split('\n').length;
    figures.push(figureOf('app start on the 100k-word transcript (boot + reopen + paint)', boots, `${spread(boots)}; navigation → coded line painted`));
    figures.push(figureOf(`  … floor: static page with its ${paragraphs.toLocaleString('en')} paragraphs`, statics, spread(statics)));
    rows.push({
      job: 'first render, 100k-word transcript (boot + reopen + paint)',
      nowMs: median(boots),
      floorMs: median(statics),
      floorName: `a static page with all ${paragraphs.toLocaleString('en')} paragraphs of the transcript`,
      goalRatio: 2,
      runs: boots.length,
    });
    log('restarted on the 100k-word project');

    const again: number[] = [];
    for (let i = 0; i < (quick ? 0 : 5); i++) {
      await page.getByTestId('nav-data').click();
      await page.getByTestId('data-screen').waitFor();
      again.push(await renderCoding(page));
    }
    if (!quick) figures.push(figureOf('  … coming back to it', again, spread(again)));

    for (const step of quick ? [] : ([100, 'screen'] as const)) {
      const s = await scrollFrames(page, step, 240);
      if (s.shown === 0 || s.travelled < Math.min(s.height - 2000, s.by * 200)) throw new Error(`scrolling did not move the transcript: ${JSON.stringify({ ...s, times: undefined })}`);
      const over = s.times.filter((t) => t > 50).length;
      figures.push(
        figureOf(`scroll frame time, ${step === 'screen' ? `one screen (${s.by} px)` : `${step} px`} a frame`, s.times, `p95 ${ms(percentile(s.times, 0.95))} ms, max ${ms(Math.max(...s.times))} ms, ${over} frames > 50 ms; ${(s.height / 1000).toFixed(0)}k px transcript`),
      );
    }
    if (!quick) log('scrolled');

    // 2. Importing .docx transcripts through the data screen (into the same project).
    if (!quick) {
    await page.getByTestId('nav-data').click();
    let rows = await page.getByTestId('document-row').count();
    for (const words of [10_000, 100_000] as const) {
      const times: number[] = [];
      for (let i = 0; i < (words === 10_000 ? 6 : 4); i++) {
        rows++;
        const t = await timed(page, 'change', [{ selector: '[data-testid="document-row"]', count: rows }], () =>
          page.getByTestId('import-input').setInputFiles({ name: `bench-${words}-${i}.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx[words]) }),
        );
        if (i > 0) times.push(t.painted[0]!); // the first is a warm-up (mammoth's first run)
      }
      figures.push(figureOf(`import ${words / 1000}k-word .docx in the app`, times, `${kib(docx[words].length)}; file chosen → listed and stored`));
    }
    log('imported');
    }
    await closeProject(page);

    // 3. A 50-transcript project: open it (beside the floor page opening it), then save it from the backups screen.
    const floorPage = await app.context.newPage();
    const floorFifty = await floorOpen(floorPage, floors.url, files.fifty, fifty, 3);
    await page.bringToFront();
    const openFifty = await openProjectFile(page, files.fifty, fiftyTitle);
    figures.push(...openFigures('50 transcripts, 300k words, 10,000 codings', fifty.length, openFifty));
    figures.push(figureOf('  … floor: bare page, unzip + parse + the same rows into IndexedDB', floorFifty, spread(floorFifty)));
    rows.push({
      job: 'open a 50-transcript project file (stored, shown)',
      nowMs: openFifty.painted[0]!,
      floorMs: median(floorFifty),
      floorName: 'a bare page unzipping, parsing (DOMParser) and bulk-adding the same rows into the same IndexedDB tables',
      goalRatio: 1.5,
      note: '300k words, 10,000 codings',
    });
    log('opened the 50-transcript project');
    if (!quick) {
    await page.getByTestId('nav-backups').click();
    const saves: number[] = [];
    let savedBytes = 0;
    for (let i = 0; i < 6; i++) {
      await page.evaluate(() => {
        // From the click on "save" to the app clicking its download link (which lives one task).
        const w = globalThis as unknown as PageGlobals & { __save?: { start?: number; link?: number } };
        const save: { start?: number; link?: number } = (w.__save = {});
        const onClick = (e: PageEvent) => {
          if (save.start === undefined && e.target?.closest('[data-testid="save-project-file"]')) save.start = e.timeStamp;
          else if (save.start !== undefined && e.target?.matches('a[download]')) {
            save.link = e.timeStamp;
            w.document.removeEventListener('click', onClick, true);
          }
        };
        w.document.addEventListener('click', onClick, true);
      });
      const download = page.waitForEvent('download');
      await page.getByTestId('save-project-file').click();
      const file = await download;
      const save = await page.evaluate(() => (globalThis as unknown as { __save: { start?: number; link?: number } }).__save);
      if (save.start === undefined || save.link === undefined) throw new Error('the app did not start a download');
      const path = join(dir, `saved-${i}.qdpx`);
      await file.saveAs(path);
      const bytes = new Uint8Array(await readFile(path));
      const back = readQdpx(bytes).snapshot;
      if (back.documents.length !== 50 || back.segments.length !== 10_000) throw new Error(`the saved file holds ${back.documents.length} transcripts and ${back.segments.length} codings`);
      savedBytes = bytes.length;
      if (i > 0) saves.push(save.link - save.start); // the first is a warm-up
    }
    figures.push(figureOf('save project file from the app (50 transcripts)', saves, `${kib(savedBytes)}; click → download starts; read back: 50 transcripts, 10,000 codings`));

    // The Word appendix of the same project, built in the app's worker: click → download, and
    // how long the page's own thread was blocked meanwhile (long tasks, > 50 ms each).
    await page.getByTestId('nav-export').click();
    await page.getByTestId('export-build').waitFor();
    const builds: number[] = [];
    const blocked: number[] = [];
    let appendixBytes = 0;
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => {
        type Observer = { observe(options: { type: string }): void; disconnect(): void };
        type Entries = { getEntries(): { duration: number }[] };
        const w = globalThis as unknown as {
          __long: number[];
          __observer?: Observer;
          PerformanceObserver: new (callback: (list: Entries) => void) => Observer;
        };
        w.__observer?.disconnect();
        w.__long = [];
        w.__observer = new w.PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__long.push(entry.duration);
        });
        w.__observer.observe({ type: 'longtask' });
      });
      const started = performance.now();
      const download = page.waitForEvent('download', { timeout: 180_000 });
      await page.getByTestId('export-build').click();
      const file = await download;
      const took = performance.now() - started;
      const long = await page.evaluate(() => (globalThis as unknown as { __long: number[] }).__long);
      const path = join(dir, `appendix-${i}.docx`);
      await file.saveAs(path);
      appendixBytes = (await readFile(path)).length;
      if (i > 0) {
        builds.push(took); // the first is a warm-up
        blocked.push(long.length ? Math.max(...long) : 0);
      }
    }
    figures.push(
      figureOf('export the Word appendix in the app (50 transcripts, worker)', builds, `${kib(appendixBytes)}; click → download; every default part`),
    );
    figures.push(figureOf('  … longest main-thread task meanwhile', blocked, 'the interface stays responsive while the worker builds'));

    // Choosing another transcript in the workspace's document picker.
    await page.getByTestId('nav-coding').click();
    await page.locator(codedPiece.selector).first().waitFor();
    const switches: number[] = [];
    for (const n of [10, 20, 30, 40, 50, 15]) {
      const picker = page.getByTestId('document-picker');
      const value = await picker.evaluate((select, title) => {
        const options = Array.from((select as unknown as { options: ArrayLike<{ value: string; textContent: string | null }> }).options);
        return options.find((o) => (o.textContent ?? '').endsWith(title))?.value ?? null;
      }, `T${n}`);
      if (!value) throw new Error(`transcript T${n} is not in the document picker`);
      const t = await timed(page, 'change', [{ selector: `[data-testid="transcript-view"] [aria-label$="T${n}"] [data-piece][title]` }], () => picker.selectOption(value));
      if (n !== 10) switches.push(t.painted[0]!); // the first is a warm-up
    }
    figures.push(figureOf('choose another transcript in the picker (6k words, 200 codings)', switches, `${spread(switches)}; → coded line painted`));
    }
    await closeProject(page);

    // 4. A project with 50,000 codings: open it, then code selected text with a number key.
    const floorDense = await floorOpen(floorPage, floors.url, files.dense, dense, 3);
    await floorPage.close();
    await page.bringToFront();
    const openDense = await openProjectFile(page, files.dense, denseTitle);
    figures.push(...openFigures('30 transcripts, 90k words, 50,000 codings', dense.length, openDense));
    figures.push(figureOf('  … floor: bare page, unzip + parse + the same rows into IndexedDB', floorDense, spread(floorDense)));
    rows.push({
      job: 'open a 50,000-coding project file (stored, shown)',
      nowMs: openDense.painted[0]!,
      floorMs: median(floorDense),
      floorName: 'the same bare page',
      goalRatio: 1.5,
      note: '30 transcripts, 90k words',
    });
    log('opened the 50,000-coding project');
    figures.push(figureOf('first render: transcript of the 50,000-coding project', [await renderCoding(page)], '3k words, ~1,700 codings in it'));
    const before = await navCodingCount(page);
    const toSaved: number[] = [];
    const toPainted: number[] = [];
    const applies = 11;
    for (let i = 0; i < applies; i++) {
      await dragSelect(page, await visiblePhrase(page, i));
      // The stored count in the navigation is the mark: when the write is quick, React may
      // render "saving" and "saved" in one go, so the save indicator need not change at all.
      const t = await timed(
        page,
        'keydown',
        [{ selector: '[data-testid="nav-coding"]', text: `\\b${before + i + 1}\\b` }],
        () => page.keyboard.press('1'),
      );
      if (i === 0) continue; // warm-up
      toSaved.push(t.marks[0]!);
      toPainted.push(t.painted[0]!);
    }
    const after = await navCodingCount(page);
    if (before !== 50_000 || after !== 50_000 + applies) throw new Error(`coded segments went from ${before} to ${after}, expected 50000 → ${50_000 + applies}`);
    figures.push(figureOf('apply one coding, 50,000 codings (key → saved and painted)', toPainted, `${spread(toPainted)}; coded segments ${before} → ${after}`));
    figures.push(figureOf('  … key → stored and shown in the DOM (IndexedDB write + render)', toSaved));
    rows.push({ job: 'one coding in a 50,000-coding project (key → painted)', nowMs: median(toPainted), goalMs: 100 });

    if (app.errors.length) log(`page errors: ${app.errors.join(' | ')}`);
  } finally {
    await app?.close();
    await floors.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { figures, rows };
}

