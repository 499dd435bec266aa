import { describe, expect, it } from 'vitest';
import type { AppendixPartInfo } from '../../../shared/appendix';
import { DEFAULT_APPENDIX_FORMAT } from '../../../shared/appendix';
import { chosenParts, defaultChoices, movePart, reconcileChoices } from './export-choices';
import { appendixFileName, shortTitle } from './file-name';

const part = (id: string, canTurn = true): AppendixPartInfo =>
  ({ id, label: id, description: '', orientation: 'portrait', canTurn }) as unknown as AppendixPartInfo;
const REGISTRY = ['informants', 'codebook', 'conclusions', 'transcripts'].map((id) => part(id));
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('export choices', () => {
  it('start with every part of the registry, in order, and the thesis format', () => {
    const choices = defaultChoices(REGISTRY, 'id');
    expect(choices.parts).toEqual(REGISTRY.map((p) => ({ id: p.id, included: true })));
    expect(choices.format).toEqual(DEFAULT_APPENDIX_FORMAT);
    expect(choices.locale).toBe('id');
  });

  const cases: [string, unknown, string[], boolean[]][] = [
    ['nothing stored', null, ['informants', 'codebook', 'conclusions', 'transcripts'], [true, true, true, true]],
    ['garbage stored', 'x', ['informants', 'codebook', 'conclusions', 'transcripts'], [true, true, true, true]],
    [
      'a stored order is kept',
      { parts: [{ id: 'transcripts', included: false }, { id: 'informants' }, { id: 'codebook' }, { id: 'conclusions' }] },
      ['transcripts', 'informants', 'codebook', 'conclusions'],
      [false, true, true, true],
    ],
    [
      'a part new in the registry appears after its registry neighbour',
      { parts: [{ id: 'codebook', included: false }, { id: 'informants' }, { id: 'transcripts' }] },
      ['codebook', 'informants', 'conclusions', 'transcripts'],
      [false, true, true, true],
    ],
    [
      'a part Pilah no longer has, and repeats, drop out',
      { parts: [{ id: 'informants' }, { id: 'agreement' }, { id: 'informants', included: false }, { id: 'codebook' }, { id: 'conclusions' }, { id: 'transcripts' }] },
      ['informants', 'codebook', 'conclusions', 'transcripts'],
      [true, true, true, true],
    ],
  ];
  it.each(cases)('are reconciled with the registry: %s', (_, stored, order, included) => {
    const choices = reconcileChoices(stored, REGISTRY, 'en');
    expect(ids(choices.parts)).toEqual(order);
    expect(choices.parts.map((p) => p.included)).toEqual(included);
  });

  it('bring a stored format back into range and keep a valid language', () => {
    const choices = reconcileChoices({ format: { fontSize: 40, lineSpacing: 2, margins: { top: 0 } }, locale: 'en' }, REGISTRY, 'id');
    expect(choices.format).toMatchObject({ fontSize: 16, lineSpacing: 2, margins: { top: 1, left: 4, bottom: 3, right: 3 } });
    expect(choices.locale).toBe('en');
    expect(reconcileChoices({ locale: 'fr' }, REGISTRY, 'id').locale).toBe('id');
  });

  it.each<[number, -1 | 1, string[]]>([
    [2, -1, ['informants', 'conclusions', 'codebook', 'transcripts']],
    [0, 1, ['codebook', 'informants', 'conclusions', 'transcripts']],
    [0, -1, ['informants', 'codebook', 'conclusions', 'transcripts']],
    [3, 1, ['informants', 'codebook', 'conclusions', 'transcripts']],
  ])('move part %i by %i', (index, by, order) => {
    expect(ids(movePart(defaultChoices(REGISTRY, 'id').parts, index, by))).toEqual(order);
  });

  it('give the build the included parts in order, with the orientations chosen', () => {
    const choices = reconcileChoices(
      { parts: [{ id: 'conclusions', orientation: 'portrait' }, { id: 'informants', included: false }, { id: 'transcripts', orientation: 'sideways' }, { id: 'codebook' }] },
      REGISTRY,
      'id',
    );
    expect(chosenParts(choices)).toEqual({ parts: ['conclusions', 'transcripts', 'codebook'], orientation: { conclusions: 'portrait' } });
  });

  it('leave out a chosen part the project has no data for, as the dialog says', () => {
    const described = REGISTRY.map((p) => ({ ...p, hasData: p.id !== 'conclusions', emptyNote: p.id === 'conclusions' ? 'Belum ada kesimpulan.' : '' }));
    const choices = defaultChoices(described, 'id');
    expect(chosenParts(choices, described).parts).toEqual(['informants', 'codebook', 'transcripts']);
    const onlyEmpty = { ...choices, parts: choices.parts.map((p) => ({ ...p, included: p.id === 'conclusions' })) };
    expect(chosenParts(onlyEmpty, described).parts).toEqual([]);
  });

  it('keep the table contents chosen for the appendix and the workbook, defaults for a stored choice without them', () => {
    expect(defaultChoices(REGISTRY, 'id').format).toMatchObject({ unjudgedVerdicts: 'notJudged', evidenceText: 'quote', codebookColour: false, tableNumbering: 'appendix', sourceNoteText: '' });
    const stored = { format: { unjudgedVerdicts: 'suggestion', evidenceText: 'reduced', codebookColour: true, tableNumbering: 'chapter', sourceNoteText: ' Hasil wawancara, ' } };
    expect(reconcileChoices(stored, REGISTRY, 'id').format).toMatchObject({
      unjudgedVerdicts: 'suggestion',
      evidenceText: 'reduced',
      codebookColour: true,
      tableNumbering: 'chapter',
      sourceNoteText: 'Hasil wawancara',
    });
  });

  it.each([
    ['Pemberdayaan UMKM', 'Lampiran - Pemberdayaan UMKM.docx'],
    ['Kinerja: "ASN"/PNS?', 'Lampiran - Kinerja ASN PNS.docx'],
    ['', 'Lampiran.docx'],
    [`${'kata '.repeat(30)}akhir`, `Lampiran - ${'kata '.repeat(14).trim()}.docx`],
  ])('name the file after the project: %s', (title, name) => {
    expect(appendixFileName(title, 'Lampiran', 'docx')).toBe(name);
  });

  // The demo projects' titles: the name keeps the main phrase whole and drops the setting.
  it.each([
    [
      'Pemberdayaan Masyarakat melalui Usaha Mikro, Kecil, dan Menengah oleh Dinas Koperasi dan UMKM Kabupaten Randuwangi',
      'Pemberdayaan Masyarakat melalui Usaha Mikro, Kecil, dan Menengah',
    ],
    [
      'Modal Sosial dalam Pemberdayaan Usaha Mikro melalui Kelompok Seni dan Usaha Kecil Sekar Kembang, Kelurahan Kembangsari, Kota Sendangmulyo',
      'Modal Sosial dalam Pemberdayaan Usaha Mikro',
    ],
    ['Implementasi Program Penguatan Usaha Mikro pada Dinas Koperasi, Usaha Mikro dan Perdagangan Kota Wirabumi', 'Implementasi Program Penguatan Usaha Mikro'],
    ['Kinerja Pegawai Negeri Sipil: Studi Kasus pada Badan Kepegawaian Daerah Kabupaten Sukamaju Tahun 2025', 'Kinerja Pegawai Negeri Sipil'],
    ['Social Capital and Microenterprise Growth in Rural Java — A Case Study of Three Villages', 'Social Capital and Microenterprise Growth in Rural Java'],
    ['Kualitas Pelayanan Publik Administrasi Kependudukan Kecamatan Sukamaju Kabupaten Randuwangi Provinsi Jawa Tengah', 'Kualitas Pelayanan Publik Administrasi Kependudukan Kecamatan Sukamaju'],
    ['Evaluasi Kebijakan Penataan Pedagang Kaki Lima Kota Sendangmulyo dan Kabupaten Randuwangi Tahun 2024', 'Evaluasi Kebijakan Penataan Pedagang Kaki Lima Kota Sendangmulyo'],
    [`Pemberdayaan ${'x'.repeat(90)} Desa`, 'Pemberdayaan'],
    [`${'x'.repeat(90)} Desa`, 'x'.repeat(90)],
  ])('shorten a long thesis title at a clause or a word, never inside a word: %s', (title, short) => {
    expect(shortTitle(title)).toBe(short);
    expect(appendixFileName(title, 'Lampiran', 'docx')).toBe(`Lampiran - ${short}.docx`);
    // Every word of the name is a whole word of the title.
    const words = new Set(title.split(/\s+/).map((w) => w.replace(/[,:;.]$/, '')));
    for (const word of short.split(' ')) expect(words.has(word.replace(/[,:;.]$/, ''))).toBe(true);
  });
});
