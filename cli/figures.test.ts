/**
 * `pilah export p.qdpx --figures <folder>` and the figures in `--chapter`, as a student runs
 * them: real PNG files drawn by resvg, the same pictures inside the Word draft.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../shared/appendix/read-docx';
import { analysedProject } from '../shared/appendix/test-support';
import { chapterFigures, chapterSentence } from '../shared/chapter';
import { snapshotFromState, stateFromSnapshot } from '../shared/model/changeset';
import { createProject } from '../shared/project';
import { writeQdpx } from '../shared/refi';
import { pilah } from './testing/run-cli';

let dir: string;
const fixture = analysedProject();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-figures-'));
  await writeFile(join(dir, 'p.qdpx'), writeQdpx(snapshotFromState(fixture.state)));
  const bare = stateFromSnapshot(createProject({ title: 'Tanpa kode', frameworks: [] }));
  await writeFile(join(dir, 'bare.qdpx'), writeQdpx(snapshotFromState(bare)));
}, 60_000);

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('pilah export --figures', () => {
  it('writes each figure as .svg and .png, and places the same PNG pictures in the Bab IV draft', async () => {
    const result = await pilah(['export', 'p.qdpx', '--figures', 'gambar', '--chapter', 'bab4.docx', '--lang', 'id'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const names = ['frekuensi-kode-pemberdayaan', 'model-temuan-pemberdayaan'];
    expect((await readdir(join(dir, 'gambar'))).sort()).toEqual(names.flatMap((n) => [`${n}.png`, `${n}.svg`]).sort());
    expect(result.stdout).toContain(join('gambar', 'model-temuan-pemberdayaan.png'));
    const figures = chapterFigures(fixture.state, 'id', chapterSentence('id'));
    const pngs: Uint8Array[] = [];
    for (const [i, name] of names.entries()) {
      expect(await readFile(join(dir, 'gambar', `${name}.svg`), 'utf8')).toBe(figures[i]!.svg);
      const png = new Uint8Array(await readFile(join(dir, 'gambar', `${name}.png`)));
      expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // Drawn at twice the picture's size, for print.
      expect(pngSize(png)).toEqual({ width: figures[i]!.width * 2, height: figures[i]!.height * 2 });
      pngs.push(png);
    }
    // The draft holds the same two pictures, in order, under "Gambar 4.1" and "Gambar 4.2".
    const bytes = new Uint8Array(await readFile(join(dir, 'bab4.docx')));
    const files = unzipSync(bytes);
    const document = strFromU8(files['word/document.xml']!);
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    const targets = new Map([...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, `word/${m[2]!}`]));
    const placed = [...document.matchAll(/<a:blip r:embed="([^"]+)"/g)].map((m) => files[targets.get(m[1]!)!]!);
    expect(placed.map((p) => [...p])).toEqual(pngs.map((p) => [...p]));
    const captions = readDocx(bytes).paragraphs.filter(([style]) => style === 'Caption').map(([, text]) => text);
    expect(captions).toEqual(['Gambar 4.1 Frekuensi Kode per Kelompok Informan pada Pemberdayaan', 'Gambar 4.2 Model Temuan Penelitian Pemberdayaan']);
  }, 60_000);

  it('names the figures in English with --lang en', async () => {
    const result = await pilah(['export', 'p.qdpx', '--figures', 'figures-en', '--lang', 'en'], dir);
    expect(result.code).toBe(0);
    expect((await readdir(join(dir, 'figures-en'))).sort()).toEqual(['code-frequency-empowerment.png', 'code-frequency-empowerment.svg', 'findings-model-empowerment.png', 'findings-model-empowerment.svg']);
    expect(await readFile(join(dir, 'figures-en', 'findings-model-empowerment.svg'), 'utf8')).toContain('>not concluded yet</tspan>');
  }, 60_000);

  it('refuses a project with no framework to draw in one sentence, and writes nothing', async () => {
    const result = await pilah(['export', 'bare.qdpx', '--figures', 'kosong', '--lang', 'id'], dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Proyek ini belum memiliki kerangka teori dengan dimensi, jadi tidak ada gambar BAB IV yang dapat dibuat.');
    expect(existsSync(join(dir, 'kosong'))).toBe(false);
  }, 60_000);
});
