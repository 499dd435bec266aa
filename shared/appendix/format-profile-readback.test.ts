/**
 * What a supervisor checks on the printout, for each format profile and in both languages:
 * the appendix of a sample project is written through the profile as its .json file carries
 * it, then read back from the .docx XML — margins in twips, line spacing, the lampiran titles
 * and their case, every caption's number, the source lines, where the page numbers sit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { stateFromSnapshot, type ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { buildSampleProject, sampleFiles, type SampleSpec } from '../samples';
import { buildAppendix, builtInProfile, formatProfileJson, readFormatProfile, type FormatProfile } from './index';
import { readDocx } from './read-docx';
import { NOW } from './test-support';

const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));
const PARTS = ['informants', 'codebook', 'reduction', 'triangulation'] as const;

let state: ProjectState;
beforeAll(async () => {
  const dir = join(samplesDir, 'koperasi-umkm-kabupaten');
  const spec = JSON.parse(readFileSync(join(dir, 'sample.json'), 'utf8')) as SampleSpec;
  const texts = Object.fromEntries(sampleFiles(spec).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
  state = stateFromSnapshot(await buildSampleProject(spec, texts, NOW));
});

/** A profile a supervisor wrote for a cohort: 4-3-3-3, spacing 2, "Tabel 4.12 …" continuing BAB IV, own source wording. */
const cohortProfile = (locale: Locale): FormatProfile => ({
  name: 'FIA angkatan 2024',
  settings: {
    ...builtInProfile('umum', locale).settings,
    margins: { top: 4, left: 3, bottom: 3, right: 3 },
    lineSpacing: 2,
    tableNumbering: 'chapter',
    chapter: '4',
    firstTableNumber: 12,
    sourceNoteText: locale === 'id' ? 'Hasil wawancara peneliti' : 'interviews by the researcher',
    headingCase: 'upper',
    pageNumbers: 'footer-right',
  },
});

interface Expected {
  profile: (locale: Locale) => FormatProfile;
  /** top, left, bottom, right of a portrait page, in twips. */
  margins: [number, number, number, number];
  line: number;
  captionBold: boolean;
  pageNumber: { where: 'header' | 'footer'; align: 'center' | 'right' };
  titles: Record<Locale, string[]>;
  /** Captions of the informant table, the first codebook and the first two reduction matrices, in this order. */
  captions: Record<Locale, string[]>;
  sourceNote: Record<Locale, string>;
}

const CASES: [string, Expected][] = [
  [
    'Klasik',
    {
      profile: (locale) => builtInProfile('klasik', locale),
      margins: [2268, 2268, 1701, 1701],
      line: 480,
      captionBold: true,
      pageNumber: { where: 'header', align: 'right' },
      titles: {
        id: ['LAMPIRAN 1. DAFTAR INFORMAN', 'LAMPIRAN 2. BUKU KODE', 'LAMPIRAN 3. MATRIKS REDUKSI DATA', 'LAMPIRAN 4. TABEL TRIANGULASI SUMBER'],
        en: ['APPENDIX 1. INFORMANT LIST', 'APPENDIX 2. CODEBOOK', 'APPENDIX 3. DATA REDUCTION MATRIX', 'APPENDIX 4. SOURCE TRIANGULATION TABLE'],
      },
      captions: {
        id: ['Tabel 1.1 Daftar Informan Penelitian', 'Tabel 2.1 Buku Kode Pemberdayaan', 'Tabel 3.1 Matriks Reduksi Data Pemberdayaan (I1–I4)', 'Tabel 3.2 Matriks Reduksi Data Pemberdayaan (I5–Dokumen)'],
        en: ['Table 1.1 Research Informants', 'Table 2.1 Codebook: Empowerment', 'Table 3.1 Data Reduction Matrix: Empowerment (I1–I4)', 'Table 3.2 Data Reduction Matrix: Empowerment (I5–Document)'],
      },
      sourceNote: { id: 'Sumber: Data primer diolah peneliti, 2023', en: 'Source: primary data processed by the researcher, 2023' },
    },
  ],
  [
    'Berurutan',
    {
      profile: (locale) => builtInProfile('berurutan', locale),
      margins: [2268, 2268, 1701, 1701],
      line: 360,
      captionBold: false,
      pageNumber: { where: 'footer', align: 'right' },
      titles: {
        id: ['Lampiran A. Daftar Informan', 'Lampiran B. Buku Kode', 'Lampiran C. Matriks Reduksi Data', 'Lampiran D. Tabel Triangulasi Sumber'],
        en: ['Appendix A. Informant List', 'Appendix B. Codebook', 'Appendix C. Data Reduction Matrix', 'Appendix D. Source Triangulation Table'],
      },
      captions: {
        id: ['Tabel A.1 Daftar Informan Penelitian', 'Tabel B.1 Buku Kode Pemberdayaan', 'Tabel C.1 Matriks Reduksi Data Pemberdayaan (I1–I4)', 'Tabel C.2 Matriks Reduksi Data Pemberdayaan (I5–Dokumen)'],
        en: ['Table A.1 Research Informants', 'Table B.1 Codebook: Empowerment', 'Table C.1 Data Reduction Matrix: Empowerment (I1–I4)', 'Table C.2 Data Reduction Matrix: Empowerment (I5–Document)'],
      },
      sourceNote: { id: 'Sumber: Data primer diolah peneliti, 2023', en: 'Source: primary data processed by the researcher, 2023' },
    },
  ],
  [
    'a cohort profile file',
    {
      profile: cohortProfile,
      margins: [2268, 1701, 1701, 1701],
      line: 480,
      captionBold: true,
      pageNumber: { where: 'footer', align: 'right' },
      titles: {
        id: ['LAMPIRAN 1. DAFTAR INFORMAN', 'LAMPIRAN 2. BUKU KODE', 'LAMPIRAN 3. MATRIKS REDUKSI DATA', 'LAMPIRAN 4. TABEL TRIANGULASI SUMBER'],
        en: ['APPENDIX 1. INFORMANT LIST', 'APPENDIX 2. CODEBOOK', 'APPENDIX 3. DATA REDUCTION MATRIX', 'APPENDIX 4. SOURCE TRIANGULATION TABLE'],
      },
      captions: {
        id: ['Tabel 4.12 Daftar Informan Penelitian', 'Tabel 4.13 Buku Kode Pemberdayaan', 'Tabel 4.16 Matriks Reduksi Data Pemberdayaan (I1–I4)', 'Tabel 4.17 Matriks Reduksi Data Pemberdayaan (I5–Dokumen)'],
        en: ['Table 4.12 Research Informants', 'Table 4.13 Codebook: Empowerment', 'Table 4.16 Data Reduction Matrix: Empowerment (I1–I4)', 'Table 4.17 Data Reduction Matrix: Empowerment (I5–Document)'],
      },
      sourceNote: { id: 'Sumber: Hasil wawancara peneliti, 2023', en: 'Source: interviews by the researcher, 2023' },
    },
  ],
];

