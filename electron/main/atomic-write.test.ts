import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(tmpdir(), 'pilah-atomic-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces an existing file with the complete new bytes and leaves nothing else', async () => {
    const target = path.join(dir, 'skripsi.qdpx');
    await fs.writeFile(target, 'old project');
    await writeFileAtomic(target, new TextEncoder().encode('new project'));
    expect(await fs.readFile(target, 'utf8')).toBe('new project');
    expect(await fs.readdir(dir)).toEqual(['skripsi.qdpx']);
  });

  it('keeps the old file intact and removes the temporary file when the final step fails', async () => {
    const target = path.join(dir, 'skripsi.qdpx');
    await fs.writeFile(target, 'old project');
    const failingRename: typeof fs.rename = async () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    await expect(writeFileAtomic(target, new Uint8Array([1, 2, 3]), { ...fs, rename: failingRename })).rejects.toThrow(
      'disk full',
    );
    expect(await fs.readFile(target, 'utf8')).toBe('old project');
    expect(await fs.readdir(dir)).toEqual(['skripsi.qdpx']);
  });
});
