/**
 * The CLI refuses rather than drops: a project file it cannot read whole is never rewritten
 * or copied with less in it, `info` says what it could not read, and an import that fails
 * exits non-zero having written nothing.
 */
import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeQdpx } from '../shared/refi';
import { realisticProject } from '../shared/refi/testing/realistic-project';
import type { ProjectInfo } from './commands/info';
import { makeLyingZipBomb } from '../test/fixtures/hostile-files';
import { pilah, type CliRun } from './testing/run-cli';

const pilahEn = (args: string[], cwd: string): Promise<CliRun> => pilah([...args, '--lang', 'en'], cwd);

/** The project file with its entries changed by `edit` (name → text). */
function tampered(bytes: Uint8Array, edit: (name: string, text: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  for (const name of ['project.qde', 'pilah/project.json']) files[name] = strToU8(edit(name, strFromU8(files[name]!)));
  return zipSync(files);
}

/** Pilah's extras with one field of the wrong type: the title a number. */
const wrongType = (name: string, text: string): string => {
  if (name !== 'pilah/project.json') return text;
  const extras = JSON.parse(text) as { project: { title: unknown } };
  extras.project.title = 42;
  return JSON.stringify(extras);
};

/** One coded selection moved far past the end of its transcript. */
const outOfRange = (name: string, text: string): string => (name === 'project.qde' ? text.replace(/endPosition="\d+"/, 'endPosition="999999"') : text);

const FOREIGN_QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Asing" origin="OtherTool 1.0">
  <CodeBook><Codes><Code guid="11111111-1111-4111-8111-111111111111" name="Modal" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="22222222-2222-4222-8222-222222222222" name="Rahasia" plainTextPath="internal://../../../etc/passwd">
      <PlainTextSelection guid="33333333-3333-4333-8333-333333333333" startPosition="0" endPosition="4"><Coding guid="44444444-4444-4444-8444-444444444444"><CodeRef targetGUID="11111111-1111-4111-8111-111111111111"/></Coding></PlainTextSelection>
    </TextSource>
    <TextSource guid="55555555-5555-4555-8555-555555555555" name="Hilang" plainTextPath="internal://tidak-ada.txt"/>
  </Sources>
</Project>`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-refuse-'));
  const good = writeQdpx(realisticProject());
  await writeFile(join(dir, 'tambahan-rusak.qdpx'), tampered(good, wrongType));
  await writeFile(join(dir, 'dua-masalah.qdpx'), tampered(good, (name, text) => outOfRange(name, wrongType(name, text))));
  await writeFile(join(dir, 'asing.qdpx'), zipSync({ 'project.qde': strToU8(FOREIGN_QDE) }));
  await writeFile(join(dir, 'budi.txt'), 'P: Bagaimana modal usaha?\nI: Modal kami dari KUR.\n');
  const chain = (depth: number) =>
    Array.from({ length: depth }, (_, i) => `<Code guid="00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}" name="k${i}" isCodable="true">`).join('') + '</Code>'.repeat(depth);
  const deep = (depth: number) => zipSync({ 'project.qde': strToU8(`<Project xmlns="urn:QDA-XML:project:1.0" name="Dalam" origin="OtherTool"><CodeBook><Codes>${chain(depth)}</Codes></CodeBook></Project>`) });
  await writeFile(join(dir, 'dalam.qdpx'), deep(50_000));
  await writeFile(join(dir, 'seratus.qdpx'), deep(100));
  await writeFile(join(dir, 'kode.csv'), 'Kode,Definisi\nModal,Sumber modal usaha\n');
  // Sparse: 201 MB on paper, nothing on disk. Read whole, it would cost the memory the check is there to save.
  await writeFile(join(dir, 'rekaman.txt'), '');
  await truncate(join(dir, 'rekaman.txt'), 201 * 1024 * 1024);
  await writeFile(join(dir, 'lama.txt'), Buffer.from('P: Caf\xe9 \x93Maju\x94 buka kapan?\r\nI: Sejak 2019.\r\n', 'latin1'));
});

const EXTRAS_UNREADABLE = "Pilah's extra data (pilah/project.json) could not be read; only the standard REFI-QDA part was opened";

describe('a project file Pilah cannot read whole is never rewritten with less', () => {
  it('refuses to add a transcript to a project whose extras have a field of the wrong type, leaving it byte for byte', async () => {
    const before = await readFile(join(dir, 'tambahan-rusak.qdpx'));
    const run = await pilahEn(['import', 'budi.txt', '--out', 'tambahan-rusak.qdpx'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `"tambahan-rusak.qdpx" holds parts Pilah could not read (${EXTRAS_UNREADABLE}), so no project file was written from it, as that would lose them; "tambahan-rusak.qdpx" is unchanged.\n`,
    );
    expect(Buffer.compare(await readFile(join(dir, 'tambahan-rusak.qdpx')), before)).toBe(0);
  });

  it('says so in Indonesian too', async () => {
    const run = await pilah(['import', 'budi.txt', '--out', 'tambahan-rusak.qdpx', '--lang', 'id'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^Berkas "tambahan-rusak\.qdpx" memuat bagian yang tidak dapat dibaca Pilah \(Data tambahan Pilah/);
  });

  it('refuses to copy it with export --qdpx, and writes nothing', async () => {
    const run = await pilahEn(['export', 'tambahan-rusak.qdpx', '--qdpx', 'salinan.qdpx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('"tambahan-rusak.qdpx" holds parts Pilah could not read');
    expect(existsSync(join(dir, 'salinan.qdpx'))).toBe(false);
  });

  it('info lists what it could not read, in the text and in --json beside the usual fields', async () => {
    const text = await pilahEn(['info', 'dua-masalah.qdpx'], dir);
    expect(text.code).toBe(0);
    const lines = text.stdout.trim().split('\n');
    expect(lines[1]).toBe('Could not be read:');
    expect(lines).toContain(`- ${EXTRAS_UNREADABLE}.`);
    expect(lines.some((l) => /^- 1 segment\(s\) \(.+\) skipped because they lie outside the text\.$/.test(l))).toBe(true);

    const json = await pilahEn(['info', 'dua-masalah.qdpx', '--json'], dir);
    const info = JSON.parse(json.stdout) as ProjectInfo;
    expect(info.documents).toHaveLength(2);
    expect(info.warnings.map((w) => [w.code, w.count])).toEqual([
      ['unreadable-extras', 1],
      ['skipped-selections', 1],
    ]);
    expect(info.warnings[0]!.message).toBe(`${EXTRAS_UNREADABLE}.`);
  });

  it('info of a sound project reports no warnings', async () => {
    await writeFile(join(dir, 'utuh.qdpx'), writeQdpx(realisticProject()));
    const json = JSON.parse((await pilahEn(['info', 'utuh.qdpx', '--json'], dir)).stdout) as ProjectInfo;
    expect(json.warnings).toEqual([]);
    expect((await pilahEn(['info', 'utuh.qdpx'], dir)).stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('failed imports exit non-zero and write nothing', () => {
  it('refuses another tool’s project whose transcripts point outside the archive or are missing', async () => {
    const run = await pilahEn(['import', 'asing.qdpx', '--out', 'konversi.qdpx'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('"asing.qdpx" was not converted because 2 transcript(s) it refers to are not inside it or point outside it (Rahasia, Hilang); nothing was written.\n');
    expect(existsSync(join(dir, 'konversi.qdpx'))).toBe(false);
  });

  it('refuses a project with codes nested 50,000 deep with one sentence, and opens one 100 deep', async () => {
    const run = await pilahEn(['import', 'dalam.qdpx', '--out', 'dalam-pilah.qdpx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '"dalam.qdpx" was refused because its codes or elements are nested more than 100 levels deep, far beyond any real project; the file is damaged or made to overload Pilah.\n',
    );
    expect(existsSync(join(dir, 'dalam-pilah.qdpx'))).toBe(false);
    const ok = await pilahEn(['import', 'seratus.qdpx', '--out', 'seratus-pilah.qdpx'], dir);
    expect(ok.code).toBe(0);
    const info = JSON.parse((await pilahEn(['info', 'seratus-pilah.qdpx', '--json'], dir)).stdout) as ProjectInfo;
    expect(info.codes).toHaveLength(100);
  });

  it('refuses a .csv codebook with one sentence and leaves the project as it was', async () => {
    await pilahEn(['import', 'budi.txt', '--out', 'dengan-csv.qdpx'], dir);
    const before = await readFile(join(dir, 'dengan-csv.qdpx'));
    const run = await pilahEn(['import', 'kode.csv', '--out', 'dengan-csv.qdpx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('"kode.csv"');
    expect(Buffer.compare(await readFile(join(dir, 'dengan-csv.qdpx')), before)).toBe(0);
    const fresh = await pilahEn(['import', 'kode.csv', '--out', 'baru-csv.qdpx'], dir);
    expect(fresh.code).toBe(1);
    expect(existsSync(join(dir, 'baru-csv.qdpx'))).toBe(false);
  });
});

describe('transcripts: size first, and how they were read', () => {
  it('refuses a huge .txt by its size on disk, with the transcript limit, before reading it', async () => {
    const run = await pilahEn(['import', 'rekaman.txt', '--out', 'besar.qdpx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('The file "rekaman.txt" is too large (over 20 MB); split the transcript into several files or remove its images, then import it again.\n');
    expect(existsSync(join(dir, 'besar.qdpx'))).toBe(false);
  });

  it('refuses a .docx whose zip understates its sizes as a zip bomb (Node\'s inflater counting the bytes), writing nothing', async () => {
    await writeFile(join(dir, 'bom.docx'), makeLyingZipBomb());
    const run = await pilahEn(['import', 'bom.docx', '--out', 'bom.qdpx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'The file "bom.docx" would expand to an enormous size when opened, so it was refused for safety; save the document again in Word, then import it again.\n',
    );
    expect(existsSync(join(dir, 'bom.qdpx'))).toBe(false);
  });

  it('says when a .txt was read as Windows-1252', async () => {
    const run = await pilahEn(['import', 'lama.txt', '--out', 'lama.qdpx'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The file "lama.txt" is not valid UTF-8, so it was read as Windows-1252;');
    const info = JSON.parse((await pilahEn(['info', 'lama.qdpx', '--json'], dir)).stdout) as ProjectInfo;
    expect(info.documents[0]!.text).toContain('Café “Maju”');
  });
});
