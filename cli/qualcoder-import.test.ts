/**
 * A project exported for other tools (`pilah export … --standard`) opens in QualCoder: its own
 * REFI-QDA importer (../shared/peers/qualcoder, run headless) reads every transcript, code,
 * coding and informant, and the research journal as a journal. Skipped only where python3 or
 * its PyQt6 (Debian: python3-pyqt6) is missing.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readQdpx } from '../shared/refi';
import { pilah } from './testing/run-cli';

const IMPORTER = resolve('../shared/peers/qualcoder/import-qdpx');
// The importer's own interpreter (its first line), where Debian's PyQt6 lives.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const hasPyQt6 = spawnSync(PYTHON, ['-c', 'import PyQt6.QtWidgets'], { stdio: 'ignore' }).status === 0;

interface QualCoderRun {
  code: number;
  counts: Record<string, number>;
  stderr: string;
}

function qualcoderImport(file: string): Promise<QualCoderRun> {
  return new Promise((done) => {
    execFile(PYTHON, [IMPORTER, file], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const counts = Object.fromEntries([...stdout.matchAll(/(\w+)=(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, counts, stderr });
    });
  });
}

describe('QualCoder opens Pilah’s standard export', () => {
  let dir: string;
  beforeAll(async () => {
    if (!hasPyQt6) return;
    dir = await mkdtemp(join(tmpdir(), 'pilah-qualcoder-'));
    const demo = await pilah(['demo', '--out', 'demo', '--lang', 'id'], dir);
    expect(demo.code).toBe(0);
  }, 120_000);

  it.skipIf(!hasPyQt6).each(['koperasi-umkm-kabupaten'])(
    'reads every transcript, code, coding, informant and the journal of the %s sample',
    async (slug) => {
      const exported = await pilah(['export', `demo/${slug}.qdpx`, '--qdpx', `${slug}-standar.qdpx`, '--standard'], dir);
      expect(exported.code).toBe(0);
      const { snapshot } = readQdpx(new Uint8Array(await readFile(join(dir, `demo/${slug}.qdpx`))));
      expect(snapshot.project.journal).not.toBe('');
      // QualCoder keys codes by name: the sample's must be distinct for the count to compare.
      expect(new Set(snapshot.codes.map((c) => c.label.id || c.label.en)).size).toBe(snapshot.codes.length);

      const run = await qualcoderImport(join(dir, `${slug}-standar.qdpx`));
      expect(run.stderr).not.toMatch(/Traceback/);
      expect(run.code).toBe(0);
      expect(run.counts).toEqual({
        sources: snapshot.documents.length,
        codes: snapshot.codes.length,
        codings: snapshot.segments.reduce((n, s) => n + s.codeIds.length, 0),
        cases: snapshot.informants.length,
        journals: 1,
      });
    },
    60_000,
  );
});
