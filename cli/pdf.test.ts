/**
 * `pilah import` with PDFs: a documentation PDF is added with its pages; a scanned PDF is
 * refused in one sentence, with a non-zero exit and no file written or changed.
 */
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectInfo } from './commands/info';
import { pilah } from './testing/run-cli';

let dir: string;
const FIXTURES = resolve('test/fixtures/pdf');
const writtenPages = JSON.parse(await readFile(join(FIXTURES, 'laporan-kinerja.pages.json'), 'utf8')) as string[][];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-cli-pdf-'));
  await copyFile(join(FIXTURES, 'laporan-kinerja.pdf'), join(dir, 'laporan.pdf'));
  await copyFile(join(FIXTURES, 'hasil-pindai.pdf'), join(dir, 'pindaian.pdf'));
  await copyFile(join(FIXTURES, 'terkunci.pdf'), join(dir, 'terkunci.pdf'));
});

describe('pilah import with PDFs', () => {
  it('adds a PDF as a document whose pages info --json lists', async () => {
    const made = await pilah(['import', 'laporan.pdf', '--out', 'p.qdpx'], dir);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const shown = await pilah(['info', 'p.qdpx', '--json'], dir);
    const info = JSON.parse(shown.stdout) as ProjectInfo;
    expect(info.documents).toHaveLength(1);
    const doc = info.documents[0]!;
    expect(doc).toMatchObject({ kind: 'document', medium: 'pdf', informantId: null });
    expect(doc.pages!.map((p) => p.number)).toEqual([1, 2, 3]);
    doc.pages!.forEach((page, i) => expect(doc.text.slice(page.start, page.end).split('\n').filter((l) => l !== '')).toEqual(writtenPages[i]));
    expect(doc.sourceInfo).toMatchObject({ number: '500/123/2023' });
  });

  it('refuses a scanned PDF: one sentence, exit code 1, the project unchanged', async () => {
    await pilah(['import', 'laporan.pdf', '--out', 'tetap.qdpx'], dir);
    const before = await readFile(join(dir, 'tetap.qdpx'));
    const run = await pilah(['import', 'pindaian.pdf', '--out', 'tetap.qdpx', '--lang', 'id'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Berkas "pindaian.pdf" tidak memiliki lapisan teks (hasil pindai); Pilah tidak membaca teks dari gambar');
    expect(Buffer.compare(await readFile(join(dir, 'tetap.qdpx')), before)).toBe(0);
  });

  it('writes nothing when a scanned or locked PDF comes with good files', async () => {
    const scanned = await pilah(['import', 'laporan.pdf', 'pindaian.pdf', '--out', 'baru.qdpx', '--lang', 'en'], dir);
    expect(scanned.code).toBe(1);
    expect(scanned.stderr).toContain('"pindaian.pdf" has no text layer (it is a scan)');
    const locked = await pilah(['import', 'terkunci.pdf', '--out', 'baru.qdpx', '--lang', 'en'], dir);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain('"terkunci.pdf" is locked with a password');
    expect(existsSync(join(dir, 'baru.qdpx'))).toBe(false);
  });
});
