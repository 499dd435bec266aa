import { describe, expect, it } from 'vitest';
import { buildAppendix, DEFAULT_APPENDIX_PARTS } from '../appendix';
import { readDocx } from '../appendix/read-docx';
import { stateFromSnapshot } from '../model/changeset';
import { createProject } from '../project';
import { buildGuideDocx } from './docx';
import { addGuideItem } from './edit';
import { NOW, projectWithGuide, run } from './test-support';

describe('the instruments as lampiran parts', () => {
  it('opens the appendix with the three guides, numbered as lampiran, their tables numbered per lampiran', async () => {
    const state = projectWithGuide('edward3');
    const doc = readDocx(await buildAppendix(state, { parts: [...DEFAULT_APPENDIX_PARTS], locale: 'id', now: NOW }));
    const titles = doc.paragraphs.filter(([style]) => style === 'Heading1').map(([, text]) => text);
    expect(titles.slice(0, 4)).toEqual(['Lampiran 1. Pedoman wawancara', 'Lampiran 2. Pedoman observasi', 'Lampiran 3. Pedoman dokumentasi', 'Lampiran 4. Buku kode']);
    expect(doc.tables[0]!.caption).toBe('Tabel L2.1 Pedoman Observasi');
    expect(doc.tables[1]!.caption).toBe('Tabel L3.1 Pedoman Dokumentasi');
    // Dimension rows across the checklist, then its aspects.
    expect(doc.tables[0]!.rows[1]).toMatchObject([{ text: 'Komunikasi', span: 7 }]);
    expect(doc.tables[0]!.rows[2]!.map((c) => c.text).slice(0, 4)).toEqual([
      '1',
      'Transmisi',
      'Papan informasi, brosur atau unggahan tentang program',
      'Kantor Dinas',
    ]);
    const texts = doc.paragraphs.map(([, t]) => t);
    expect(texts).toContain('Indikator: Fragmentasi');
    expect(texts.some((t) => /^\d+\.\tApakah ada SOP tertulis/.test(t))).toBe(true);
  });

  it('leaves the guides out of the appendix of a project without them', async () => {
    const state = stateFromSnapshot(createProject({ title: 'Uji', frameworks: ['edward3'] }, NOW));
    const doc = readDocx(await buildAppendix(state, { parts: [...DEFAULT_APPENDIX_PARTS], locale: 'id', now: NOW }));
    expect(doc.paragraphs.filter(([style]) => style === 'Heading1').map(([, t]) => t)).toEqual(['Lampiran 1. Buku kode']);
  });

  it('does not print a question the student added and left empty', async () => {
    let state = projectWithGuide('woolcock');
    const bonding = Object.values(state.codes).find((c) => c.label.id === 'Bonding')!;
    state = run(state, 'addGuideItem', (s) => addGuideItem(s, 'interview', bonding.id).changeset);
    const doc = readDocx(await buildGuideDocx(state, { locale: 'id', kinds: ['interview'] }));
    const numbered = doc.paragraphs.map(([, t]) => t).filter((t) => /^\d+\.\t/.test(t));
    expect(numbered.map((t) => t.split('\t')[0])).toEqual(['1.', '2.', '3.', '4.']);
    expect(numbered.every((t) => t.length > 10)).toBe(true);
  });
});
