import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { stateFromSnapshot } from '../model/changeset';
import { createProject } from '../project/create-project';
import { buildSampleProject, SAMPLE_SLUGS, sampleFiles, samplePdfFiles } from '../samples';
import type { SampleSpec } from '../samples';
import type { AppendixOptions, AppendixProgress } from './index';
import { buildAppendix, describeAppendixParts } from './index';
import { handMadeProject, NOW } from './test-support';

/** An exported file read back as Word and LibreOffice would see it. */
interface ReadBack {
  files: Record<string, Uint8Array>;
  xml(path: string): string;
  document: string;
  styles: string;
  /** The body split at each section break: the XML of every section, its sectPr included. */
  sections: string[];
  /** mammoth's paragraphs (table cells are paragraphs too), in document order. */
  paragraphs: string[];
  text: string;
}

async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const files = unzipSync(bytes);
  const xml = (path: string): string => {
    const file = files[path];
    if (!file) throw new Error(`${path} is missing from the .docx`);
    return strFromU8(file);
  };
  const document = xml('word/document.xml');
  const sections: string[] = [];
  let from = 0;
  for (const m of document.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)) {
    const end = m.index + m[0].length;
    sections.push(document.slice(from, end));
    from = end;
  }
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return { files, xml, document, styles: xml('word/styles.xml'), sections, paragraphs: value.split('\n\n').map((p) => p.trim()), text: value };
}

const attr = (element: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
const element = (xml: string, tag: string): string => new RegExp(`<${tag}\\b[^>]*/?>`).exec(xml)?.[0] ?? '';

/** The text of every paragraph with the given style, in order. */
function styledParagraphs(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)]
    .filter((m) => m[1]!.includes(`<w:pStyle w:val="${style}"/>`))
    .map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

/** Runs of a paragraph or table cell as [text, bold]. */
function runs(xml: string): [string, boolean][] {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => [
    [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    /<w:b\/>/.test(m[1]!),
  ]);
}

/** The index of the paragraph `text`, checked to be followed by `next` (cells and paragraphs in mammoth's order). */
function followedBy(paragraphs: string[], text: string, next: string): boolean {
  return paragraphs.some((p, i) => p === text && paragraphs[i + 1] === next);
}

const build = async (options: Partial<AppendixOptions> & Pick<AppendixOptions, 'parts'>, fixture = handMadeProject()) =>
  readBack(await buildAppendix(fixture.state, { locale: 'id', now: NOW, ...options }));

