/**
 * The first sync of a 10,000-segment project (issue 12), as a whole `pilah sync` process
 * against pouchdb-server on 127.0.0.1 (a fresh database set up by `pilah sync init`'s code:
 * security object and the server's rules), beside a floor process moving the same documents
 * with one bare request: `_bulk_docs` for the push, `_all_docs` for the pull. Peak memory
 * (maxRSS) of each process is reported too.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { writeQdpx } from '../shared/refi';
import { snapshotToDocs } from '../shared/sync';
import { initProjectDatabase, parseDatabaseAddress } from '../cli/sync/remote';
import { ADMIN, createUser, startSyncServer } from '../cli/testing/sync-server';
import { sideBySide } from './measure';
import { prepareFolder, runMeasured, summarize, type ProcessRun } from './measured-process';
import { syntheticSnapshot } from './synthetic';

const TMP = resolve('bench/.tmp/sync');
const PILAH = resolve('bin/pilah.mjs');
const STUDENT = { username: 'dewi', password: 'pw-dewi' };

export interface SyncFigures {
  segments: number;
  docs: number;
  jsonMiB: number;
  push: { app: ProcessRun; floor: ProcessRun; runs: number };
  pull: { app: ProcessRun; floor: ProcessRun; runs: number };
}

/** One timed `node <args>` process, signed in as the student. */
const runOnce = (args: string[]): ProcessRun => runMeasured(TMP, args, { PILAH_SYNC_USER: STUDENT.username, PILAH_SYNC_PASSWORD: STUDENT.password });

/**
 * `runs` pushes and pulls of each kind (more while they are short, see `sideBySide`), each
 * after a warm-up, app and floor in turns; each push goes into a fresh database, and the pulls
 * read the database the app's last push filled.
 */
export async function syncFigures(runs: number, segments = 10_000): Promise<SyncFigures> {
  await prepareFolder(TMP, { 'sync-floor': 'bench/floors/sync-floor.ts' });
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
    const ms = (run: ProcessRun): number => run.ms;
    // The process's own time: setting a database up is not part of either.
    const options = { runs, shortMs: 5_000, shortRuns: 5, budgetMs: 30_000 };
    let url = '';
    const push = await sideBySide(
      async () => runOnce([PILAH, 'sync', 'push', project, '--to', (url = await freshDatabase())]),
      async () => runOnce([join(TMP, 'sync-floor.mjs'), 'push', await freshDatabase(), docsFile]),
      ms,
      options,
    );
    const out = join(TMP, 'pulled.qdpx');
    const entries = join(TMP, 'pulled-entries');
    const pull = await sideBySide(
      () => runOnce([PILAH, 'sync', 'pull', url, '--out', out]),
      () => {
        // The floor writes the entries of the very file the app wrote (from its warm-up).
        if (!existsSync(entries)) {
          for (const [name, bytes] of Object.entries(unzipSync(readFileSync(out)))) {
            if (name.endsWith('/')) continue;
            mkdirSync(dirname(join(entries, name)), { recursive: true });
            writeFileSync(join(entries, name), bytes);
          }
        }
        return runOnce([join(TMP, 'sync-floor.mjs'), 'pull', url, entries, join(TMP, 'floor.qdpx')]);
      },
      ms,
      options,
    );
    return {
      segments,
      docs: docs.length,
      jsonMiB: json.length / 1048576,
      push: { app: summarize(push.job), floor: summarize(push.floor), runs: push.job.length },
      pull: { app: summarize(pull.job), floor: summarize(pull.floor), runs: pull.job.length },
    };
  } finally {
    await server.stop();
    rmSync(TMP, { recursive: true, force: true });
  }
}
