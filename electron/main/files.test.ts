import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFilePort } from './files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pilah-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('file port', () => {
  it('reports the size, reads the bytes and saves a project file in one step', async () => {
    const files = createFilePort();
    const transcript = path.join(dir, 'wawancara I1.txt');
    await writeFile(transcript, 'P: Selamat pagi.\n');
    expect(await files.size(transcript)).toBe(17);
    expect(new TextDecoder().decode(await files.read(transcript))).toBe('P: Selamat pagi.\n');

    const project = path.join(dir, 'skripsi.qdpx');
    await files.writeAtomic(project, new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(Array.from(await readFile(project))).toEqual([0x50, 0x4b, 3, 4]);
    expect((await readdir(dir)).sort()).toEqual(['skripsi.qdpx', 'wawancara I1.txt']);
  });
});
