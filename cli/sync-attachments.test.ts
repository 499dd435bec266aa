/**
 * Attachments through the server: a sample project holding a documentation PDF and a
 * fieldwork photo is pushed with `pilah sync push`, replicated by a second machine and pulled
 * with `pilah sync pull`; the PDF's and the photo's bytes, their text and their codings arrive
 * unchanged everywhere (pouchdb-server 4.2.0 on 127.0.0.1, as in `sync.test.ts`).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../shared/model/types';
import { readQdpx, writeQdpx } from '../shared/refi';
import { buildSampleProject, samplePdfFiles, sampleFiles, type SampleSpec } from '../shared/samples';
import { canonicalSnapshot, snapshotFromDocs } from '../shared/sync';
import { pouch, remoteDatabase } from './sync/pouch';
import { readDatabase } from './sync/read-database';
import { pilah } from './testing/run-cli';
import { ADMIN, createUser, startSyncServer, type SyncServer } from './testing/sync-server';

const SLUG = 'koperasi-umkm-kabupaten';
const env = { PILAH_SYNC_USER: 'dewi', PILAH_SYNC_PASSWORD: 'pw-dewi' };

let server: SyncServer;
let dir: string;

beforeAll(async () => {
  server = await startSyncServer();
  dir = await mkdtemp(join(tmpdir(), 'pilah-sync-attachments-'));
  await createUser(server, 'dewi', 'pw-dewi');
  await createUser(server, 'rudi', 'pw-rudi');
}, 30_000);

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function sampleProject(): Promise<ProjectSnapshot> {
  const folder = resolve('samples', SLUG);
  const spec = JSON.parse(await readFile(join(folder, 'sample.json'), 'utf8')) as SampleSpec;
  const texts: Record<string, string | Uint8Array> = {};
  for (const file of sampleFiles(spec)) texts[file] = await readFile(join(folder, file), 'utf8');
  for (const file of samplePdfFiles(spec)) texts[file] = new Uint8Array(await readFile(join(folder, file)));
  return buildSampleProject(spec, texts, '2026-12-01T08:00:00.000Z');
}

/** The PDF and photo rows of a project: kind, bytes, text and the codings on them. */
function originals(snapshot: ProjectSnapshot): { title: string; mediaType: string; bytes: number[]; text: string; codings: string[] }[] {
  return snapshot.documents
    .filter((d) => d.original)
    .map((d) => ({
      title: d.title,
      mediaType: d.original!.mediaType,
      bytes: [...d.original!.bytes],
      text: d.text,
      codings: snapshot.segments.filter((s) => s.documentId === d.id).map((s) => `${s.start}-${s.end}:${[...s.codeIds].sort().join(',')}`).sort(),
    }))
    .sort((a, b) => (a.title < b.title ? -1 : 1));
}

it("a PDF and a photo reach the server, a second machine and a pulled file byte for byte, with their codings", async () => {
  const project = await sampleProject();
  const expected = originals(project);
  expect(expected.map((o) => o.mediaType).sort()).toEqual(['application/pdf', 'image/png']);
  expect(expected.every((o) => o.codings.length > 0)).toBe(true);

  const url = `${server.url}/pilah-lampiran`;
  const init = await pilah(['sync', 'init', url, '--student', 'dewi', '--coder', 'rudi=koder-rudi', '--lang', 'en'], dir, {
    PILAH_SYNC_USER: ADMIN.username,
    PILAH_SYNC_PASSWORD: ADMIN.password,
  });
  expect(init.code).toBe(0);
  await writeFile(join(dir, 'dewi.qdpx'), writeQdpx(project));
  const pushed = await pilah(['sync', 'push', 'dewi.qdpx', '--to', url, '--lang', 'en'], dir, env);
  expect(pushed.stderr).toBe('');
  expect(pushed.code).toBe(0);

  // A second machine replicates the database as the app's replica does.
  const PouchDB = pouch();
  const machine = new PouchDB('rudi-laptop', { adapter: 'memory' });
  await machine.replicate.from(remoteDatabase(url, { username: 'rudi', password: 'pw-rudi' }));
  expect(originals(snapshotFromDocs((await readDatabase(machine)).docs))).toEqual(expected);

  const pulled = await pilah(['sync', 'pull', url, '--out', 'ditarik.qdpx', '--lang', 'en'], dir, env);
  expect(pulled.stderr).toBe('');
  expect(pulled.code).toBe(0);
  const file = canonicalSnapshot(readQdpx(new Uint8Array(await readFile(join(dir, 'ditarik.qdpx')))).snapshot);
  expect(originals(file)).toEqual(expected);
  // The whole project, not only its attachments, is what was pushed.
  expect(file).toEqual(canonicalSnapshot(readQdpx(writeQdpx(project)).snapshot));
}, 90_000);
