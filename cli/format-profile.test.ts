/**
 * `pilah export … --format`: the appendix follows a profile file (or a built-in profile, or the
 * profile saved in the project), and a bad profile file stops the command with one sentence
 * naming the file and the field, before any file is written.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInProfile, formatProfileJson, type FormatProfile } from '../shared/appendix';
import { readDocx } from '../shared/appendix/read-docx';
import { writeQdpx } from '../shared/refi';
import { realisticProject } from '../shared/refi/testing/realistic-project';
import { pilah } from './testing/run-cli';

const cohort: FormatProfile = {
  name: 'FIA angkatan 2024',
  settings: {
    ...builtInProfile('umum', 'id').settings,
    margins: { top: 4, left: 3, bottom: 3, right: 3 },
    lineSpacing: 2,
    appendixNumbering: 'letter',
    headingCase: 'upper',
    sourceNoteText: 'Hasil wawancara peneliti',
  },
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-format-'));
  await writeFile(join(dir, 'proyek.qdpx'), writeQdpx(realisticProject()));
  const saved = realisticProject();
  saved.project.settings.formatProfile = builtInProfile('klasik', 'id');
  await writeFile(join(dir, 'tersimpan.qdpx'), writeQdpx(saved));
  await writeFile(join(dir, 'fia.json'), formatProfileJson(cohort));
});

async function appendix(file: string) {
  const doc = readDocx(new Uint8Array(await readFile(join(dir, file))));
  const texts = (style: string) => doc.paragraphs.filter(([s]) => s === style).map(([, text]) => text);
  return {
    titles: texts('Heading1'),
    captions: texts('Caption'),
    notes: texts('PilahSourceNote'),
    margins: /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(doc.document)!.slice(1).map(Number),
    line: Number(/<w:pPrDefault><w:pPr><w:spacing [^>]*w:line="(\d+)"/.exec(doc.styles)![1]),
  };
}

describe('pilah export --format', () => {
  it('writes the appendix in the profile file’s format', async () => {
    const run = await pilah(['export', 'proyek.qdpx', '--docx', 'fia.docx', '--parts', 'informants,codebook', '--format', 'fia.json', '--lang', 'id'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const read = await appendix('fia.docx');
    expect(read.margins).toEqual([2268, 1701, 1701, 1701]); // top, right, bottom, left: 4-3-3-3 cm
    expect(read.line).toBe(480);
    expect(read.titles).toEqual(['LAMPIRAN A. DAFTAR INFORMAN', 'LAMPIRAN B. BUKU KODE']);
    expect(read.captions[0]).toBe('Tabel A.1 Daftar Informan Penelitian');
    expect(read.captions[1]).toMatch(/^Tabel B\.1 /);
    expect(read.notes[0]).toMatch(/^Sumber: Hasil wawancara peneliti, \d{4}$/);
  });

  it('follows the profile saved in the project, and a built-in profile by name', async () => {
    const saved = await pilah(['export', 'tersimpan.qdpx', '--docx', 'tersimpan.docx', '--parts', 'informants,codebook', '--lang', 'id'], dir);
    expect(saved.code).toBe(0);
    const klasik = await appendix('tersimpan.docx');
    expect(klasik.titles).toEqual(['LAMPIRAN 1. DAFTAR INFORMAN', 'LAMPIRAN 2. BUKU KODE']);
    expect(klasik.captions[0]).toBe('Tabel 1.1 Daftar Informan Penelitian');
    expect(klasik.line).toBe(480);

    const named = await pilah(['export', 'tersimpan.qdpx', '--docx', 'berurutan.docx', '--parts', 'informants', '--format', 'berurutan', '--lang', 'en'], dir);
    expect(named.code).toBe(0);
    const berurutan = await appendix('berurutan.docx');
    expect(berurutan.titles).toEqual(['Appendix A. Informant List']);
    expect(berurutan.captions[0]).toBe('Table A.1 Research Informants');
    expect(berurutan.line).toBe(360);
  });

  it.each([
    ['rusak.json', '{"kind": "pilah-format-profile", "name": ', 'id', 'Profil format "rusak.json" ditolak: isinya bukan JSON yang sah.'],
    [
      'margin.json',
      formatProfileJson({ ...cohort, settings: { ...cohort.settings, margins: { ...cohort.settings.margins, top: 0.2 } } }),
      'en',
      'The format profile "margin.json" was refused: the field "settings.margins.top" must be a number from 1 to 6.',
    ],
    [
      'jenis.json',
      formatProfileJson(cohort).replace('"lineSpacing": 2', '"lineSpacing": "dua"'),
      'id',
      'Profil format "jenis.json" ditolak: kolom "settings.lineSpacing" harus salah satu dari 1.5, 2.',
    ],
  ])('refuses %s in one sentence, exits non-zero and writes nothing', async (file, text, lang, sentence) => {
    await writeFile(join(dir, file), text);
    const out = `${file}.docx`;
    const run = await pilah(['export', 'proyek.qdpx', '--docx', out, '--xlsx', `${file}.xlsx`, '--format', file, '--lang', lang], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${sentence}\n`);
    expect(run.stdout).toBe('');
    expect(existsSync(join(dir, out))).toBe(false);
    expect(existsSync(join(dir, `${file}.xlsx`))).toBe(false);
  });

  it('names a profile file that is not there', async () => {
    const run = await pilah(['export', 'proyek.qdpx', '--docx', 'x.docx', '--format', 'tidak-ada.json', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('tidak-ada.json');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});
