/**
 * The documentation PDF of the umkm-kota-edward3 sample: built into the demo project as a
 * student's PDF would be (pages, issuer, date, number), coded once, and cited by its page.
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

const dir = fileURLToPath(new URL('../../samples/umkm-kota-edward3/', import.meta.url));
const spec = JSON.parse(readFileSync(join(dir, 'sample.json'), 'utf8')) as SampleSpec;
const texts: Record<string, string | Uint8Array> = {};
for (const file of sampleFiles(spec)) texts[file] = readFileSync(join(dir, file), 'utf8');

describe('the sample’s documentation PDF', () => {
  it('is listed in the sample and built with its pages, source info and coding', async () => {
    expect(samplePdfFiles(spec)).toEqual(['dokumen/lkjip-diskumdag-wirabumi-2023.pdf']);
    const withPdf = { ...texts };
    for (const file of samplePdfFiles(spec)) withPdf[file] = new Uint8Array(readFileSync(join(dir, file)));
    const snapshot = await buildSampleProject(spec, withPdf, '2024-11-01T08:00:00.000Z');
    expect(snapshot.documents).toHaveLength(spec.documents.length + 1);
    const pdf = snapshot.documents.find((d) => d.medium === 'pdf')!;
    expect(pdf).toMatchObject({
      kind: 'document',
      informantId: null,
      title: 'LKjIP Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi Tahun 2023',
      sourceInfo: { issuer: 'Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi', date: '2024-02-29', number: '050/112/DKUMP/2024' },
    });
    expect(pdf.pages!.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pdf.text.slice(pdf.pages![1]!.start, pdf.pages![1]!.end)).toMatch(/^BAB II CAPAIAN KINERJA\n/);

    const coded = snapshot.segments.filter((s) => s.documentId === pdf.id);
    expect(coded).toHaveLength(1);
    const ctx = createContext(stateFromSnapshot(snapshot), resolveFormat(), 'id', new Date('2024-12-01'));
    expect(citeSegment(ctx, { segment: coded[0]!, document: pdf, informant: null }, 'interview')).toBe(
      '(Dokumen, LKjIP Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi Tahun 2023, hlm. 2)',
    );
  });

  it('is left out, with its coding, by a caller that reads only the texts', async () => {
    const snapshot = await buildSampleProject(spec, texts, '2024-11-01T08:00:00.000Z');
    expect(snapshot.documents.some((d) => d.medium === 'pdf')).toBe(false);
    expect(snapshot.segments).toHaveLength(spec.codings.length - 1);
  });
});
