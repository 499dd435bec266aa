/**
 * The technique triangulation lampiran, written to .docx and read back: every indicator's
 * verdict cell says the stored technique verdict (never the source verdict, never a
 * suggestion unless asked), each technique cell the statements with their citations, and a
 * project with one technique leaves the part out with a sentence saying why.
 */
import { describe, expect, it } from 'vitest';
import { applyChangeset, type ProjectState } from '../model/changeset';
import { techniqueTable } from '../display/technique';
import { setTechniqueNote, setTechniqueVerdict, setTriangulationVerdict, triangulationNoteOf } from '../reduction';
import { codeLabel } from '../project/code-tree';
import { buildAppendix, DEFAULT_APPENDIX_PARTS, describeAppendixParts, type AppendixOptions } from './index';
import { readDocx, rowLabelled, type ReadDocx } from './read-docx';
import { handMadeProject, NOW } from './test-support';

const by = { coderId: null, now: NOW };
const build = async (state: ProjectState, options: Partial<AppendixOptions> = {}): Promise<ReadDocx> =>
  readDocx(await buildAppendix(state, { parts: ['techniqueTriangulation'], locale: 'id', now: NOW, ...options }));

/** The hand-made project (interviews and an observation note) with technique verdicts on two indicators and a source verdict on one. */
function judged() {
  const fixture = handMadeProject();
  const id = (label: string) => Object.values(fixture.state.codes).find((c) => codeLabel(c, 'id') === label)!.id;
  let state = fixture.state;
  for (const cs of [
    (s: ProjectState) => setTechniqueVerdict(s, id('Sosialisasi program'), 'berbeda', by),
    (s: ProjectState) => setTechniqueNote(s, id('Sosialisasi program'), 'Belum ada observasi sosialisasi.', by),
    (s: ProjectState) => setTechniqueVerdict(s, id('Pemasaran dan akses digital'), 'spesifik', by),
    // A source verdict on an indicator the student has not judged by technique: it must not show here.
    (s: ProjectState) => setTriangulationVerdict(s, id('Pelatihan'), 'sama', by),
  ]) {
    state = applyChangeset(state, cs(state));
  }
  return { ...fixture, state, id };
}

describe('technique triangulation lampiran', () => {
  it('prints each indicator’s stored technique verdict, and "Belum dinilai" for every other', async () => {
    const { state } = judged();
    const doc = await build(state);
    expect(doc.paragraphs.filter(([style]) => style === 'Heading1').map(([, text]) => text)).toEqual(['Lampiran 1. Tabel triangulasi teknik']);
    const [table] = doc.tables;
    expect(table!.caption).toBe('Tabel L1.1 Triangulasi Teknik Pemberdayaan');
    expect(table!.rows[0]!.map((cell) => cell.text)).toEqual(['No', 'Dimensi/Indikator', 'Wawancara', 'Observasi', 'Hasil triangulasi teknik']);
    const root = Object.values(state.codes).find((c) => c.parentId === null && codeLabel(c, 'id') === 'Pemberdayaan')!;
    const indicators = techniqueTable(state, { rootCodeId: root.id }).rows;
    expect(indicators.length).toBeGreaterThan(10);
    let unjudged = 0;
    for (const indicator of indicators) {
      const cell = rowLabelled(table!, indicator.label).at(-1)!;
      const stored = triangulationNoteOf(state, indicator.codeId)?.techniqueVerdict ?? null;
      if (stored) {
        expect(cell.text.split('\n')[0]).toBe({ sama: 'Sama', berbeda: 'Berbeda', spesifik: 'Spesifik' }[stored]);
        expect(cell.bold).toBe(true);
      } else {
        unjudged++;
        expect(cell).toMatchObject({ text: 'Belum dinilai', italic: true, bold: false });
      }
    }
    expect(unjudged).toBe(indicators.length - 2);
    expect(rowLabelled(table!, 'Sosialisasi program').at(-1)!.text).toBe('Berbeda\nBelum ada observasi sosialisasi.');
    expect(table!.xml).not.toMatch(/Sama/);
    // The source line under the table, as under every data table.
    const after = doc.paragraphs.filter(([style]) => style === 'PilahSourceNote').map(([, text]) => text);
    expect(after).toContain('Sumber: Data primer diolah peneliti, 2023');
  });

  it('prints each technique’s statements (or words) with their citations', async () => {
    const { state } = judged();
    const [table] = (await build(state)).tables;
    const [, , interviews, observation] = rowLabelled(table!, 'Sosialisasi program');
    expect(interviews!.text.split('\n')).toEqual([
      '• Sosialisasi berjenjang lewat camat dan grup WhatsApp. (Wawancara dengan Ibu Sri Rahayu, Kepala Bidang Pemberdayaan UMKM, 14 November 2023)',
      '• “Dari tetangga, saya tidak masuk grup.” (Wawancara dengan Bapak Darto, Pemilik warung, 20 November 2023)',
    ]);
    expect(observation!.text).toBe('Tidak ada data');
    const [, , none, seen] = rowLabelled(table!, 'Pemasaran dan akses digital');
    expect(none!.text).toBe('Tidak ada data');
    expect(seen!.text).toBe('Gelar produk menarik pengunjung. (Catatan observasi, Observasi gelar produk)');
    // In line citations when the format profile says so.
    const lines = (await build(state, { format: { citationStyle: 'line' } })).tables[0]!;
    expect(rowLabelled(lines, 'Pemasaran dan akses digital')[3]!.text).toBe('Gelar produk menarik pengunjung. (Observasi gelar produk, baris 2)');
  });

  it('prints the suggestion only when the export settings ask for it, marked as one; in English too', async () => {
    const { state } = judged();
    const doc = await build(state, { format: { unjudgedVerdicts: 'suggestion' } });
    // Pelatihan: interviews only.
    expect(rowLabelled(doc.tables[0]!, 'Pelatihan').at(-1)).toMatchObject({ text: 'Belum dinilai (saran: spesifik)', italic: true, bold: false });
    const en = (await build(state, { locale: 'en' })).tables[0]!;
    expect(en.caption).toBe('Table A1.1 Technique Triangulation: Empowerment');
    expect(en.rows[0]!.slice(2).map((cell) => cell.text)).toEqual(['Interviews', 'Observation', 'Technique triangulation result']);
    expect(rowLabelled(en, 'Training').at(-1)!.text).toBe('Not yet judged');
  });

  it('is left out of a project with one technique only, and the export dialog says why', async () => {
    const { state, documents } = handMadeProject();
    const interviewsOnly = applyChangeset(state, { delete: { documents: [documents.observation.id] } });
    expect(describeAppendixParts('id', interviewsOnly).find((part) => part.id === 'techniqueTriangulation')).toMatchObject({
      hasData: false,
      emptyNote: 'Butuh segmen berkode pada indikator dan data dari dua teknik atau lebih (wawancara, observasi, dokumentasi).',
    });
    expect(describeAppendixParts('id', state).find((part) => part.id === 'techniqueTriangulation')).toMatchObject({ hasData: true, emptyNote: '' });
    const all = readDocx(await buildAppendix(interviewsOnly, { parts: [...DEFAULT_APPENDIX_PARTS], locale: 'id', now: NOW }));
    const titles = all.paragraphs.filter(([style]) => style === 'Heading1').map(([, text]) => text);
    expect(titles.some((title) => /Tabel triangulasi sumber/.test(title))).toBe(true);
    expect(titles.some((title) => /triangulasi teknik/i.test(title))).toBe(false);
  });
});
