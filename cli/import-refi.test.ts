/**
 * `pilah import` with other tools' files, as a user runs it: a foreign .qdpx becomes a new
 * Pilah project with what was left out printed; a .qdc adds its codes; a damaged file, or one
 * whose transcripts are not inside it, gives one sentence, exit 1, and leaves the output as it was.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readQdpx } from '../shared/refi';
import { pilah, type CliRun } from './testing/run-cli';

const SAMPLES = resolve('../shared/refi-qda/samples');

/** The messages are read in English. */
const pilahEn = (args: string[], cwd: string): Promise<CliRun> => pilah([...args, '--lang', 'en'], cwd);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-refi-'));
  for (const file of ['atlasti-mac-8.4_spec-example.qdpx', 'maxqda-24_themes.qdpx', 'qc-1.3.2_nonconforming-paths.qdpx', 'atlasti-win-23.4_codebook.qdc', 'atlasti-win-23.4_codebook_TRUNCATED.qdc', 'taguette_codebook_empty-sets_INVALID.qdc']) {
    await copyFile(join(SAMPLES, file), join(dir, file));
  }
});

describe('pilah import of other tools’ files', () => {
  it('converts a foreign project, keeping its coded lines, and prints what it left out', async () => {
    const run = await pilahEn(['import', 'maxqda-24_themes.qdpx', '--out', 'maxqda.qdpx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Made with MAXQDA (MAXQDA 24');
    expect(run.stdout).toContain('Not opened:');
    expect(run.stdout).toContain('- 2 code/document group(s) (sets) skipped.');
    const { snapshot } = readQdpx(new Uint8Array(await readFile(join(dir, 'maxqda.qdpx'))));
    expect(snapshot.documents).toHaveLength(10);
    expect(snapshot.codes).toHaveLength(307);

    const qc = await pilahEn(['import', 'qc-1.3.2_nonconforming-paths.qdpx', '--out', 'qc.qdpx', '--title', 'Dewan sekolah'], dir);
    expect(qc.code).toBe(0);
    expect(qc.stdout).toContain('Everything in the file could be opened.');
    const back = readQdpx(new Uint8Array(await readFile(join(dir, 'qc.qdpx')))).snapshot;
    expect(back.project.title).toBe('Dewan sekolah');
    const board = back.documents.find((d) => d.title === 'board_2017')!;
    const quotes = back.segments.filter((s) => s.documentId === board.id).map((s) => board.text.slice(s.start, s.end).trim());
    expect(quotes).toContain('the list of high school graduation requirements.');
  });

  it('refuses a project whose transcripts are not in the file, writing nothing', async () => {
    const run = await pilahEn(['import', 'atlasti-mac-8.4_spec-example.qdpx', '--out', 'atlas.qdpx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^"atlasti-mac-8\.4_spec-example\.qdpx" was not converted because 6 transcript\(s\) it refers to are not inside it/);
    expect(existsSync(join(dir, 'atlas.qdpx'))).toBe(false);
  });

  it('never replaces an existing file with a converted project', async () => {
    await writeFile(join(dir, 'ada.qdpx'), 'isi lama');
    const run = await pilahEn(['import', 'qc-1.3.2_nonconforming-paths.qdpx', '--out', 'ada.qdpx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(await readFile(join(dir, 'ada.qdpx'), 'utf8')).toBe('isi lama');
  });

  it('adds a codebook’s codes to a project, merging the ones it has', async () => {
    const first = await pilahEn(['import', 'atlasti-win-23.4_codebook.qdc', 'taguette_codebook_empty-sets_INVALID.qdc', '--out', 'buku.qdpx'], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('1 code(s) added and 0 merged from atlasti-win-23.4_codebook.qdc');
    expect(first.stdout).toContain('3 code(s) added and 0 merged from taguette_codebook_empty-sets_INVALID.qdc');
    const again = await pilahEn(['import', 'atlasti-win-23.4_codebook.qdc', '--out', 'buku.qdpx'], dir);
    expect(again.stdout).toContain('0 code(s) added and 1 merged');
    const { snapshot } = readQdpx(new Uint8Array(await readFile(join(dir, 'buku.qdpx'))));
    expect(snapshot.codes.map((c) => c.label.id).sort()).toEqual(['code1', 'interesting', 'interesting\\places', 'people']);
    expect(snapshot.codes.find((c) => c.label.id === 'code1')!.definition.id).toBe('description');
  });

  it('refuses a truncated codebook with one sentence naming it, and leaves the project untouched', async () => {
    const before = await readFile(join(dir, 'buku.qdpx'));
    const run = await pilahEn(['import', 'atlasti-win-23.4_codebook_TRUNCATED.qdc', '--out', 'buku.qdpx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('"atlasti-win-23.4_codebook_TRUNCATED.qdc" is cut off or damaged: it is not a complete codebook XML, so no codes were added.');
    expect(Buffer.compare(await readFile(join(dir, 'buku.qdpx')), before)).toBe(0);
  });

  it('refuses a damaged project file and writes no output', async () => {
    await writeFile(join(dir, 'rusak.qdpx'), (await readFile(join(SAMPLES, 'qc-1.3.2_nonconforming-paths.qdpx'))).subarray(0, 4000));
    const run = await pilahEn(['import', 'rusak.qdpx', '--out', 'hasil.qdpx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^"rusak\.qdpx" /);
    expect(existsSync(join(dir, 'hasil.qdpx'))).toBe(false);
  });
});
