/**
 * The Bab IV draft's figures, per-group summaries, editable template sentences and in-app
 * preview, read back from the Word file as a student would find them.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../appendix/read-docx';
import { analysedProject, TYPED } from '../appendix/test-support';
import { applyChangeset, snapshotFromState, stateFromSnapshot } from '../model/changeset';
import type { Locale } from '../model/types';
import { importQdpx, writeQdpx } from '../refi';
import { buildChapterDocx, indicatorDraft } from './build';
import { chapterFigures, type ChapterFigure } from './figures';
import { lineText } from './lines';
import { chapterSentence, defaultTemplate, templateProblem, withTemplate } from './templates';

const NOW = new Date('2024-02-01T08:00:00Z');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Stand-in PNG bytes, different for every figure, so each picture can be traced to its figure. */
const fakePng = (figure: ChapterFigure): Uint8Array => new Uint8Array([...PNG_SIGNATURE, ...new TextEncoder().encode(figure.name)]);

/** The pictures of the document in order: the PNG fallback's bytes and the SVG's text. */
function pictures(bytes: Uint8Array): { png: Uint8Array; svg: string }[] {
  const files = unzipSync(bytes);
  const document = strFromU8(files['word/document.xml']!);
  const rels = strFromU8(files['word/_rels/document.xml.rels']!);
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, `word/${m[2]!}`]));
  const target = (id: string): string => targets.get(id)!;
  return [...document.matchAll(/<a:blip r:embed="([^"]+)".*?<asvg:svgBlip[^>]*r:embed="([^"]+)"/g)].map((m) => ({
    png: files[target(m[1]!)]!,
    svg: strFromU8(files[target(m[2]!)]!),
  }));
}

async function draft(state = analysedProject().state, locale: Locale = 'id') {
  const bytes = await buildChapterDocx(state, { locale, now: NOW, figurePng: fakePng });
  return { bytes, doc: readDocx(bytes) };
}

describe('Bab IV figures', () => {
  it('places the frequency chart and the findings diagram as pictures with the given PNG bytes, captioned Gambar 4.1, 4.2 in order with a source line', async () => {
    const { state } = analysedProject();
    const { bytes, doc } = await draft(state);
    const figures = chapterFigures(state, 'id', chapterSentence('id'));
    expect(figures.map((f) => f.kind)).toEqual(['frequency', 'findings']);
    const placed = pictures(bytes);
    expect(placed).toHaveLength(2);
    placed.forEach((picture, i) => {
      expect([...picture.png]).toEqual([...fakePng(figures[i]!)]);
      expect(picture.svg).toBe(figures[i]!.svg);
    });
    // Each picture's paragraph grows with the picture (an exact line height cuts it to one line in LibreOffice).
    const pictureParagraphs = [...strFromU8(unzipSync(bytes)['word/document.xml']!).matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:drawing>/g)].map((m) => m[0]);
    expect(pictureParagraphs).toHaveLength(2);
    for (const paragraph of pictureParagraphs) expect(paragraph).toMatch(/<w:spacing [^>]*w:lineRule="auto"/);
    const captions = doc.paragraphs.filter(([style]) => style === 'Caption').map(([, text]) => text);
    expect(captions).toEqual(['Gambar 4.1 Frekuensi Kode per Kelompok Informan pada Pemberdayaan', 'Gambar 4.2 Model Temuan Penelitian Pemberdayaan']);
    const texts = doc.paragraphs.map(([, text]) => text);
    for (const caption of captions) expect(texts[texts.indexOf(caption) + 1]).toBe('Sumber: Data primer diolah peneliti, 2023');
    // The chart comes before the first dimension's findings, the diagram after the last indicator.
    expect(texts.indexOf(captions[0]!)).toBeLessThan(texts.indexOf('Enabling'));
    expect(texts.indexOf(captions[1]!)).toBeGreaterThan(texts.indexOf('Keberlanjutan dukungan'));
    // Without a PNG drawer (as before), no pictures and no captions.
    const plain = readDocx(await buildChapterDocx(state, { locale: 'id', now: NOW }));
    expect(plain.paragraphs.filter(([style]) => style === 'Caption')).toEqual([]);
  });

  it('captions the figures in English with --lang en', async () => {
    const { doc } = await draft(analysedProject().state, 'en');
    expect(doc.paragraphs.filter(([style]) => style === 'Caption').map(([, t]) => t)).toEqual([
      'Figure 4.1 Code Frequency by Informant Group in Empowerment',
      'Figure 4.2 Model of the Research Findings on Empowerment',
    ]);
  });
});

