/**
 * `pilah export … --codebook-csv <out.csv> [--taguette]`: the codebook as a spreadsheet, in
 * Pilah's columns or Taguette's, read back the way the codebook import reads it.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCodebookRows, readCodebookCsv } from '../shared/codebook-io';
import { applyChangeset, stateFromSnapshot } from '../shared/model/changeset';
import { writeQdpx } from '../shared/refi';
import { realisticProject } from '../shared/refi/testing/realistic-project';
import { pilah } from './testing/run-cli';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-codebook-csv-'));
  await writeFile(join(dir, 'proyek.qdpx'), writeQdpx(realisticProject()));
});

/** The codes of a CSV codebook imported into an empty project, each as "parent > name". */
async function importedTree(file: string): Promise<string[]> {
  const empty = stateFromSnapshot({ ...realisticProject(), codes: [], segments: [] });
  const result = importCodebookRows(empty, readCodebookCsv(new Uint8Array(await readFile(join(dir, file)))));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const codes = Object.values(applyChangeset(empty, result.changeset).codes);
  const name = (id: string | null) => codes.find((c) => c.id === id)?.label.id ?? '';
  return codes.map((c) => `${name(c.parentId)} > ${c.label.id}`).sort();
}

describe('pilah export --codebook-csv', () => {
  it('writes Taguette’s columns with --taguette, and both files bring back the same code tree', async () => {
    const run = await pilah(['export', 'proyek.qdpx', '--codebook-csv', 'taguette.csv', '--taguette', '--lang', 'id'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('taguette.csv');
    const text = new TextDecoder().decode(await readFile(join(dir, 'taguette.csv')));
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['tag', 'parent', 'description', 'number of highlights']);
    expect(rows).toHaveLength(1 + realisticProject().codes.length);

    expect((await pilah(['export', 'proyek.qdpx', '--codebook-csv', 'pilah.csv', '--lang', 'id'], dir)).code).toBe(0);
    const own = new TextDecoder().decode(await readFile(join(dir, 'pilah.csv')));
    expect(own.split('\r\n')[0]).toBe('Nama,Induk,Definisi,Warna');
    const tree = await importedTree('taguette.csv');
    expect(tree).toContain('Pemberdayaan > Menciptakan iklim (enabling)');
    expect(tree).toEqual(await importedTree('pilah.csv'));
  });

  it('refuses --taguette without --codebook-csv, writing nothing', async () => {
    const run = await pilah(['export', 'proyek.qdpx', '--qdc', 'buku.qdc', '--taguette', '--lang', 'en'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--taguette only goes with --codebook-csv/);
  });
});