const attr = (xml: string, name: string): string | undefined => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];

describe.each(CASES)('the appendix written with %s', (_name, expected) => {
  describe.each(['id', 'en'] as const)('in %s', (locale) => {
    let bytes: Uint8Array;
    beforeAll(async () => {
      // Through the file a supervisor hands out, as the export dialog and the CLI read it.
      const profile = readFormatProfile(formatProfileJson(expected.profile(locale)));
      bytes = await buildAppendix(state, { parts: [...PARTS], locale, format: profile.settings, now: '2031-01-01T00:00:00.000Z' });
    });

    it('has the profile’s margins on every page, its line spacing, its caption weight', () => {
      const doc = readDocx(bytes);
      const sections = [...doc.document.matchAll(/<w:sectPr>.*?<\/w:sectPr>|<w:sectPr .*?<\/w:sectPr>/g)].map((m) => m[0]);
      expect(sections.length).toBe(PARTS.length);
      for (const section of sections) {
        const margins = /<w:pgMar [^>]*\/>/.exec(section)![0];
        const landscape = attr(/<w:pgSz [^>]*\/>/.exec(section)![0], 'w:orient') === 'landscape';
        const [top, left, bottom, right] = expected.margins;
        // A landscape page turns its margins with it (the binding margin stays at the binding).
        const want = landscape ? [left, bottom, right, top] : [top, left, bottom, right];
        expect(['w:top', 'w:left', 'w:bottom', 'w:right'].map((name) => Number(attr(margins, name)))).toEqual(want);
      }
      expect(Number(attr(/<w:pPrDefault>.*?<\/w:pPrDefault>/.exec(doc.styles)![0], 'w:line'))).toBe(expected.line);
      const caption = /<w:style [^>]*w:styleId="Caption".*?<\/w:style>/.exec(doc.styles)![0];
      expect(caption.includes('<w:b/>')).toBe(expected.captionBold);
    });

    it('titles and numbers the lampiran and their tables as the profile says, with its source line', () => {
      const doc = readDocx(bytes);
      const texts = (style: string) => doc.paragraphs.filter(([s]) => s === style).map(([, text]) => text);
      expect(texts('Heading1')).toEqual(expected.titles[locale]);
      const captions = texts('Caption');
      const wanted = expected.captions[locale];
      expect(wanted.filter((c) => !captions.includes(c))).toEqual([]);
      const at = wanted.map((c) => captions.indexOf(c));
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      const notes = texts('PilahSourceNote');
      expect(notes[0]).toBe(expected.sourceNote[locale]);
      // Every data table has its source line; only the theory-based codebook names another source.
      expect(notes.filter((note) => note === expected.sourceNote[locale]).length).toBeGreaterThanOrEqual(captions.length - 2);
    });

    it('puts the page number where the profile says', () => {
      const files = unzipSync(bytes);
      const name = Object.keys(files).find((file) => new RegExp(`^word/${expected.pageNumber.where}\\d*\\.xml$`).test(file));
      expect(name).toBeDefined();
      const xml = strFromU8(files[name!]!);
      expect(xml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(xml).toContain(`<w:jc w:val="${expected.pageNumber.align}"/>`);
      const other = expected.pageNumber.where === 'header' ? 'footer' : 'header';
      expect(Object.keys(files).some((file) => file.startsWith(`word/${other}`))).toBe(false);
    });
  });
});
