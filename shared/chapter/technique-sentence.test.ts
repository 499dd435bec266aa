/**
 * The Bab IV draft's technique triangulation sentence, read back: per indicator the stored
 * technique verdict (never the source verdict or a suggestion), the student's note as
 * written, and no sentence at all in a project with one technique only.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../appendix/read-docx';
import { analysedProject } from '../appendix/test-support';
import { applyChangeset, type ProjectState } from '../model/changeset';
import { setTechniqueNote, setTechniqueVerdict } from '../reduction';
import { buildChapterDocx } from './build';

const NOW = new Date('2024-02-01T08:00:00Z');
const by = { coderId: null, now: NOW.toISOString() };

/** The texts under the heading `label`, up to the next heading. */
async function under(state: ProjectState, label: string, locale: 'id' | 'en' = 'id'): Promise<string[]> {
  const doc = readDocx(await buildChapterDocx(state, { locale, now: NOW }));
  const at = doc.paragraphs.findIndex(([style, text]) => style.startsWith('Heading') && text === label);
  expect(at, label).toBeGreaterThanOrEqual(0);
  const next = doc.paragraphs.findIndex(([style], i) => i > at && style.startsWith('Heading'));
  return doc.paragraphs.slice(at + 1, next < 0 ? undefined : next).map(([, text]) => text);
}

describe('Bab IV: triangulation by technique', () => {
  it('states the stored technique verdict per indicator, with the note; an unjudged one as not judged', async () => {
    const { state: base, codeId } = analysedProject();
    let state = applyChangeset(base, setTechniqueVerdict(base, codeId('Sosialisasi program'), 'sama', by));
    state = applyChangeset(state, setTechniqueNote(state, codeId('Sosialisasi program'), 'Observasi gelar produk sejalan dengan keterangan Kabid.', by));
    const sosialisasi = await under(state, 'Sosialisasi program');
    // The source verdict stays what it was (berbeda); the technique verdict is the one stored.
    expect(sosialisasi).toContain('Hasil triangulasi sumber pada indikator Sosialisasi program: Berbeda.');
    expect(sosialisasi).toContain('Hasil triangulasi teknik (wawancara, observasi, dokumentasi) pada indikator Sosialisasi program: Sama.');
    expect(sosialisasi).toContain('Catatan triangulasi teknik: Observasi gelar produk sejalan dengan keterangan Kabid.');
    const pelatihan = await under(state, 'Pelatihan');
    expect(pelatihan).toContain('Triangulasi teknik pada indikator Pelatihan belum dinilai oleh peneliti.');
    expect(pelatihan.join('\n')).not.toMatch(/saran|spesifik/i);
    expect(await under(state, 'Programme socialisation', 'en')).toContain(
      'Technique triangulation (interviews, observation, documentation) on the indicator Programme socialisation: Consistent.',
    );
  });

  it('says nothing about technique triangulation in a project with interviews only', async () => {
    const { state: base, documents, codeId } = analysedProject();
    let state = applyChangeset(base, { delete: { documents: [documents.observation.id] } });
    state = applyChangeset(state, setTechniqueVerdict(state, codeId('Sosialisasi program'), 'sama', by));
    expect((await under(state, 'Sosialisasi program')).join('\n')).not.toMatch(/triangulasi teknik/i);
  });
});
