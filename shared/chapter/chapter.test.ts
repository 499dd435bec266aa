/**
 * The Bab IV draft read back as a supervisor reads it: every quote verbatim from its
 * transcript with its citation, every conclusion and verdict the stored one, and a
 * highlighted placeholder wherever the student has not written something yet.
 */
import { describe, expect, it } from 'vitest';
import { paragraphText, readDocx } from '../appendix/read-docx';
import { analysedProject, TYPED } from '../appendix/test-support';
import { applyChangeset } from '../model/changeset';
import type { Locale } from '../model/types';
import { codeLabel } from '../project/code-tree';
import { buildChapterDocx } from './build';

const NOW = new Date('2024-02-01T08:00:00Z');

/** The paragraphs of the draft with the highlighted runs of each marked. */
async function draft(state = analysedProject().state, locale: Locale = 'id', format = {}) {
  const doc = readDocx(await buildChapterDocx(state, { locale, format, now: NOW }));
  const paragraphs = [...doc.document.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]);
  const highlighted = paragraphs.filter((p) => /<w:highlight w:val="yellow"\/>/.test(p)).map(paragraphText);
  return { doc, texts: doc.paragraphs.map(([, text]) => text), highlighted };
}

/** The paragraphs under the heading `label` up to the next heading. */
function under(doc: ReturnType<typeof readDocx>, label: string): [string, string][] {
  const at = doc.paragraphs.findIndex(([style, text]) => style.startsWith('Heading') && text === label);
  expect(at, label).toBeGreaterThanOrEqual(0);
  const next = doc.paragraphs.findIndex(([style], i) => i > at && style.startsWith('Heading'));
  return doc.paragraphs.slice(at + 1, next < 0 ? undefined : next);
}

