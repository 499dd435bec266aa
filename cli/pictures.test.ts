/**
 * `pilah import foto.jpg --out p.qdpx` as a user runs it: photos go in as documentation and
 * `pilah info --json` lists them; a file that is not a photo is refused in one sentence,
 * with a non-zero exit, and the project file is left exactly as it was.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectInfo } from './commands/info';
import { pilah } from './testing/run-cli';

let dir: string;
const fixture = (name: string): string => new URL(`../test/fixtures/pictures/${name}`, import.meta.url).pathname;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-cli-photo-'));
  await copyFile(fixture('plain.jpg'), join(dir, 'Rapat anggota koperasi.jpg'));
  await copyFile(fixture('plain.png'), join(dir, 'papan-informasi.PNG'));
  await writeFile(join(dir, 'palsu.jpg'), 'Ini catatan lapangan, bukan foto.\n');
  await writeFile(join(dir, 'budi.txt'), 'P: Bagaimana modal usaha?\nI: Modal kami dari KUR.\n');
});

describe('pilah import with photos', () => {
  it('adds photos beside a transcript, and info lists them with each document kind and medium', async () => {
    const made = await pilah(['import', 'budi.txt', 'Rapat anggota koperasi.jpg', 'papan-informasi.PNG', '--out', 'foto.qdpx', '--lang', 'en'], dir);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('1 transcript and 2 photos imported into foto.qdpx.');

    const shown = await pilah(['info', 'foto.qdpx', '--json'], dir);
    expect(shown.code).toBe(0);
    const info = JSON.parse(shown.stdout) as ProjectInfo;
    expect(info.pictures.map((p) => [p.title, p.caption])).toEqual([
      ['Rapat anggota koperasi', 'Rapat anggota koperasi'],
      ['papan-informasi', 'papan-informasi'],
    ]);
    const photo = info.documents.find((d) => d.id === info.pictures[0]!.id)!;
    expect(photo).toMatchObject({ kind: 'document', medium: 'picture', text: 'Rapat anggota koperasi' });
    expect(info.documents.find((d) => d.title === 'budi')).toMatchObject({ medium: 'text', kind: 'interview' });
  });

  it('refuses a fake .jpg with one sentence and a non-zero exit, leaving the project unchanged', async () => {
    await pilah(['import', 'budi.txt', '--out', 'tetap.qdpx'], dir);
    const before = await readFile(join(dir, 'tetap.qdpx'));
    const refused = await pilah(['import', 'palsu.jpg', 'Rapat anggota koperasi.jpg', '--out', 'tetap.qdpx', '--lang', 'en'], dir);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim()).toBe(
      'The file "palsu.jpg" is not a JPG or PNG photo (its content is another format even though its name says photo); save it again as .jpg or .png, then import it again.',
    );
    expect(await readFile(join(dir, 'tetap.qdpx'))).toEqual(before);
  });

  it('writes no new project when the only photo is fake (Indonesian sentence)', async () => {
    const refused = await pilah(['import', 'palsu.jpg', '--out', 'baru.qdpx', '--lang', 'id'], dir);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Berkas "palsu.jpg" bukan foto JPG atau PNG');
    expect(existsSync(join(dir, 'baru.qdpx'))).toBe(false);
  });
});