describe('the appendix read back (hand-made project, all parts, Indonesian, thesis defaults)', () => {
  let doc: ReadBack;
  beforeAll(async () => {
    doc = await build({ parts: ['informants', 'codebook', 'segments', 'transcripts'] });
  });

  it('is a well-formed Word package: content types, relationships, parsable XML', () => {
    const types = doc.xml('[Content_Types].xml');
    expect(types).toContain('PartName="/word/document.xml"');
    expect(types).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(doc.xml('_rels/.rels')).toMatch(/relationships\/officeDocument" Target="word\/document\.xml"/);
    const rels = doc.xml('word/_rels/document.xml.rels');
    // Every part the body refers to exists and has a content type.
    for (const [, id] of doc.document.matchAll(/<w:(?:footer|header)Reference [^>]*r:id="([^"]+)"/g)) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      expect(target, id).toBeDefined();
      expect(doc.files[`word/${target}`], target).toBeDefined();
      expect(types).toContain(`PartName="/word/${target}"`);
    }
    for (const path of Object.keys(doc.files).filter((p) => /\.(xml|rels)$/.test(p))) {
      const parser = new SaxesParser({ xmlns: true });
      expect(() => parser.write(doc.xml(path)).close(), path).not.toThrow();
    }
  });

  it('has one A4 portrait section per part, margins 4-4-3-3 cm, arabic page numbers that run on', () => {
    expect(doc.sections).toHaveLength(4);
    doc.sections.forEach((section, i) => {
      const size = element(section, 'w:pgSz');
      expect([attr(size, 'w:w'), attr(size, 'w:h'), attr(size, 'w:orient')]).toEqual(['11906', '16838', 'portrait']);
      const margins = element(section, 'w:pgMar');
      expect([attr(margins, 'w:top'), attr(margins, 'w:left'), attr(margins, 'w:bottom'), attr(margins, 'w:right')]).toEqual([
        '2268', '2268', '1701', '1701',
      ]);
      expect(element(section, 'w:type')).toContain('nextPage');
      const numbers = element(section, 'w:pgNumType');
      expect(attr(numbers, 'w:fmt')).toBe('decimal');
      // Only the first section restarts the count; the others carry on from it.
      expect(attr(numbers, 'w:start')).toBe(i === 0 ? '1' : undefined);
      const footerId = attr(element(section, 'w:footerReference'), 'r:id');
      const target = new RegExp(`Id="${footerId}"[^>]*Target="([^"]+)"`).exec(doc.xml('word/_rels/document.xml.rels'))?.[1];
      const footer = doc.xml(`word/${target}`);
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toContain('<w:jc w:val="center"/>');
    });
  });

  it('sets Times New Roman 12 pt with 1.5 spacing for the body, 11 pt single-spaced tables, bold centred captions', () => {
    const defaults = element(doc.styles, 'w:rFonts');
    expect(doc.styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"\/>.*<\/w:docDefaults>/);
    expect(defaults).toContain('Times New Roman');
    expect(doc.styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="24"\/>.*<\/w:rPrDefault>/);
    expect(doc.styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing [^>]*w:line="360"/);
    const style = (id: string): string => new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`).exec(doc.styles)?.[0] ?? '';
    expect(style('PilahTableText')).toContain('<w:sz w:val="22"/>');
    expect(style('PilahTableText')).toMatch(/w:line="240"/);
    expect(style('Caption')).toContain('<w:b/>');
    expect(style('Caption')).toContain('<w:jc w:val="center"/>');
    expect(style('Caption')).toContain('<w:keepNext/>');
    expect(doc.styles).toContain('<w:lang w:val="id-ID"/>');
  });

  it('keeps the body at 12 pt while table cells take their 11 pt single spacing from Normal, naming no style', () => {
    const style = (id: string): string => new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`).exec(doc.styles)?.[0] ?? '';
    // One Normal, the default paragraph style, which is the table text.
    expect(doc.styles.match(/w:styleId="Normal"/g)).toHaveLength(1);
    expect(style('Normal')).toContain('w:default="1"');
    expect(style('Normal')).toContain('<w:sz w:val="22"/>');
    expect(style('Normal')).toMatch(/w:line="240"/);
    // Every style of body text gives its own 12 pt; notes keep the body's 1.5 spacing.
    for (const id of ['PilahQuote', 'PilahReduced', 'PilahField', 'PilahNote', 'Heading1', 'Heading2', 'Caption']) expect(style(id), id).toContain('<w:sz w:val="24"/>');
    expect(style('PilahNote')).toMatch(/w:line="360"/);
    // Outside the tables every paragraph names its style, so none falls back to the table text.
    const outside = doc.document.replace(/<w:tbl>.*?<\/w:tbl>/g, '');
    const paragraphs = [...outside.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]);
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) expect(paragraph).toMatch(/^<w:p><w:pPr><w:pStyle /);
    // Table text cells carry no style name of their own (tens of thousands of them in a large appendix).
    expect(doc.document).not.toContain('<w:pStyle w:val="PilahTableText"/>');
    expect(doc.document).toMatch(/<w:tc>(?:<w:tcPr>(?:(?!<\/w:tcPr>).)*<\/w:tcPr>)?<w:p>(?:<w:pPr>(?:(?!<w:pStyle)(?!<\/w:pPr>).)*<\/w:pPr>)?<w:r>/);
    // Nor does a cell's plain text say it is not bold or not italic.
    const tablesXml = [...doc.document.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]).join('');
    expect(tablesXml).not.toMatch(/<w:(?:b|bCs|i|iCs) w:val="false"\/>/);
    // The page numbers stay at the body's size.
    for (const target of Object.keys(doc.files).filter((f) => /^word\/(footer|header)\d+\.xml$/.test(f))) {
      const part = doc.xml(target);
      if (part.includes('PAGE')) expect(part, target).toContain('<w:sz w:val="24"/>');
    }
  });

  it('numbers every table "Tabel Ln.m" (table m of Lampiran n) in a caption directly above it, with a header row repeated on each page', () => {
    expect(styledParagraphs(doc.document, 'Caption')).toEqual([
      'Tabel L1.1 Daftar Informan Penelitian',
      'Tabel L2.1 Buku Kode Pemberdayaan',
      'Tabel L4.1 Transkrip Wawancara I1',
      'Tabel L4.2 Transkrip Wawancara I2',
      'Tabel L4.3 Catatan observasi: Observasi gelar produk',
    ]);
    const tables = [...doc.document.matchAll(/<w:tbl>.*?<\/w:tbl>/g)];
    expect(tables).toHaveLength(5);
    for (const table of tables) {
      const before = doc.document.slice(0, table.index);
      const lastParagraph = before.slice(before.lastIndexOf('<w:p>'));
      expect(lastParagraph).toMatch(/^<w:p><w:pPr><w:pStyle w:val="Caption"\/>.*<\/w:p>$/);
      const firstRow = /<w:tr>.*?<\/w:tr>/.exec(table[0])![0];
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(table[0].match(/<w:tblHeader\/>/g)).toHaveLength(1);
    }
    // Informant table: six columns sharing the text width (21 - 4 - 3 cm).
    expect(tables[0]![0].match(/<w:gridCol /g)).toHaveLength(6);
    expect(attr(element(tables[0]![0], 'w:tblW'), 'w:w')).toBe(String(11906 - 2268 - 1701));
    expect(tables[2]![0].match(/<w:gridCol /g)).toHaveLength(2);
    // The widths are the grid's, repeated in the header row a fixed layout takes its columns
    // from; body cells (thousands in a large appendix) name none of their own.
    for (const table of tables) {
      const xml = table[0];
      expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((s, w) => s + w, 0)).toBe(Number(attr(element(xml, 'w:tblW'), 'w:w')));
      const [header, ...body] = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
      expect([...header!.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual(grid);
      expect(body.length).toBeGreaterThan(0);
      for (const row of body) expect(row).not.toContain('<w:tcW');
    }
  });

  it('puts the parts in the chosen order, each under its "Lampiran n." title', () => {
    const titles = styledParagraphs(doc.document, 'Heading1');
    expect(titles).toEqual([
      'Lampiran 1. Daftar informan',
      'Lampiran 2. Buku kode',
      'Lampiran 3. Segmen berkode per kode',
      'Lampiran 4. Transkrip bernomor baris',
    ]);
    const at = titles.map((t) => doc.paragraphs.indexOf(t));
    expect(at.every((p, i) => p >= 0 && (i === 0 || p > at[i - 1]!))).toBe(true);
    // Each title opens its own section.
    titles.forEach((title, i) => expect(doc.sections[i]).toContain(title));
  });

  it('lists the informants with position, category, group and date, and the source note below', () => {
    const p = doc.paragraphs;
    const header = ['No', 'Informan', 'Jabatan', 'Kategori', 'Kelompok', 'Tanggal wawancara'];
    const h = p.indexOf('No');
    expect(p.slice(h, h + 6)).toEqual(header);
    expect(p.slice(h + 6, h + 18)).toEqual([
      '1', 'Sri Rahayu (I1)', 'Kepala Bidang Pemberdayaan UMKM', 'Informan kunci', 'ASN', '14 November 2023',
      '2', 'Darto (I2)', 'Pemilik warung', 'Informan pendukung', 'Pelaku UMKM', '20 November 2023',
    ]);
    // The year of the interviews, not of the export.
    expect(p[h + 18]).toBe('Sumber: Data primer diolah peneliti, 2023');
  });

  it('writes the codebook as framework → dimension → indicator with definitions, sources and named colours', () => {
    const p = doc.paragraphs;
    const row = p.indexOf('Sosialisasi program');
    expect(p[row - 1]).toBe('1.1');
    expect(p[row + 1]).toMatch(/^Cara dan seberapa luas program diperkenalkan/);
    expect(p[row + 2]).toMatch(/Fahrudin \(2012\)/);
    // No colour column unless asked for: colours mean nothing on a black-and-white printout.
    expect(p[row + 3]).toBe('1.2');
    expect(doc.sections[1]).not.toContain('<w:shd w:fill="0072B2"');
    expect(followedBy(p, '1', 'Enabling')).toBe(true);
    expect(followedBy(p, '2', 'Empowering')).toBe(true);
    expect(followedBy(p, '3', 'Protecting')).toBe(true);
    // The codebook alone cites the framework's authors.
    expect(p.some((x) => /^Sumber: Fahrudin \(2012\).*diolah peneliti, 2023$/.test(x))).toBe(true);
  });

  it('reports every used code in codebook order: each quote followed by its citation, then the reduced statement', () => {
    const report = doc.sections[2]!;
    expect([...styledParagraphs(report, 'Heading2'), '|', ...styledParagraphs(report, 'Heading3'), '|', ...styledParagraphs(report, 'Heading4')]).toEqual([
      'Pemberdayaan', '|', 'Enabling', 'Empowering', '|', 'Sosialisasi program', 'Pelatihan', 'Pemasaran dan akses digital',
    ]);
    const headingsInOrder = [...report.matchAll(/<w:pStyle w:val="Heading[2-4]"\/><\/w:pPr><w:r><w:t[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(headingsInOrder).toEqual(['Pemberdayaan', 'Enabling', 'Sosialisasi program', 'Empowering', 'Pelatihan', 'Pemasaran dan akses digital']);
    const p = doc.paragraphs;
    expect(p).toContain(
      '“Ada pelatihan pengemasan setiap bulan.” (Wawancara dengan Ibu Sri Rahayu, Kepala Bidang Pemberdayaan UMKM, 14 November 2023)',
    );
    expect(p[p.indexOf('Pelatihan', p.indexOf('Lampiran 3. Segmen berkode per kode')) + 3]).toBe('Reduksi: Pelatihan pengemasan rutin tiap bulan.');
    const sosialisasi = p.indexOf('Sosialisasi program', p.indexOf('Lampiran 3. Segmen berkode per kode'));
    expect(p.slice(sosialisasi, sosialisasi + 5)).toEqual([
      'Sosialisasi program',
      'Jumlah segmen: 2',
      // mammoth drops the line break inside the two-line quote.
      '“Kami sosialisasi lewat camat dan grup WhatsApp.Pesertanya dari semua kecamatan.” (Wawancara dengan Ibu Sri Rahayu, Kepala Bidang Pemberdayaan UMKM, 14 November 2023)',
      'Reduksi: Sosialisasi berjenjang lewat camat dan grup WhatsApp.',
      // No reduced statement written for this one: none is printed.
      '“Dari tetangga, saya tidak masuk grup.” (Wawancara dengan Bapak Darto, Pemilik warung, 20 November 2023)',
    ]);
    expect(p).toContain('“Pengunjung ramai” (Catatan observasi, Observasi gelar produk)');
    // The two-line quote keeps its line break in Word.
    expect(report).toMatch(/WhatsApp\.<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>Pesertanya/);
    // Quotes are italic (their style), citations upright by a direct override: italics are a toggle property, so in
    // Word a character style saying "not italic" would leave an italic paragraph style's citation italic.
    expect(report).toContain('<w:r><w:rPr><w:i w:val="false"/><w:iCs w:val="false"/></w:rPr><w:t xml:space="preserve"> (Wawancara dengan Ibu Sri Rahayu');
    expect(report).not.toContain('<w:rStyle ');
    expect(/<w:style [^>]*w:styleId="PilahQuote".*?<\/w:style>/.exec(doc.styles)![0]).toContain('<w:i/>');
  });

  it('prints each transcript under its interview details once, every line beside its number, speakers in bold', () => {
    const p = doc.paragraphs;
    // I1's transcript opens with its own identity lines (Nama, Jabatan): printed once, as its first numbered lines.
    const first = p.indexOf('Wawancara I1');
    expect(p.slice(first, first + 4)).toEqual(['Wawancara I1', 'Tabel L4.1 Transkrip Wawancara I1', 'No. baris', 'Teks']);
    expect(p.filter((x) => x.includes('Sri Rahayu') && !x.startsWith('“'))).toEqual(['Sri Rahayu (I1)', 'Nama : Sri Rahayu']);
    // I2's transcript has none: Pilah prints the interview's details above it (no time recorded: no "Waktu" line).
    const details = p.indexOf('Informan\t: Darto (I2)');
    expect(p.slice(details - 1, details + 6)).toEqual([
      'Wawancara I2',
      'Informan\t: Darto (I2)',
      'Jabatan\t: Pemilik warung',
      'Hari/Tanggal\t: Senin, 20 November 2023',
      'Tempat\t: Warung Darto',
      'Pewawancara\t: Nadia Putri',
      'Tabel L4.2 Transkrip Wawancara I2',
    ]);
    const lines = (from: number, count: number) => p.slice(from, from + 2 * count);
    expect(lines(first + 4, 9)).toEqual([
      '1', 'Transkrip Wawancara',
      '2', 'Nama : Sri Rahayu',
      '3', 'Jabatan : Kepala Bidang Pemberdayaan UMKM',
      '4', '',
      '5', 'P: Bagaimana program pemberdayaan disosialisasikan?',
      '6', 'I: Kami sosialisasi lewat camat dan grup WhatsApp.',
      '7', 'Pesertanya dari semua kecamatan.',
      '8', 'P: Apakah ada pelatihan?',
      '9', '[00:04:10] I: Ada pelatihan pengemasan setiap bulan.',
    ]);
    // The trailing empty line of the second transcript is not printed.
    expect(followedBy(p, '2', 'I: Dari tetangga, saya tidak masuk grup.')).toBe(true);
    // An observation note is the researcher's record: its kind and title, no interview details.
    const note = p.indexOf('I: Dari tetangga, saya tidak masuk grup.') + 1;
    expect(p.slice(note, note + 3)).toEqual(['Catatan observasi: Observasi gelar produk', 'Tabel L4.3 Catatan observasi: Observasi gelar produk', 'No. baris']);

    const cell = (text: string): [string, boolean][] => {
      const at = doc.sections[3]!.indexOf(text);
      const start = doc.sections[3]!.lastIndexOf('<w:tc>', at);
      return runs(doc.sections[3]!.slice(start, doc.sections[3]!.indexOf('</w:tc>', at)));
    };
    expect(cell('Bagaimana program')).toEqual([['P:', true], [' Bagaimana program pemberdayaan disosialisasikan?', false]]);
    expect(cell('Ada pelatihan pengemasan')).toEqual([['[00:04:10] ', false], ['I:', true], [' Ada pelatihan pengemasan setiap bulan.', false]]);
    // Header lines are not speakers.
    expect(cell('Nama : Sri Rahayu')).toEqual([['Nama : Sri Rahayu', false]]);
  });
});

describe('the appendix in English with line citations, double spacing and 10 pt tables', () => {
  let doc: ReadBack;
  beforeAll(async () => {
    doc = await build({
      parts: ['transcripts', 'segments'],
      locale: 'en',
      format: { citationStyle: 'line', lineSpacing: 2, tableFontSize: 10 },
    });
  });

  it('keeps the chosen order and labels everything in English', () => {
    expect(styledParagraphs(doc.document, 'Heading1')).toEqual(['Appendix 1. Transcripts with line numbers', 'Appendix 2. Coded segments by code']);
    expect(styledParagraphs(doc.document, 'Caption')[0]).toBe('Table A1.1 Transcript: Interview I1');
    expect(doc.paragraphs).toContain('Day/Date\t: Monday, 20 November 2023');
    expect(doc.paragraphs).toContain('Position\t: Pemilik warung');
    expect(followedBy(doc.paragraphs, 'Line', 'Text')).toBe(true);
    expect(doc.paragraphs).toContain('Segments: 2');
    expect(doc.paragraphs).toContain('Reduced: Pelatihan pengemasan rutin tiap bulan.');
    expect(doc.paragraphs).toContain('Programme socialisation');
    for (const indonesian of ['Lampiran', 'Tabel ', 'baris', 'Sumber', 'Reduksi', 'Hari/Tanggal', 'Wawancara dengan']) {
      expect(doc.text, indonesian).not.toContain(indonesian);
    }
    expect(doc.styles).toContain('<w:lang w:val="en-GB"/>');
  });

  it('cites each quote by informant and transcript line, matching the numbered transcript', () => {
    expect(doc.paragraphs).toContain('“Ada pelatihan pengemasan setiap bulan.” (I1, line 9)');
    expect(doc.paragraphs).toContain('“Kami sosialisasi lewat camat dan grup WhatsApp.Pesertanya dari semua kecamatan.” (I1, lines 6–7)');
    expect(doc.paragraphs).toContain('“Dari tetangga, saya tidak masuk grup.” (I2, line 2)');
    expect(doc.paragraphs).toContain('“Pengunjung ramai” (Observasi gelar produk, line 2)');
    // What the citation points at is really there in the transcript.
    expect(followedBy(doc.paragraphs, '9', '[00:04:10] I: Ada pelatihan pengemasan setiap bulan.')).toBe(true);
    expect(followedBy(doc.paragraphs, '2', 'Pengunjung ramai, stan keripik habis sebelum siang.')).toBe(true);
  });

  it('uses double spacing for the body and 10 pt in tables', () => {
    expect(doc.styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing [^>]*w:line="480"/);
    expect(/<w:style [^>]*w:styleId="PilahTableText".*?<\/w:style>/.exec(doc.styles)?.[0]).toContain('<w:sz w:val="20"/>');
  });
});

describe('landscape sections and the adjustable rules', () => {
  let doc: ReadBack;
  beforeAll(async () => {
    doc = await build({
      parts: ['informants', 'codebook', 'transcripts'],
      // The informant table stays portrait whatever is asked.
      orientation: { codebook: 'landscape', informants: 'landscape' },
      format: { tableNumbering: 'chapter', chapter: '3', firstTableNumber: 5, sourceNote: false, pageNumbers: 'header-right', firstPageNumber: 87 },
    });
  });

  it('turns a wide part to landscape between portrait parts, the binding margin still 4 cm, numbering still running', () => {
    const orientation = doc.sections.map((s) => {
      const size = element(s, 'w:pgSz');
      return `${attr(size, 'w:w')}x${attr(size, 'w:h')} ${attr(size, 'w:orient')}`;
    });
    expect(orientation).toEqual(['11906x16838 portrait', '16838x11906 landscape', '11906x16838 portrait']);
    const margins = element(doc.sections[1]!, 'w:pgMar');
    expect([attr(margins, 'w:top'), attr(margins, 'w:right'), attr(margins, 'w:bottom'), attr(margins, 'w:left')]).toEqual([
      '2268', '2268', '1701', '1701',
    ]);
    // The codebook's table takes the landscape width.
    expect(attr(element(/<w:tbl>.*?<\/w:tbl>/.exec(doc.sections[1]!)![0], 'w:tblW'), 'w:w')).toBe(String(16838 - 1701 - 2268));
    expect(doc.sections.map((s) => attr(element(s, 'w:pgNumType'), 'w:start'))).toEqual(['87', undefined, undefined]);
  });

  it('numbers tables from the chosen chapter and number, drops the source note, puts page numbers top right', () => {
    expect(styledParagraphs(doc.document, 'Caption').slice(0, 2)).toEqual(['Tabel 3.5 Daftar Informan Penelitian', 'Tabel 3.6 Buku Kode Pemberdayaan']);
    expect(doc.text).not.toContain('Sumber:');
    for (const section of doc.sections) {
      expect(section).toContain('<w:headerReference');
      expect(section).not.toContain('<w:footerReference');
    }
    const header = Object.keys(doc.files).find((p) => /^word\/header\d+\.xml$/.test(p))!;
    expect(doc.xml(header)).toMatch(/<w:jc w:val="right"\/>.*<w:instrText[^>]*>PAGE<\/w:instrText>/);
  });
});

describe('edge cases', () => {
  it('writes a valid file for a project with no informants or transcripts yet', async () => {
    const state = stateFromSnapshot(createProject({ title: 'Kosong', frameworks: [] }, NOW));
    const doc = await readBack(await buildAppendix(state, { parts: ['informants', 'codebook', 'segments', 'transcripts'], locale: 'id', now: NOW }));
    expect(doc.paragraphs.filter((p) => p === 'Belum ada data untuk bagian ini.')).toHaveLength(4);
    expect(doc.sections).toHaveLength(4);
  });

  it('leaves out a code whose only segment lost its document', async () => {
    const fixture = handMadeProject();
    const orphan = { ...fixture.segments.observasi, documentId: 'deleted-document' };
    const state = { ...fixture.state, segments: { ...fixture.state.segments, [orphan.id]: orphan } };
    const doc = await readBack(await buildAppendix(state, { parts: ['segments'], locale: 'id', now: NOW }));
    expect(styledParagraphs(doc.document, 'Heading4')).toEqual(['Sosialisasi program', 'Pelatihan']);
    expect(doc.text).not.toContain('Pengunjung ramai');
  });

  it('keeps the line breaks a student typed into a definition', async () => {
    const fixture = handMadeProject();
    const code = Object.values(fixture.state.codes).find((c) => c.label.id === 'Pelatihan')!;
    const edited = { ...code, definition: { id: 'Pelatihan terjadwal.\nBukan pendampingan.', en: '' } };
    const state = { ...fixture.state, codes: { ...fixture.state.codes, [code.id]: edited } };
    const doc = await readBack(await buildAppendix(state, { parts: ['codebook'], locale: 'en', now: NOW }));
    // The English definition is empty, so the Indonesian one stands in, line by line.
    expect(followedBy(doc.paragraphs, 'Training', 'Pelatihan terjadwal.')).toBe(true);
    expect(followedBy(doc.paragraphs, 'Pelatihan terjadwal.', 'Bukan pendampingan.')).toBe(true);
  });

  it('refuses an appendix with no parts and drops repeated parts', async () => {
    const { state } = handMadeProject();
    await expect(buildAppendix(state, { parts: [], locale: 'id' })).rejects.toThrow(RangeError);
    const doc = await readBack(await buildAppendix(state, { parts: ['informants', 'informants'], locale: 'id', now: NOW }));
    expect(doc.sections).toHaveLength(1);
  });

  it('describes the parts for the export dialog in both languages', () => {
    expect(describeAppendixParts('id').map((p) => [p.id, p.label, p.orientation, p.canTurn])).toEqual([
      ['guideInterview', 'Pedoman wawancara', 'portrait', false],
      ['guideObservation', 'Pedoman observasi', 'portrait', true],
      ['guideDocumentation', 'Pedoman dokumentasi', 'portrait', true],
      ['informants', 'Daftar informan', 'portrait', false],
      ['codebook', 'Buku kode', 'portrait', true],
      ['reduction', 'Matriks reduksi data', 'landscape', true],
      ['displays', 'Matriks penyajian data', 'landscape', true],
      ['triangulation', 'Tabel triangulasi sumber', 'landscape', true],
      ['techniqueTriangulation', 'Tabel triangulasi teknik', 'landscape', true],
      ['conclusions', 'Kesimpulan', 'landscape', true],
      ['agreement', 'Kesepakatan antarkoder', 'portrait', true],
      ['segments', 'Segmen berkode per kode', 'portrait', true],
      ['transcripts', 'Transkrip bernomor baris', 'portrait', true],
      ['pictures', 'Dokumentasi penelitian', 'portrait', true],
    ]);
    expect(describeAppendixParts('en').map((p) => p.label)).toEqual([
      'Interview guide',
      'Observation guide',
      'Documentation guide',
      'Informant list',
      'Codebook',
      'Data reduction matrix',
      'Data display matrices',
      'Source triangulation table',
      'Technique triangulation table',
      'Conclusions',
      'Inter-coder agreement',
      'Coded segments by code',
      'Transcripts with line numbers',
      'Research documentation',
    ]);
    for (const part of describeAppendixParts('en')) expect(part.description).not.toBe('');
  });
});

describe.each(SAMPLE_SLUGS)('the appendix of demo project %s', (slug) => {
  const dir = fileURLToPath(new URL(`../../samples/${slug}/`, import.meta.url));
  const spec = JSON.parse(readFileSync(join(dir, 'sample.json'), 'utf8')) as SampleSpec;
  let doc: ReadBack;
  let texts: Record<string, string>;
  const progress: AppendixProgress[] = [];
  beforeAll(async () => {
    texts = Object.fromEntries(sampleFiles(spec).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
    // The whole sample, its documentation PDF included.
    const pdfs = Object.fromEntries(samplePdfFiles(spec).map((file) => [file, new Uint8Array(readFileSync(join(dir, file)))]));
    const state = stateFromSnapshot(await buildSampleProject(spec, { ...texts, ...pdfs }, NOW));
    const parts = ['informants', 'codebook', 'segments', 'transcripts'] as const;
    doc = await readBack(await buildAppendix(state, { parts: [...parts], locale: 'en', now: NOW, onProgress: (p) => progress.push(p) }));
  });

  it('reports its progress part by part, ending complete', () => {
    expect(progress.map((p) => `${p.done}/${p.total} ${p.step}`)).toEqual([
      '0/5 informants', '1/5 codebook', '2/5 segments', '3/5 transcripts', '4/5 pack', '5/5 pack',
    ]);
  });

  it('lists every informant of the sample in order', () => {
    const names = doc.paragraphs.filter((p) => / \(I\d+\)$/.test(p)).slice(0, spec.informants.length);
    expect(names).toEqual(spec.informants.map((i) => `${i.name} (${i.label})`));
  });

  it('prints every line of every transcript with its number', () => {
    for (const file of sampleFiles(spec)) {
      const lines = texts[file]!.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
      const last = lines.length;
      // The last line of each file is there, numbered with the file's line count.
      expect(followedBy(doc.paragraphs, String(last), lines[last - 1]!.trim()), `${file} line ${last}`).toBe(true);
    }
  });

  it('quotes every coded segment, each followed by its interview citation and reduced statement', () => {
    const coding = spec.codings.find((c) => c.reduced && spec.documents.some((d) => d.file === c.file && d.informant && d.kind === 'interview'))!;
    const informant = spec.informants.find((i) => i.label === spec.documents.find((d) => d.file === coding.file)!.informant)!;
    const quote = doc.paragraphs.find((p) => p.startsWith(`“${coding.quote.split('\n')[0]}`));
    expect(quote).toBeDefined();
    // Forms of address stay as Indonesian theses write them, in an English appendix too.
    expect(quote).toMatch(new RegExp(`\\(Interview with (Bapak |Ibu )?${escape(informant.name)}, ${escape(informant.position)}, \\d{1,2} \\w+ \\d{4}\\)$`));
    expect(doc.paragraphs[doc.paragraphs.indexOf(quote!) + 1]).toBe(`Reduced: ${coding.reduced}`);
    // As many quotes as codings (a photo's coding quotes its caption): a segment with two codes is quoted under each.
    const quotes = doc.paragraphs.filter((p) => p.startsWith('“')).length;
    const photoCodings = (spec.pictures ?? []).flatMap((p) => p.codings).reduce((n, c) => n + c.codes.length, 0);
    expect(quotes).toBe(spec.codings.reduce((n, c) => n + c.codes.length, 0) + photoCodings);
  });
});

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the appendix of a project with a documentation PDF', () => {
  it('cites the PDF’s quote with its page in the coded segments part', async () => {
    const dir = fileURLToPath(new URL('../../samples/umkm-kota-edward3/', import.meta.url));
    const spec = JSON.parse(readFileSync(join(dir, 'sample.json'), 'utf8')) as SampleSpec;
    const files: Record<string, string | Uint8Array> = Object.fromEntries(sampleFiles(spec).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
    for (const file of samplePdfFiles(spec)) files[file] = new Uint8Array(readFileSync(join(dir, file)));
    const state = stateFromSnapshot(await buildSampleProject(spec, files, NOW));
    const doc = await readBack(await buildAppendix(state, { parts: ['segments'], locale: 'id', now: NOW }));
    const quote = doc.paragraphs.find((p) => p.startsWith('“Pendampingan dilaksanakan oleh 4 orang pendamping'));
    expect(quote).toMatch(/\(Dokumen, LKjIP Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi Tahun 2023, hlm\. 2\)$/);
  });
});
