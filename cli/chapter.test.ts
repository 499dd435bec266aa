/**
 * `pilah export p.qdpx --chapter bab4.docx` as a student runs it: the Bab IV draft written
 * from the project file, read back paragraph by paragraph.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../shared/appendix/read-docx';
import { analysedProject } from '../shared/appendix/test-support';
import { snapshotFromState, stateFromSnapshot } from '../shared/model/changeset';
import { createProject } from '../shared/project';
import { writeQdpx } from '../shared/refi';
import { pilah } from './testing/run-cli';

let dir: string;
const fixture = analysedProject();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-chapter-'));
  await writeFile(join(dir, 'p.qdpx'), writeQdpx(snapshotFromState(fixture.state)));
  const bare = stateFromSnapshot(createProject({ title: 'Tanpa kode', frameworks: [] }));
  await writeFile(join(dir, 'bare.qdpx'), writeQdpx(snapshotFromState(bare)));
}, 60_000);

/** The paragraphs between the heading `label` and the next heading. */
function under(paragraphs: [string, string][], label: string): string[] {
  const at = paragraphs.findIndex(([style, text]) => style.startsWith('Heading') && text === label);
  expect(at, label).toBeGreaterThanOrEqual(0);
  const next = paragraphs.findIndex(([style], i) => i > at && style.startsWith('Heading'));
  return paragraphs.slice(at + 1, next < 0 ? undefined : next).map(([, text]) => text);
}

describe('pilah export --chapter', () => {
  it('writes the Bab IV draft: the stored conclusion and verdict, each quote verbatim with its citation', async () => {
    const result = await pilah(['export', 'p.qdpx', '--chapter', 'bab4.docx', '--lang', 'id'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('bab4.docx');
    const doc = readDocx(new Uint8Array(await readFile(join(dir, 'bab4.docx'))));
    expect(doc.paragraphs[0]).toEqual(['Heading1', 'BAB IV\nHASIL PENELITIAN DAN PEMBAHASAN']);
    const texts = under(doc.paragraphs, 'Sosialisasi program');
    expect(texts).toContain('Sosialisasi berjenjang <tetapi> tidak merata & lambat 😔');
    expect(texts).toContain('Penilaian indikator Sosialisasi program: Cukup optimal.');
    const { segments, documents } = fixture;
    const words = documents.kabid.text.slice(segments.sosialisasi.start, segments.sosialisasi.end).replace(/\s*\n\s*/g, ' ');
    expect(texts).toContain(`“${words}” (Wawancara dengan Ibu Sri Rahayu, Kepala Bidang Pemberdayaan UMKM, 14 November 2023)`);
    expect(under(doc.paragraphs, 'Motivasi dan pengarahan')).toContain('[Tulis kesimpulan indikator ini]');
  });

  it('writes the draft in English with --lang en, line citations with --citation line', async () => {
    const result = await pilah(['export', 'p.qdpx', '--chapter', 'chapter4.docx', '--lang', 'en', '--citation', 'line'], dir);
    expect(result.code).toBe(0);
    const doc = readDocx(new Uint8Array(await readFile(join(dir, 'chapter4.docx'))));
    expect(doc.paragraphs[0]).toEqual(['Heading1', 'CHAPTER IV\nFINDINGS AND DISCUSSION']);
    const texts = under(doc.paragraphs, 'Programme socialisation');
    expect(texts).toContain('Assessment of the indicator Programme socialisation: Fairly optimal.');
    expect(texts).toContain('“Dari tetangga, saya tidak masuk grup.” (I2, line 2)');
    expect(under(doc.paragraphs, 'Motivation and direction')).toContain("[Write this indicator's conclusion]");
  });

  it('refuses a project without codes in one sentence, and writes nothing', async () => {
    const result = await pilah(['export', 'bare.qdpx', '--chapter', 'none.docx', '--lang', 'id'], dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Proyek ini belum memiliki kode, jadi draf BAB IV tidak dapat disusun.');
    expect(existsSync(join(dir, 'none.docx'))).toBe(false);
  });
});
