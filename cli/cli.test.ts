/**
 * The `pilah` command as a user runs it: a real process, real files, real exit codes.
 * Bad inputs must give one clear sentence naming the file, and never write or change a project.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTranscriptDocx } from '../test/fixtures/make-docx';
import { emptyFile, makeBinaryText, makeLegacyDoc, makeSpreadsheetZip, makeTruncatedDocx, makeZipBomb } from '../test/fixtures/hostile-files';
import type { ProjectInfo } from './commands/info';
import { pilah } from './testing/run-cli';

let dir: string;
const TXT_CRLF_BOM = '\uFEFFNama : Pak Budi Santoso\r\nJabatan : Ketua Koperasi\r\n\r\nP: Bagaimana modal usaha?\r\nI: Modal kami dari KUR dan simpanan anggota.\r\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-cli-'));
  await writeFile(join(dir, 'ibu-sri.docx'), await makeTranscriptDocx({ name: 'Ibu Sri Wahyuni', position: 'Kepala Bidang UMKM', date: 'Selasa, 14 November 2023', place: 'Kantor Dinas' }));
  await writeFile(join(dir, 'budi.txt'), TXT_CRLF_BOM);
  await writeFile(join(dir, 'kosong.docx'), emptyFile());
  await writeFile(join(dir, 'terpotong.docx'), await makeTruncatedDocx());
  await writeFile(join(dir, 'tabel.docx'), makeSpreadsheetZip());
  await writeFile(join(dir, 'lama.doc'), makeLegacyDoc());
  await writeFile(join(dir, 'bom.docx'), makeZipBomb());
  await writeFile(join(dir, 'biner.txt'), makeBinaryText());
});

describe('pilah import and info', () => {
  it('creates a project from a .docx and a .txt, one informant per transcript', async () => {
    const made = await pilah(['import', 'ibu-sri.docx', 'budi.txt', '--out', 'proyek.qdpx', '--title', 'Pemberdayaan UMKM', '--framework', 'empowerment', '--framework', 'factors'], dir);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);

    const shown = await pilah(['info', 'proyek.qdpx', '--json'], dir);
    expect(shown.code).toBe(0);
    const info = JSON.parse(shown.stdout) as ProjectInfo;
    expect(info.title).toBe('Pemberdayaan UMKM');
    expect(info.informants.map((i) => i.name).sort()).toEqual(['Ibu Sri Wahyuni', 'Pak Budi Santoso']);
    expect(info.documents).toHaveLength(2);
    const names = info.codes.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Faktor pendukung', 'Faktor penghambat']));
    expect(info.codes.some((c) => c.parentId !== null)).toBe(true);

    const budi = info.documents.find((d) => d.text.includes('Modal kami'))!;
    expect(budi.text).not.toMatch(/[\r\uFEFF]/);
    expect(budi.informantId).toBe(info.informants.find((i) => i.name === 'Pak Budi Santoso')!.id);
    const answer = budi.turns.find((t) => budi.text.slice(t.start, t.end).includes('KUR'))!;
    expect(budi.text.slice(answer.start, answer.end)).toBe('I: Modal kami dari KUR dan simpanan anggota.');

    const sri = info.documents.find((d) => d.informantId === info.informants.find((i) => i.name === 'Ibu Sri Wahyuni')!.id)!;
    expect(sri.turns.length).toBeGreaterThanOrEqual(2);
    expect(info.segments).toEqual([]);
  });

  it('adds transcripts to an existing project without losing what it held', async () => {
    await pilah(['import', 'ibu-sri.docx', '--out', 'tambah.qdpx', '--framework', 'woolcock'], dir);
    const added = await pilah(['import', 'budi.txt', '--out', 'tambah.qdpx'], dir);
    expect(added.code).toBe(0);
    const info = JSON.parse((await pilah(['info', 'tambah.qdpx', '--json'], dir)).stdout) as ProjectInfo;
    expect(info.documents).toHaveLength(2);
    expect(info.codes.map((c) => c.name)).toEqual(expect.arrayContaining(['Bonding', 'Bridging', 'Linking']));
  });

  it('prints a short summary without --json', async () => {
    await pilah(['import', 'budi.txt', '--out', 'ringkas.qdpx'], dir);
    const shown = await pilah(['info', 'ringkas.qdpx'], dir);
    expect(shown.stdout).toMatch(/1 documents?/);
  });
});

describe('pilah refuses bad input clearly and changes nothing', () => {
  const cases: [string, RegExp][] = [
    ['tidak-ada.docx', /not found/i],
    ['kosong.docx', /empty/i],
    ['terpotong.docx', /damaged|corrupt|incomplete|truncated|cut off/i],
    ['tabel.docx', /not a valid Word/i],
    ['lama.doc', /\.doc\b/i],
    ['bom.docx', /.+/],
    ['biner.txt', /.+/],
  ];

  it.concurrent.each(cases)('%s: one sentence naming the file, no project written', async (file, problem) => {
    const out = join(dir, `gagal-${file}.qdpx`);
    const run = await pilah(['import', file, '--out', out], dir);
    expect(run.code).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(problem);
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves an existing project byte for byte unchanged when one file of several is bad', async () => {
    await pilah(['import', 'budi.txt', '--out', 'utuh.qdpx'], dir);
    const before = await readFile(join(dir, 'utuh.qdpx'));
    const run = await pilah(['import', 'ibu-sri.docx', 'bom.docx', '--out', 'utuh.qdpx'], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('bom.docx');
    expect(Buffer.compare(await readFile(join(dir, 'utuh.qdpx')), before)).toBe(0);
  });

  it('refuses a project file that is not one', async () => {
    await writeFile(join(dir, 'palsu.qdpx'), 'bukan zip');
    const run = await pilah(['info', 'palsu.qdpx', '--json'], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('palsu.qdpx');
  });

  it('answers a wrong call with usage help and exit code 2', async () => {
    const run = await pilah(['import', 'budi.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out/);
  });

  it('speaks Indonesian with --lang id', async () => {
    const run = await pilah(['import', 'tidak-ada.txt', '--out', 'x.qdpx', '--lang', 'id'], dir);
    expect(run.stderr).toMatch(/tidak ditemukan/);
  });
});
