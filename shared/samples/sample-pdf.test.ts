/**
 * The documentation PDF of each sample (written for Pilah: the Wirabumi LKjIP, the Randuwangi
 * Perbup, the Sekar Kembang activity report): built into the demo project as a student's PDF
 * would be (pages, issuer, date, number), coded, and cited by its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citeSegment } from '../appendix/citation';
import { createContext } from '../appendix/context';
import { resolveFormat } from '../appendix/format';
import { stateFromSnapshot } from '../model/changeset';
import { buildSampleProject, sampleFiles, samplePdfFiles, type SampleSpec } from './index';

const cases = [
  {
    slug: 'umkm-kota-edward3',
    file: 'dokumen/lkjip-diskumdag-wirabumi-2023.pdf',
    title: 'LKjIP Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi Tahun 2023',
    sourceInfo: { issuer: 'Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi', date: '2024-02-29', number: '050/112/DKUMP/2024' },
    page2: /^BAB II CAPAIAN KINERJA\n/,
    pagesCited: ['hlm. 2'],
  },
  {
    slug: 'koperasi-umkm-kabupaten',
    file: 'dokumen/perbup-randuwangi-12-2022-pemberdayaan-umkm.pdf',
    title: 'Peraturan Bupati Randuwangi Nomor 12 Tahun 2022 tentang Pemberdayaan UMKM',
    sourceInfo: { issuer: 'Bupati Randuwangi', date: '2022-03-14', number: 'Perbup No. 12/2022' },
    page2: /^BAB II PENUMBUHAN IKLIM USAHA DAN PENGEMBANGAN\n/,
    pagesCited: ['hlm. 2', 'hlm. 3'],
  },
  {
    slug: 'kelompok-seni-woolcock',
    file: 'dokumen/laporan-kegiatan-sekar-kembang-2024.pdf',
    title: 'Laporan Kegiatan Kelompok Sekar Kembang Tahun 2024',
    sourceInfo: { issuer: 'Pengurus Kelompok Seni dan Usaha Kecil Sekar Kembang', date: '2024-12-20', number: '07/SK-KBS/XII/2024' },
    page2: /^II\. KEGIATAN SENI DAN USAHA\n/,
    pagesCited: ['hlm. 1', 'hlm. 3'],
  },
];

describe.each(cases)('the documentation PDF of $slug', ({ slug, file, title, sourceInfo, page2, pagesCited }) => {
  const dir = fileURLToPath(new URL(`../../samples/${slug}/`, import.meta.url));
  const spec = JSON.parse(readFileSync(join(dir, 'sample.json'), 'utf8')) as SampleSpec;
  const texts: Record<string, string | Uint8Array> = {};
  for (const name of sampleFiles(spec)) texts[name] = readFileSync(join(dir, name), 'utf8');
  const pdfCodings = spec.codings.filter((c) => c.file === file).length;

  it('is listed in the sample and built with its pages, source info and codings, each cited by its page', async () => {
    expect(samplePdfFiles(spec)).toEqual([file]);
    const withPdf = { ...texts };
    for (const name of samplePdfFiles(spec)) withPdf[name] = new Uint8Array(readFileSync(join(dir, name)));
    const snapshot = await buildSampleProject(spec, withPdf, '2024-11-01T08:00:00.000Z');
    expect(snapshot.documents).toHaveLength(spec.documents.length + 1 + (spec.pictures?.length ?? 0));
    const pdf = snapshot.documents.find((d) => d.medium === 'pdf')!;
    expect(pdf).toMatchObject({ kind: 'document', informantId: null, title, sourceInfo });
    expect(pdf.pages!.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pdf.text.slice(pdf.pages![1]!.start, pdf.pages![1]!.end)).toMatch(page2);

    const coded = snapshot.segments.filter((s) => s.documentId === pdf.id).sort((a, b) => a.start - b.start);
    expect(coded).toHaveLength(pdfCodings);
    const ctx = createContext(stateFromSnapshot(snapshot), resolveFormat(), 'id', new Date('2024-12-01'));
    expect(coded.map((segment) => citeSegment(ctx, { segment, document: pdf, informant: null }, 'interview'))).toEqual(
      pagesCited.map((page) => `(Dokumen, ${title}, ${page})`),
    );
  });

  it('is left out, with its codings, by a caller that reads only the texts', async () => {
    const snapshot = await buildSampleProject(spec, texts, '2024-11-01T08:00:00.000Z');
    expect(snapshot.documents.some((d) => d.medium === 'pdf')).toBe(false);
    const pictureCodings = (spec.pictures ?? []).reduce((n, p) => n + p.codings.length, 0);
    expect(snapshot.segments).toHaveLength(spec.codings.length - pdfCodings + pictureCodings);
  });
});
