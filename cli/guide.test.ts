/**
 * `pilah export p.qdpx --guide pedoman.docx` as a student runs it: the research instruments
 * written as one Word document for the proposal, read back paragraph by paragraph.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../shared/appendix/read-docx';
import { createGuide, editGuideItemText, instrumentsOf, setGuideAudience } from '../shared/instruments';
import { projectWithGuide, rootOf, run } from '../shared/instruments/test-support';
import type { ProjectState } from '../shared/model/changeset';
import { snapshotFromState, stateFromSnapshot } from '../shared/model/changeset';
import { childrenOf, codeLabel } from '../shared/project/code-tree';
import { createProject } from '../shared/project';
import { writeQdpx } from '../shared/refi';
import { pilah } from './testing/run-cli';

let dir: string;
let state: ProjectState;
const EDITED = 'Dari mana Bapak/Ibu pertama kali mendengar tentang program ini?';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-guide-'));
  state = projectWithGuide('empowerment');
  const socialisation = Object.values(state.codes).find((c) => c.label.id === 'Sosialisasi program')!;
  const question = instrumentsOf(state).items.find((i) => i.kind === 'interview' && i.codeId === socialisation.id)!;
  state = run(state, 'editGuideItem', (s) => editGuideItemText(s, question.id, 'id', EDITED));
  state = run(state, 'setGuideAudience', (s) => setGuideAudience(s, question.id, [], ['Pelaku UMKM']));
  await writeFile(join(dir, 'p.qdpx'), writeQdpx(snapshotFromState(state)));
  const bare = stateFromSnapshot(createProject({ title: 'Tanpa pedoman', frameworks: ['edward3'] }));
  await writeFile(join(dir, 'bare.qdpx'), writeQdpx(snapshotFromState(bare)));
}, 60_000);

const indicators = (s: ProjectState): { dimension: string; indicator: string }[] =>
  childrenOf(s, rootOf(s, 'empowerment')).flatMap((d) =>
    childrenOf(s, d.id).map((i) => ({ dimension: codeLabel(d, 'id'), indicator: codeLabel(i, 'id') })),
  );

describe('pilah export --guide', () => {
  it('writes the interview guide with a numbered question and its follow-ups under every indicator, grouped by dimension', async () => {
    const result = await pilah(['export', 'p.qdpx', '--guide', 'pedoman.docx', '--lang', 'id'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('pedoman.docx');
    const doc = readDocx(new Uint8Array(await readFile(join(dir, 'pedoman.docx'))));
    const texts = doc.paragraphs.map(([, text]) => text);
    const titles = doc.paragraphs.filter(([style]) => style === 'Heading1').map(([, text]) => text);
    expect(titles).toEqual(['PEDOMAN WAWANCARA', 'PEDOMAN OBSERVASI', 'PEDOMAN DOKUMENTASI']);
    expect(doc.paragraphs.filter(([style]) => style === 'Heading3').map(([, t]) => t)).toEqual(['A. Enabling', 'B. Empowering', 'C. Protecting', 'Penutup']);

    // Every indicator of the framework, in the framework's order, each followed by a numbered question and a lettered follow-up.
    let at = 0;
    let number = 1;
    for (const { indicator } of indicators(state)) {
      at = texts.indexOf(`Indikator: ${indicator}`, at);
      expect(at, indicator).toBeGreaterThan(0);
      expect(texts[at + 1]).toMatch(new RegExp(`^${number}\\.\\t\\S.*\\?`));
      expect(texts[at + 2]).toMatch(/^a\.\t\S/);
      number++;
    }
    expect(texts).toContain(`1.\t${EDITED} (Untuk: Pelaku UMKM)`);
    expect(texts).toContain('Nama informan\t: ……………………………………');
    // The observation and documentation guides are checklists with Ada/Tidak columns.
    expect(doc.tables.map((t) => t.caption)).toEqual(['Tabel 1 Pedoman Observasi', 'Tabel 2 Pedoman Dokumentasi']);
    expect(doc.tables[0]!.rows[0]!.map((c) => c.text)).toEqual(['No', 'Indikator', 'Aspek yang diamati', 'Lokasi', 'Ada', 'Tidak', 'Keterangan']);
    expect(doc.tables[1]!.rows.some((r) => r[2]?.text === 'Perda/Perbup/Perwali tentang pemberdayaan UMKM')).toBe(true);
  });

  it('writes the guide in English with --lang en, the student’s own wording kept', async () => {
    const result = await pilah(['export', 'p.qdpx', '--guide', 'guide.docx', '--lang', 'en'], dir);
    expect(result.code).toBe(0);
    const doc = readDocx(new Uint8Array(await readFile(join(dir, 'guide.docx'))));
    const texts = doc.paragraphs.map(([, text]) => text);
    expect(doc.paragraphs.filter(([style]) => style === 'Heading1').map(([, t]) => t)).toEqual(['INTERVIEW GUIDE', 'OBSERVATION GUIDE', 'DOCUMENTATION GUIDE']);
    expect(texts).toContain('Indicator: Training');
    expect(texts).toContain('Indicator: Protection from unequal competition');
    expect(texts.some((t) => /^\d+\.\tWhat training has been given in the last two years\?$/.test(t))).toBe(true);
    // Edited in Indonesian only: English shows the student's question, not the old default.
    expect(texts).toContain(`1.\t${EDITED} (For: Pelaku UMKM)`);
  });

  it('adds a second framework to the guide when the student adds it', async () => {
    const both = run(state, 'createGuide', (s) => createGuide(s, rootOf(s, 'factors')));
    await writeFile(join(dir, 'both.qdpx'), writeQdpx(snapshotFromState(both)));
    expect((await pilah(['export', 'both.qdpx', '--guide', 'both.docx', '--lang', 'id'], dir)).code).toBe(0);
    const doc = readDocx(new Uint8Array(await readFile(join(dir, 'both.docx'))));
    const h2 = doc.paragraphs.filter(([style]) => style === 'Heading2').map(([, t]) => t);
    expect(h2).toEqual(['Pemberdayaan', 'Faktor']);
  });

  it('refuses a project without instruments in one sentence, and writes nothing', async () => {
    const result = await pilah(['export', 'bare.qdpx', '--guide', 'none.docx', '--lang', 'id'], dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Proyek ini belum memiliki instrumen penelitian.');
    expect(existsSync(join(dir, 'none.docx'))).toBe(false);
  });
});
