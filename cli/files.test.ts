/**
 * Writing files from the CLI: all or nothing, flushed, no temporary file left behind on a
 * failure or when the user presses Ctrl+C (or the process is killed), and failures name the
 * file and its folder, never the hidden temporary file.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliError } from './errors';
import { writeAll } from './files';
import { pilah } from './testing/run-cli';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-files-'));
  await writeFile(join(dir, 'budi.txt'), 'P: Bagaimana modal usaha?\nI: Modal kami dari KUR.\n');
});

/** Runs the interrupted writer in `folder`, waits for its temporary files, then sends `signal`. */
function interrupt(folder: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; before: string[] }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve('cli/testing/interrupted-write.ts'), folder], { stdio: ['ignore', 'pipe', 'inherit'] });
    let before: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('ready')) return;
      void readdir(folder).then((names) => {
        before = names.sort();
        child.kill(signal);
      }, fail);
    });
    child.on('error', fail);
    child.on('exit', (code, sig) => done({ code, signal: sig, before }));
  });
}

describe('an interrupted write', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s removes the temporary files and writes nothing', async (signal, exitCode) => {
    const folder = await mkdtemp(join(dir, `sinyal-${signal}-`));
    const run = await interrupt(folder, signal);
    expect(run.before).toHaveLength(2);
    expect(run.before.every((name) => /^\..+\.tmp$/.test(name))).toBe(true);
    expect(run.code).toBe(exitCode);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('a failed write', () => {
  it('names the file and the folder that does not exist, not the temporary file, and leaves nothing', async () => {
    const run = await pilah(['import', 'budi.txt', '--out', join('tidak-ada', 'proyek.qdpx'), '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('The file "proyek.qdpx" could not be written to the folder "tidak-ada" (the folder does not exist); nothing was changed.\n');
  });

  it('removes the files already written when a later one fails, and says so in Indonesian too', async () => {
    const folder = await mkdtemp(join(dir, 'sebagian-'));
    await mkdir(join(folder, 'ada'));
    const writing = writeAll(
      [
        { path: join(folder, 'ada', 'a.docx'), bytes: new Uint8Array([1, 2, 3]) },
        { path: join(folder, 'hilang', 'b.xlsx'), bytes: new Uint8Array([4]) },
      ],
      'id',
    );
    await expect(writing).rejects.toThrow(CliError);
    await expect(writing).rejects.toThrow(`Berkas "b.xlsx" tidak dapat ditulis ke folder "${join(folder, 'hilang')}" (folder itu tidak ada); tidak ada yang diubah.`);
    expect(await readdir(join(folder, 'ada'))).toEqual([]);
  });

  it('replaces a file whole when all goes well', async () => {
    const target = join(dir, 'utuh.bin');
    await writeFile(target, 'lama');
    await writeAll([{ path: target, bytes: new TextEncoder().encode('baru') }], 'en');
    expect(await readFile(target, 'utf8')).toBe('baru');
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('project files the CLI writes (pilah import, pilah sync pull)', () => {
  it('deflated by Node’s zlib, read back exactly as the JavaScript-zipped file, and any zip tool can list it', async () => {
    const { realisticProject } = await import('../shared/refi/testing/realistic-project');
    const { readQdpx, writeQdpx } = await import('../shared/refi');
    const { writeProjectFile } = await import('./files');
    const { unzipSync } = await import('fflate');
    const snapshot = realisticProject();
    const path = join(dir, 'native.qdpx');
    await writeProjectFile(path, snapshot, 'en');
    const bytes = new Uint8Array(await readFile(path));
    const reference = writeQdpx(snapshot);
    expect(readQdpx(bytes).snapshot).toEqual(readQdpx(reference).snapshot);
    const entries = unzipSync(bytes);
    const expected = unzipSync(reference);
    expect(Object.keys(entries).sort()).toEqual(Object.keys(expected).sort());
    for (const name of Object.keys(expected)) expect(Buffer.from(entries[name]!).equals(Buffer.from(expected[name]!))).toBe(true);
  });
});
