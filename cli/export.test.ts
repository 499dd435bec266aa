/**
 * `pilah demo` and `pilah export` as a user runs them: a real process, real files read back
 * (the appendix with mammoth and its XML, the workbook with exceljs, project files with the
 * REFI-QDA reader), and failures that leave no output behind.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { readQdc, readQdpx, writeQdpx } from '../shared/refi';
import { buildSampleProject, sampleFiles, type SampleSpec } from '../shared/samples';
import { pilah, type CliRun } from './testing/run-cli';

const REFI_SAMPLES = resolve('../shared/refi-qda/samples');

interface Appendix {
  text: string;
  titles: string[];
  captions: string[];
  orientations: string[];
}

async function readAppendix(path: string): Promise<Appendix> {
  const bytes = await readFile(path);
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  const styled = (style: string): string[] =>
    [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)]
      .filter((m) => m[1]!.includes(`<w:pStyle w:val="${style}"/>`))
      .map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  return {
    text: (await mammoth.extractRawText({ buffer: bytes })).value,
    titles: styled('Heading1'),
    captions: styled('Caption'),
    orientations: [...xml.matchAll(/<w:pgSz [^>]*w:orient="(\w+)"/g)].map((m) => m[1]!),
  };
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(path);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer as never);
  return workbook;
}

const sampleSpec = async (slug: string): Promise<SampleSpec> => JSON.parse(await readFile(resolve('samples', slug, 'sample.json'), 'utf8')) as SampleSpec;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-export-'));
});

describe('pilah demo', () => {
  let run: CliRun;
  beforeAll(async () => {
    run = await pilah(['demo', '--out', 'demo', '--lang', 'id'], dir);
  }, 60_000);

  it('writes a project file, an appendix and a workbook for each sample', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const slugs = ['kelompok-seni-woolcock', 'koperasi-umkm-kabupaten', 'umkm-kota-edward3'];
    expect((await readdir(join(dir, 'demo'))).sort()).toEqual(
      slugs.flatMap((slug) => [`${slug}-lampiran.docx`, `${slug}-matriks.xlsx`, `${slug}.qdpx`]).sort(),
    );
    for (const slug of slugs) expect(run.stdout).toContain(`${slug}-lampiran.docx`);
  });

  it('saves each sample whole, its analysis included', async () => {
    const spec = await sampleSpec('koperasi-umkm-kabupaten');
    const { snapshot } = readQdpx(new Uint8Array(await readFile(join(dir, 'demo', 'koperasi-umkm-kabupaten.qdpx'))));
    expect(snapshot.project.title).toBe(spec.title);
    // The transcripts' codings and the fieldwork photo's.
    expect(snapshot.segments).toHaveLength(spec.codings.length + (spec.pictures ?? []).reduce((n, p) => n + p.codings.length, 0));
    expect(snapshot.cellSummaries).toHaveLength(spec.summaries!.length);
    expect(snapshot.conclusions).toHaveLength(spec.conclusions!.length);
  });

  it('writes every part of the appendix in the method’s order, the matrices on landscape pages', async () => {
    const doc = await readAppendix(join(dir, 'demo', 'koperasi-umkm-kabupaten-lampiran.docx'));
    expect(doc.titles).toEqual([
      'Lampiran 1. Pedoman wawancara',
      'Lampiran 2. Pedoman observasi',
      'Lampiran 3. Pedoman dokumentasi',
      'Lampiran 4. Daftar informan',
      'Lampiran 5. Buku kode',
      'Lampiran 6. Matriks reduksi data',
      'Lampiran 7. Matriks penyajian data',
      'Lampiran 8. Tabel triangulasi sumber',
      'Lampiran 9. Tabel triangulasi teknik',
      'Lampiran 10. Kesimpulan',
      'Lampiran 11. Segmen berkode per kode',
      'Lampiran 12. Transkrip bernomor baris',
      'Lampiran 13. Dokumentasi penelitian',
    ]);
    expect(doc.orientations).toEqual([
      'portrait', 'portrait', 'portrait', 'portrait', 'portrait', 'landscape', 'landscape', 'landscape', 'landscape', 'landscape', 'portrait', 'portrait', 'portrait',
    ]);
    // The Perbup is a source column of its own: the reduction matrix splits before it.
    expect(doc.captions).toContain('Tabel L6.1 Matriks Reduksi Data Pemberdayaan (I1–I4)');
    expect(doc.captions).toContain('Tabel L6.2 Matriks Reduksi Data Pemberdayaan (I5–Dokumen)');
    // The sample's summary, typed with "&", and its conclusion are in the matrices.
    expect(doc.text).toContain('Dua kali ikut & materinya bermanfaat (kemasan baru membuka dua toko oleh-oleh), tetapi merasa dilepas tanpa pemantauan.');
    expect(doc.text).toContain('Akses KUR terhambat agunan dan SLIK; dinas hanya menjembatani, sehingga pelaku usaha yang ditolak bank beralih ke rentenir.');
    // The Perbup, the fair's photo and the technique verdict the sample gained are there too.
    expect(doc.text).toContain('Perbup 12/2022 Pasal 7: dinas memfasilitasi KUR dan menyediakan konsultasi permodalan.');
    expect(doc.text).toContain('Gelar Produk UMKM saat car free day');
    expect(doc.text).toContain('Perbup 12/2022 Pasal 7 menjanjikan konsultasi permodalan di kantor dinas');
  });

  it('writes a workbook of every matrix', async () => {
    const workbook = await readWorkbook(join(dir, 'demo', 'umkm-kota-edward3-matriks.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Reduksi data', 'Matriks konseptual', 'Matriks tertata peran', 'Jumlah segmen', 'Ko-okurensi', 'Triangulasi sumber', 'Triangulasi teknik', 'Kesimpulan',
    ]);
    const conclusions = workbook.getWorksheet('Kesimpulan')!;
    expect(conclusions.getRow(2).getCell(3).text).toBe('Implementasi kebijakan');
    expect(conclusions.getRow(2).getCell(5).text).toBe('Belum optimal');
  });
});

describe('pilah export', () => {
  let project: string;
  beforeAll(async () => {
    const spec = await sampleSpec('umkm-kota-edward3');
    const texts = Object.fromEntries(
      await Promise.all(sampleFiles(spec).map(async (file) => [file, await readFile(resolve('samples', spec.slug, file), 'utf8')] as const)),
    );
    project = join(dir, 'kota.qdpx');
    await writeFile(project, writeQdpx(await buildSampleProject(spec, texts)));
    // The same project as another tool would hold it: no Pilah extras, informants as Cases.
    await writeFile(join(dir, 'standar.qdpx'), writeQdpx(await buildSampleProject(spec, texts), { standardOnly: true }));
  });

  it('writes the chosen parts in the chosen order, in English, with the workbook beside it', async () => {
    const run = await pilah(['export', 'kota.qdpx', '--docx', 'pilihan.docx', '--xlsx', 'pilihan.xlsx', '--parts', 'conclusions,informants', '--lang', 'en'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual(['Written: pilihan.docx', 'Written: pilihan.xlsx']);
    const doc = await readAppendix(join(dir, 'pilihan.docx'));
    expect(doc.titles).toEqual(['Appendix 1. Conclusions', 'Appendix 2. Informant list']);
    expect(doc.orientations).toEqual(['landscape', 'portrait']);
    expect(doc.captions[0]).toBe('Table A1.1 Conclusions: Policy implementation');
    expect(doc.text).toContain('Not yet optimal');
    expect((await readWorkbook(join(dir, 'pilihan.xlsx'))).worksheets.map((s) => s.name)[0]).toBe('Data reduction');
  }, 30_000);

  it('takes the informants of a standard REFI-QDA project from its Cases, their group and position included', async () => {
    const run = await pilah(['export', 'standar.qdpx', '--docx', 'standar.docx', '--parts', 'informants,displays', '--lang', 'id'], dir);
    expect(run.code).toBe(0);
    const doc = await readAppendix(join(dir, 'standar.docx'));
    const spec = await sampleSpec('umkm-kota-edward3');
    for (const informant of spec.informants) {
      expect(doc.text).toContain(`${informant.name} (${informant.label})`);
      expect(doc.text).toContain(informant.position);
    }
    // The role-ordered matrix has a column per informant group, read from the Cases' variables.
    const header = doc.text.split('\n\n').map((p) => p.trim());
    const at = header.indexOf('Tabel L2.2 Matriks Tertata Peran Implementasi kebijakan menurut Kelompok Informan');
    expect(at).toBeGreaterThan(0);
    expect(header.slice(at + 3, at + 6)).toEqual(spec.informantGroups);
  }, 30_000);

  it.each([
    // Only its codebook opens (its sources are PDFs): the parts without data are left out, not printed empty.
    ['atlasti-mac-8.4_spec-example.qdpx', /Not opened:[\s\S]*PDF/, [] as string[], 1],
    // Its two transcripts run to 1.2 million characters: left out here to keep the test quick.
    // No informants and no conclusions in it: five of the seven parts asked for have data.
    ['nvivo-win-12.6_oltas0517.qdpx', /^$/, ['--parts', 'informants,codebook,reduction,displays,triangulation,conclusions,segments'], 5],
  ])('exports another tool’s project %s, listing what it could not open', async (file, leftOut, parts, count) => {
    const out = `${file}.docx`;
    const run = await pilah(['export', join(REFI_SAMPLES, file), '--docx', out, '--xlsx', `${file}.xlsx`, '--lang', 'en', ...parts], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(leftOut);
    const doc = await readAppendix(join(dir, out));
    expect(doc.titles).toHaveLength(count);
    expect((await readWorkbook(join(dir, `${file}.xlsx`))).worksheets).toHaveLength(7);
  }, 30_000);

  it('writes a standard-only project file and a codebook that read back', async () => {
    const run = await pilah(['export', 'kota.qdpx', '--qdpx', 'salinan.qdpx', '--standard', '--qdc', 'kode.qdc'], dir);
    expect(run.code).toBe(0);
    const bytes = new Uint8Array(await readFile(join(dir, 'salinan.qdpx')));
    expect(Object.keys(unzipSync(bytes)).some((name) => name.startsWith('pilah/'))).toBe(false);
    const original = readQdpx(new Uint8Array(await readFile(project))).snapshot;
    const copy = readQdpx(bytes).snapshot;
    expect(copy.segments).toHaveLength(original.segments.length);
    expect(copy.informants.map((i) => i.name).sort()).toEqual(original.informants.map((i) => i.name).sort());
    const codebook = readQdc(new Uint8Array(await readFile(join(dir, 'kode.qdc'))));
    expect(codebook.codes.map((c) => c.label.id).sort()).toEqual(original.codes.map((c) => c.label.id).sort());
  }, 30_000);
});

describe('pilah export refuses clearly and writes nothing', () => {
  it.concurrent.each([
    ['an unknown part, listing it and the known ones', ['--docx', 'a.docx', '--parts', 'informants,grafik'], 2, /grafik.*informants, codebook, reduction/],
    ['no output named', [], 2, /--docx/],
    ['a wrong extension', ['--docx', 'a.doc'], 2, /a\.doc.*\.docx/],
    ['--standard without --qdpx', ['--docx', 'a.docx', '--standard'], 2, /--standard/],
    ['an unknown citation style', ['--docx', 'a.docx', '--citation', 'apa'], 2, /apa/],
    ['a folder that does not exist', ['--docx', 'tidak-ada/a.docx', '--xlsx', 'a.xlsx'], 1, /tidak-ada/],
  ])('%s', async (_case, options, code, message) => {
    const out = await mkdtemp(join(dir, 'gagal-'));
    const run = await pilah(['export', join(dir, 'kota.qdpx'), ...options], out);
    expect(run.code).toBe(code);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(await readdir(out)).toEqual([]);
  });

  it('never writes over the project it reads', async () => {
    const before = await readFile(join(dir, 'kota.qdpx'));
    const run = await pilah(['export', 'kota.qdpx', '--qdpx', './kota.qdpx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('kota.qdpx');
    expect(Buffer.compare(await readFile(join(dir, 'kota.qdpx')), before)).toBe(0);
  });

  it('names a damaged project file in one sentence and writes neither output', async () => {
    const out = join(dir, 'rusak');
    await mkdir(out);
    const whole = await readFile(join(dir, 'kota.qdpx'));
    await writeFile(join(out, 'rusak.qdpx'), whole.subarray(0, Math.floor(whole.length / 2)));
    const run = await pilah(['export', 'rusak.qdpx', '--docx', 'a.docx', '--xlsx', 'a.xlsx', '--lang', 'id'], out);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('rusak.qdpx');
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(existsSync(join(out, 'a.docx')) || existsSync(join(out, 'a.xlsx'))).toBe(false);
    expect(await readdir(out)).toEqual(['rusak.qdpx']);
  });

  it('needs a folder for the demo', async () => {
    const run = await pilah(['demo'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out/);
  });
});
