/**
 * The first sync of a 10,000-segment project (issue 12), as a whole `pilah sync` process
 * against pouchdb-server on 127.0.0.1 (a fresh database set up by `pilah sync init`'s code:
 * security object and the server's rules), beside a floor process moving the same documents
 * with one bare request: `_bulk_docs` for the push, `_all_docs` for the pull. Peak memory
 * (maxRSS) of each process is reported too.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { writeQdpx } from '../shared/refi';
import { snapshotToDocs } from '../shared/sync';
import { initProjectDatabase, parseDatabaseAddress } from '../cli/sync/remote';
import { ADMIN, createUser, startSyncServer } from '../cli/testing/sync-server';
import { median } from './measure';
import type { ProcessRun } from './process-bench';
import { syntheticSnapshot } from './synthetic';

const TMP = resolve('bench/.tmp/sync');
const RSS_PRELOAD = join(TMP, 'max-rss.mjs');
const PILAH = resolve('bin/pilah.mjs');
const STUDENT = { username: 'dewi', password: 'pw-dewi' };

export interface SyncFigures {
  segments: number;
  docs: number;
  jsonMiB: number;
  push: { app: ProcessRun; floor: ProcessRun };
  pull: { app: ProcessRun; floor: ProcessRun };
}

function runOnce(args: string[]): ProcessRun {
  const rssFile = join(TMP, 'rss.txt');
  rmSync(rssFile, { force: true });
  const env = { ...process.env, PILAH_BENCH_RSS: rssFile, PILAH_SYNC_USER: STUDENT.username, PILAH_SYNC_PASSWORD: STUDENT.password };
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', RSS_PRELOAD, ...args], { encoding: 'utf8', env });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status}): ${run.stderr}${run.stdout}`);
  return { ms, maxRssMiB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

const summary = (xs: ProcessRun[]): ProcessRun => ({ ms: median(xs.map((r) => r.ms)), maxRssMiB: Math.max(...xs.map((r) => r.maxRssMiB)) });

/** `runs` pushes and pulls of each kind, alternating app and floor, each push into a fresh database. */
export async function syncFigures(runs: number, segments = 10_000): Promise<SyncFigures> {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  writeFileSync(RSS_PRELOAD, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.PILAH_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n");
  await build({
    absWorkingDir: resolve('.'),
    entryPoints: { 'sync-floor': 'bench/floors/sync-floor.ts' },
    outdir: TMP,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  // Thirty 3,000-word transcripts coded with 10,000 segments.
  const snapshot = syntheticSnapshot(30, 3_000, segments);
  const project = join(TMP, 'project.qdpx');
  writeFileSync(project, writeQdpx(snapshot));
  const docs = snapshotToDocs(snapshot);
  const docsFile = join(TMP, 'docs.json');
  const json = JSON.stringify(docs);
  writeFileSync(docsFile, json);

  const server = await startSyncServer();
  try {
    await createUser(server, STUDENT.username, STUDENT.password);
    let n = 0;
    const freshDatabase = async (): Promise<string> => {
      const url = `${server.url}/pilah-bench-${++n}`;
      const setUp = () => initProjectDatabase(parseDatabaseAddress(url, 'en'), ADMIN, { students: [STUDENT.username], supervisors: [], coders: [], observers: [], coderIds: {} });
      // A kept-alive connection the server closed while a process ran fails once: set up again.
      await setUp().catch(setUp);
      return url;
    };
    const push: { app: ProcessRun[]; floor: ProcessRun[] } = { app: [], floor: [] };
    const pull: { app: ProcessRun[]; floor: ProcessRun[] } = { app: [], floor: [] };
    const out = join(TMP, 'pulled.qdpx');
    const outJson = join(TMP, 'pulled.json');
    for (let i = 0; i < runs; i++) {
      const url = await freshDatabase();
      push.app.push(runOnce([PILAH, 'sync', 'push', project, '--to', url]));
      push.floor.push(runOnce([join(TMP, 'sync-floor.mjs'), 'push', await freshDatabase(), docsFile]));
      pull.app.push(runOnce([PILAH, 'sync', 'pull', url, '--out', out]));
      pull.floor.push(runOnce([join(TMP, 'sync-floor.mjs'), 'pull', url, outJson]));
    }
    return { segments, docs: docs.length, jsonMiB: json.length / 1048576, push: { app: summary(push.app), floor: summary(push.floor) }, pull: { app: summary(pull.app), floor: summary(pull.floor) } };
  } finally {
    await server.stop();
    rmSync(TMP, { recursive: true, force: true });
  }
}
