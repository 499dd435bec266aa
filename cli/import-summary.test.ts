/**
 * `pilah import` with a transcript, a PDF and a photo at once: one sentence counts each kind
 * the project now holds, in the user's language and with English plurals right.
 */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectInfo } from './commands/info';
import { pilah } from './testing/run-cli';
import { makeTranscriptDocx } from '../test/fixtures/make-docx';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-cli-summary-'));
  await writeFile(join(dir, 'ibu-sri.docx'), await makeTranscriptDocx({ name: 'Ibu Sri Wahyuni', position: 'Kepala Bidang UMKM', date: 'Selasa, 14 November 2023', place: 'Kantor Dinas' }));
  await writeFile(join(dir, 'budi.txt'), 'P: Bagaimana modal usaha?\nI: Modal kami dari KUR.\n');
  await copyFile(resolve('test/fixtures/pdf/laporan-kinerja.pdf'), join(dir, 'laporan.pdf'));
  await copyFile(resolve('test/fixtures/pictures/plain.jpg'), join(dir, 'rapat.jpg'));
});

describe('pilah import summary', () => {
  it('says in Indonesian how many transcripts, PDF documents and photos were imported', async () => {
    const run = await pilah(['import', 'ibu-sri.docx', 'laporan.pdf', 'rapat.jpg', '--out', 'p.qdpx', '--lang', 'id'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('1 transkrip, 1 dokumen PDF, dan 1 foto diimpor ke p.qdpx.\n');
    const info = JSON.parse((await pilah(['info', 'p.qdpx', '--json'], dir)).stdout) as ProjectInfo;
    expect(info.documents.map((d) => [d.kind, d.medium ?? 'text'])).toEqual([
      ['interview', 'text'],
      ['document', 'pdf'],
      ['document', 'picture'],
    ]);
  });

  it('uses English plurals for more than one and the singular for one', async () => {
    const run = await pilah(['import', 'ibu-sri.docx', 'budi.txt', 'laporan.pdf', 'rapat.jpg', '--out', 'en.qdpx', '--lang', 'en'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('2 transcripts, 1 PDF document, and 1 photo imported into en.qdpx.\n');
  });
});
