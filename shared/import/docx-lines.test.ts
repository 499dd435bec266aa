/**
 * The line rules of a Word import, on documents written as raw WordprocessingML so that each
 * rule meets the exact markup Word writes: empty and blank paragraphs, manual and page breaks,
 * headings, list items, tables (header rows, label tables, nested), notes, links, bookmarks,
 * content controls, tracked changes. Every case is also checked against mammoth's HTML read
 * back as text, the route imports took before they read mammoth's document tree directly.
 */
import { strToU8, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { makeLargeTranscriptDocx, makeTranscriptDocx } from '../../test/fixtures/make-docx';
import { normalizeText } from '../text/normalize';
import { docxToText } from './docx';
import { htmlToText } from './html-to-text';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Judul2"><w:name w:val="Heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/></w:style>
<w:style w:type="paragraph" w:styleId="Kutipan"><w:name w:val="Quote"/></w:style>
</w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0">${[0, 1, 2, 3, 4, 5, 6].map((l) => `<w:lvl w:ilvl="${l}"><w:numFmt w:val="bullet"/></w:lvl>`).join('')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const FOOTNOTES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="${W}"><w:footnote w:id="1"><w:p><w:r><w:t>CATATAN KAKI</w:t></w:r></w:p></w:footnote></w:footnotes>`;

/** A .docx whose body is `body` (WordprocessingML), with styles, numbering, footnotes and a link target. */
function docx(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/footnotes" Target="footnotes.xml"/>` +
        `<Relationship Id="rId4" Type="${REL}/hyperlink" Target="https://example.org/" TargetMode="External"/>` +
        `</Relationships>`,
    ),
    'word/styles.xml': strToU8(STYLES),
    'word/numbering.xml': strToU8(NUMBERING),
    'word/footnotes.xml': strToU8(FOOTNOTES),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`),
  });
}

// Building blocks of a body.
const t = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (...runs: string[]): string => `<w:p>${runs.join('')}</w:p>`;
const styled = (styleId: string, ...runs: string[]): string => `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>${runs.join('')}</w:p>`;
const item = (level: number, ...runs: string[]): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr>${runs.join('')}</w:p>`;
const br = '<w:r><w:br/></w:r>';
const pageBreak = '<w:r><w:br w:type="page"/></w:r>';
const tab = '<w:r><w:tab/></w:r>';
const tc = (...content: string[]): string => `<w:tc>${content.join('')}</w:tc>`;
const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
const headerTr = (...cells: string[]): string => `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cells.join('')}</w:tr>`;
const table = (...rows: string[]): string => `<w:tbl>${rows.join('')}</w:tbl>`;

/** The text an import took from mammoth's HTML: the reference every case is held to. */
async function viaHtml(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.slice().buffer;
  const input = { arrayBuffer, buffer: arrayBuffer } as Parameters<typeof mammoth.convertToHtml>[0];
  const { value } = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
  return normalizeText(htmlToText(value));
}

const CASES: [string, string, string][] = [
  ['one paragraph per line', p(t('P: satu')) + p(t('I: dua')), 'P: satu\nI: dua'],
  ['runs of empty paragraphs become one empty line', p(t('a')) + p() + p() + p() + p(t('b')), 'a\n\nb'],
  ['an empty paragraph first or last leaves nothing', p() + p(t('a')) + p(), 'a'],
  ['a paragraph of spaces only is dropped, not an empty line', p(t('a')) + p(t('   ')) + p(t('b')), 'a\nb'],
  ['a paragraph of one tab only is dropped too', p(t('a')) + p(tab) + p(t('b')), 'a\nb'],
  ['runs of one paragraph join', p(t('P: '), t('Bagai'), t('mana?')), 'P: Bagaimana?'],
  ['a tab inside a line is one space', p(t('P:'), tab, t('Halo')), 'P: Halo'],
  ['a manual line break starts a new line', p(t('satu'), br, t('dua')), 'satu\ndua'],
  ['two manual breaks leave an empty line', p(t('satu'), br, br, t('dua')), 'satu\n\ndua'],
  ['a paragraph of one manual break between paragraphs', p(t('a')) + p(br) + p(t('b')), 'a\n\nb'],
  ['a break at the end of a paragraph, then an empty paragraph', p(t('a'), br) + p() + p(t('b')), 'a\n\nb'],
  ['a page break is no line break', p(t('satu'), pageBreak, t('dua')) + p(pageBreak) + p(t('tiga')), 'satudua\n\ntiga'],
  ['headings are lines; an empty heading leaves no empty line', styled('Heading1', t('Judul')) + styled('Heading1') + styled('Judul2', t('Sub')) + p(t('isi')), 'Judul\nSub\nisi'],
  ['an unknown style is a plain paragraph', styled('Kutipan', t('kutip')) + styled('Kutipan') + p(t('x')), 'kutip\n\nx'],
  ['list items are lines; an empty item leaves no empty line', item(0, t('a')) + item(1, t('b1')) + item(0) + item(2, t('c')) + p(t('d')), 'a\nb1\nc\nd'],
  ['an empty item past the fifth level is an empty paragraph', p(t('a')) + item(6) + p(t('b')), 'a\n\nb'],
  ['a numbered footnote-text paragraph stays a paragraph', p(t('a')) + `<w:p><w:pPr><w:pStyle w:val="FootnoteText"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:p>` + p(t('b')), 'a\n\nb'],
  ['a table row is a line, cells joined', table(tr(tc(p(t('No'))), tc(p(t('Program'))), tc(p(t('Tahun'))))), 'No | Program | Tahun'],
  ['a header table row becomes "label: value"', table(tr(tc(p(t('Nama'))), tc(p(t(':'))), tc(p(t('Sri'))))), 'Nama: Sri'],
  ['a repeated header row reads like any row', table(headerTr(tc(p(t('Kode'))), tc(p(t('Makna')))), tr(tc(p(t('1'))), tc(p(t('Satu'))))), 'Kode: Makna\n1 | Satu'],
  ['paragraphs, breaks and empty paragraphs inside a cell are spaces', table(tr(tc(p(t('Hari')), p(), p(t('Tanggal'), br, t('x'))), tc(p(t('Senin'))), tc(p(t('y'))))), 'Hari Tanggal x | Senin | y'],
  ['empty rows are dropped', table(tr(tc(p()), tc(p())), tr(tc(p(t('P'))), tc(p(t('Halo'))))), 'P: Halo'],
  ['a nested table is read into its cell', table(tr(tc(table(tr(tc(p(t('a'))), tc(p(t('b'))), tc(p(t('c')))))), tc(p(t('z'))), tc(p(t('w'))))), 'a | b | c | z | w'],
  ['tables between paragraphs and empty paragraphs', p(t('a')) + p() + table(tr(tc(p(t('x'))))) + p() + p(t('b')), 'a\n\nx\n\nb'],
  ['an empty paragraph right after a table', table(tr(tc(p(t('x'))))) + p() + p(t('b')), 'x\n\nb'],
  ['a footnote and its reference are left out', p(t('Teks.'), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>', t(' Lanjut')), 'Teks. Lanjut'],
  ['links, bookmarks and content controls are plain text', p('<w:bookmarkStart w:id="0" w:name="footnote-ref-9"/>', `<w:hyperlink r:id="rId4">${t('situs')}</w:hyperlink>`, '<w:bookmarkEnd w:id="0"/>', t(' dan '), `<w:sdt><w:sdtContent>${t('isian')}</w:sdtContent></w:sdt>`), 'situs dan isian'],
  ['inserted text is kept, deleted text left out', p(t('a'), `<w:ins w:id="1">${t('b')}</w:ins>`, `<w:del w:id="2"><w:r><w:delText>X</w:delText></w:r></w:del>`, t('c')), 'abc'],
  ['bold, italic and superscript runs are plain text', p('<w:r><w:rPr><w:b/></w:rPr><w:t>P:</w:t></w:r>', '<w:r><w:rPr><w:i/><w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve"> Halo</w:t></w:r>'), 'P: Halo'],
  ['a comment reference is left out', p(t('a'), '<w:r><w:commentReference w:id="0"/></w:r>', t('b')), 'ab'],
  ['a symbol and a no-break hyphen are text', p(t('a'), '<w:r><w:noBreakHyphen/></w:r>', t('b')), 'a\u2011b'],
  ['characters a text may not hold are dropped; a vertical tab breaks the line', p(t('a&#x1;b&#xB;c')), 'ab\nc'],
  ['entities and markup characters are text', p(t('A &amp; B &lt;tag&gt; "kutip" ]]&gt;')), 'A & B <tag> "kutip" ]]>'],
];

describe('the lines of a Word import', () => {
  it.each(CASES)('%s', async (_name, body, expected) => {
    const bytes = docx(body);
    expect(await docxToText(bytes)).toBe(expected);
  });

  it.each(CASES)('%s: as mammoth\'s HTML read back would give', async (_name, body) => {
    const bytes = docx(body);
    expect(await docxToText(bytes)).toBe(await viaHtml(bytes));
  });

  it('gives the HTML route\'s text for whole transcripts (page header, footer, footnote, header table; a long interview)', async () => {
    const docs = [await makeTranscriptDocx(), await makeTranscriptDocx({ name: 'Hadi', turns: [['P', 'Tanya?'], ['I', 'Jawab.']] }), await makeLargeTranscriptDocx(3_000)];
    for (const bytes of docs) {
      const text = await docxToText(bytes);
      expect(text.split('\n').length).toBeGreaterThan(5);
      expect(text).toBe(await viaHtml(bytes));
    }
  });

  it('drops a lone surrogate a character reference made (no transcript or export could hold it), keeping the rest', async () => {
    const text = await docxToText(docx(p(t('a&#xDC00;b&#xD800;c')) + p(t('😀 d'))));
    expect(text).toBe('abc\n😀 d');
  });
});