describe('buildChapterDocx', () => {
  it('prints each evidence quote verbatim from its transcript, indented, with its citation in the chosen style', async () => {
    const { state, segments, documents } = analysedProject();
    for (const [style, kabid, shop] of [
      ['interview', '(Wawancara dengan Ibu Sri Rahayu, Kepala Bidang Pemberdayaan UMKM, 14 November 2023)', '(Wawancara dengan Bapak Darto, Pemilik warung, 20 November 2023)'],
      ['line', '(I1, baris 6–7)', '(I2, baris 2)'],
    ] as const) {
      const { doc } = await draft(state, 'id', { citationStyle: style });
      const quotes = under(doc, 'Sosialisasi program').filter(([s]) => s === 'PilahQuote').map(([, text]) => text);
      const words = (segment: typeof segments.sosialisasi, text: string) => text.slice(segment.start, segment.end).replace(/\s*\n\s*/g, ' ');
      // Each linked segment once, in the order linked; a deleted one left out.
      expect(quotes).toEqual([`“${words(segments.sosialisasi, documents.kabid.text)}” ${kabid}`, `“${words(segments.tetangga, documents.shop.text)}” ${shop}`]);
      for (const quote of quotes) {
        const inner = /^“(.*)” \(/.exec(quote)![1]!;
        expect(documents.kabid.text.replace(/\s*\n\s*/g, ' ') + documents.shop.text).toContain(inner);
      }
    }
  });

  it('prints the stored conclusion, the verdict, the summaries, the triangulation verdict and the definition with its theory', async () => {
    const { state, codeId } = analysedProject();
    const { doc, highlighted } = await draft(state);
    const sosialisasi = under(doc, 'Sosialisasi program').map(([, t]) => t);
    expect(sosialisasi).toContain('Sosialisasi berjenjang <tetapi> tidak merata & lambat 😔');
    expect(sosialisasi).toContain('Penilaian indikator Sosialisasi program: Cukup optimal.');
    expect(sosialisasi).toContain('Hasil triangulasi sumber pada indikator Sosialisasi program: Berbeda.');
    expect(sosialisasi).toContain('Catatan triangulasi: ASN: lewat camat; pelaku UMKM: dari tetangga.');
    const code = state.codes[codeId('Sosialisasi program')]!;
    expect(sosialisasi).toContain(code.definition.id.trim());
    expect(sosialisasi).toContain('Sumber teori: Fahrudin (2012), mengacu pada Kartasasmita (1996).');
    // The shop owner's summary is only blanks: a placeholder asks for it, never filler.
    expect(highlighted).toContain('[Tulis ringkasan reduksi data untuk I2 (Pemilik warung)]');
    expect(highlighted).toContain('[Tulis ringkasan reduksi data untuk I1 (Kepala Bidang Pemberdayaan UMKM)]');

    const pelatihan = under(doc, 'Pelatihan').map(([, t]) => t);
    expect(pelatihan).toContain(`I1 (Kepala Bidang Pemberdayaan UMKM): ${TYPED}`);
    expect(pelatihan).toContain('Pelatihan rutin.');
    // Not judged: the draft says so, it does not print a suggestion.
    expect(pelatihan).toContain('Triangulasi sumber pada indikator Pelatihan belum dinilai oleh peneliti.');
    expect(pelatihan.join('\n')).not.toMatch(/saran/i);
    // The framework's own conclusion, as stored, under the framework's heading.
    const framework = under(doc, 'Pemberdayaan').map(([, t]) => t);
    expect(framework).toContain('Pemberdayaan belum menjangkau pelaku usaha di luar grup.');
    expect(framework).toContain('Penilaian Pemberdayaan: Belum optimal.');
  });

  it('shows a highlighted placeholder where a conclusion, its quotes or its verdict is missing', async () => {
    const { state, codeId } = analysedProject();
    const { doc, highlighted } = await draft(state);
    // "Pelatihan" has a conclusion without evidence or verdict; "Motivasi" nothing at all.
    const pelatihan = under(doc, 'Pelatihan').map(([, t]) => t);
    expect(pelatihan).toContain('[Pilih kutipan data yang mendukung kesimpulan ini]');
    expect(pelatihan).toContain('[Tentukan penilaian indikator ini]');
    const untouched = Object.values(state.codes).find((c) => c.parentId && !Object.values(state.conclusions).some((k) => k.codeId === c.id) && !Object.values(state.codes).some((d) => d.parentId === c.id))!;
    const label = codeLabel(untouched, 'id');
    expect(under(doc, label).map(([, t]) => t)).toContain('[Tulis kesimpulan indikator ini]');
    expect(highlighted).toContain('[Tulis kesimpulan indikator ini]');
    // A conclusion written is never shown with the placeholder.
    expect(under(doc, 'Sosialisasi program').map(([, t]) => t)).not.toContain('[Tulis kesimpulan indikator ini]');
    // Emptying the conclusion's text brings the placeholder back.
    const stored = Object.values(state.conclusions).find((k) => k.codeId === codeId('Pelatihan'))!;
    const emptied = applyChangeset(state, { put: { conclusions: [{ ...stored, text: '  ' }] } });
    expect(under((await draft(emptied)).doc, 'Pelatihan').map(([, t]) => t)).toContain('[Tulis kesimpulan indikator ini]');
  });

  it('writes the draft in English: templates, placeholders and the default verdict in English, the student’s words as written', async () => {
    const { state } = analysedProject();
    const { doc, texts, highlighted } = await draft(state, 'en');
    expect(doc.paragraphs[0]).toEqual(['Heading1', 'CHAPTER IV\nFINDINGS AND DISCUSSION']);
    const socialisation = under(doc, 'Programme socialisation').map(([, t]) => t);
    expect(socialisation).toContain('Sosialisasi berjenjang <tetapi> tidak merata & lambat 😔');
    expect(socialisation).toContain('Assessment of the indicator Programme socialisation: Fairly optimal.');
    expect(socialisation).toContain('Source triangulation on the indicator Programme socialisation: Different.');
    expect(socialisation.some((t) => t.endsWith('(Interview with Bapak Darto, Pemilik warung, 20 November 2023)'))).toBe(true);
    expect(highlighted).toContain("[Write this indicator's conclusion]");
    expect(texts.join('\n')).not.toMatch(/Tulis|Penilaian|belum dinilai/);
  });
});