/** The paragraphs under the heading `label` up to the next heading. */
function under(doc: ReturnType<typeof readDocx>, label: string): string[] {
  const at = doc.paragraphs.findIndex(([style, text]) => style.startsWith('Heading') && text === label);
  expect(at, label).toBeGreaterThanOrEqual(0);
  const next = doc.paragraphs.findIndex(([style], i) => i > at && style.startsWith('Heading'));
  return doc.paragraphs.slice(at + 1, next < 0 ? undefined : next).map(([, text]) => text);
}

describe('reduction summaries per informant group', () => {
  it('introduces each group with a sentence, then its informants’ summaries', async () => {
    const { state } = analysedProject();
    const pelatihan = under((await draft(state)).doc, 'Pelatihan');
    const at = pelatihan.indexOf('Informan kelompok ASN (1 orang):');
    expect(at).toBeGreaterThan(0);
    expect(pelatihan[at + 1]).toBe(`I1 (Kepala Bidang Pemberdayaan UMKM): ${TYPED}`);
    const sosialisasi = under((await draft(state)).doc, 'Sosialisasi program');
    expect(sosialisasi.indexOf('Informan kelompok ASN (1 orang):')).toBeLessThan(sosialisasi.indexOf('Informan kelompok Pelaku UMKM (1 orang):'));
    expect(sosialisasi[sosialisasi.indexOf('Informan kelompok Pelaku UMKM (1 orang):') + 1]).toBe('[Tulis ringkasan reduksi data untuk I2 (Pemilik warung)]');
    // A project without groups has no group sentences.
    const ungrouped = applyChangeset(state, { put: { informants: Object.values(state.informants).map((i) => ({ ...i, group: '' })) } });
    expect(under((await draft(ungrouped)).doc, 'Pelatihan').join('\n')).not.toContain('Informan kelompok');
  });
});

describe('editable template sentences', () => {
  it('prints the student’s own wording of a sentence, filled with the stored data, and keeps it in the project file', async () => {
    const { state } = analysedProject();
    expect(defaultTemplate('id', 'verdictLine')).toBe('Penilaian indikator {indikator}: {penilaian}.');
    const templates = withTemplate(undefined, 'id', 'verdictLine', 'Dengan demikian, indikator {indikator} dinilai {penilaian}.');
    const edited = applyChangeset(state, { project: { settings: { ...state.project.settings, chapterTemplates: templates } } });
    const sosialisasi = under((await draft(edited)).doc, 'Sosialisasi program');
    expect(sosialisasi).toContain('Dengan demikian, indikator Sosialisasi program dinilai Cukup optimal.');
    expect(sosialisasi).not.toContain('Penilaian indikator Sosialisasi program: Cukup optimal.');
    // The English draft keeps its own default.
    expect(under((await draft(edited, 'en')).doc, 'Programme socialisation')).toContain('Assessment of the indicator Programme socialisation: Fairly optimal.');
    // Saved in the project file and read back.
    const reread = stateFromSnapshot((await importQdpx(writeQdpx(snapshotFromState(edited)), { locale: 'id' })).snapshot);
    expect(reread.project.settings.chapterTemplates).toEqual(templates);
    expect(under((await draft(reread)).doc, 'Sosialisasi program')).toContain('Dengan demikian, indikator Sosialisasi program dinilai Cukup optimal.');
    // Putting the default back removes the replacement.
    expect(withTemplate(templates, 'id', 'verdictLine', defaultTemplate('id', 'verdictLine'))).toEqual({});
  });

  it('refuses an unknown placeholder with a sentence naming the allowed ones', () => {
    expect(templateProblem('id', 'verdictLine', 'Indikator {indkator}: {penilaian}.')).toBe(
      'Penanda {indkator} tidak dikenal di kalimat ini; yang bisa dipakai: {indikator}, {penilaian}.',
    );
    expect(templateProblem('en', 'verdictLine', 'Indicator {indicator} is {verdict}.')).toBeNull();
    expect(templateProblem('id', 'quotesIntro', 'Kutipan {jumlah}:')).toBe('Kalimat ini tidak memakai penanda, jadi {jumlah} tidak dapat diisi.');
    expect(templateProblem('id', 'groupIntro', 'Kelompok {kelompok}, {jumlah} informan:')).toBeNull();
  });
});

describe('in-app preview of an indicator', () => {
  it('says exactly what the Word draft says under the indicator', async () => {
    const { state, codeId } = analysedProject();
    const { doc } = await draft(state);
    for (const label of ['Sosialisasi program', 'Pelatihan', 'Motivasi dan pengarahan']) {
      const preview = indicatorDraft(state, codeId(label), { locale: 'id', now: NOW }).map(lineText);
      expect(preview, label).toEqual(under(doc, label));
    }
    expect(indicatorDraft(state, codeId('Sosialisasi program'), { locale: 'id' }).map(lineText)).toContain('Penilaian indikator Sosialisasi program: Cukup optimal.');
  });
});
