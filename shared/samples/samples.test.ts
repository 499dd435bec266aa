import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTranscript } from '../import';
import { techniqueTable } from '../display';
import { stateFromSnapshot } from '../model/changeset';
import type { ProjectSnapshot, Segment } from '../model/types';
import { triangulationVerdictsFromState } from '../reduction';
import { buildSampleProject, SAMPLE_SLUGS, sampleFiles, samplePdfFiles } from './index';
import type { SampleSpec } from './index';

const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));
const NOW = '2023-12-01T08:00:00.000Z';

const sampleFolders = readdirSync(samplesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(samplesDir, e.name, 'sample.json')))
  .map((e) => e.name);

function readSample(slug: string): { spec: SampleSpec; texts: Record<string, string | Uint8Array> } {
  const spec = JSON.parse(readFileSync(join(samplesDir, slug, 'sample.json'), 'utf8')) as SampleSpec;
  const texts: Record<string, string | Uint8Array> = {};
  for (const file of sampleFiles(spec)) texts[file] = readFileSync(join(samplesDir, slug, file), 'utf8');
  for (const file of samplePdfFiles(spec)) texts[file] = new Uint8Array(readFileSync(join(samplesDir, slug, file)));
  return { spec, texts };
}

/** Characters of `text` covered by at least one segment. */
function codedCharacters(segments: Segment[]): number {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  let covered = 0;
  let reach = 0;
  for (const s of sorted) {
    const from = Math.max(s.start, reach);
    if (s.end > from) covered += s.end - from;
    reach = Math.max(reach, s.end);
  }
  return covered;
}

const words = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

it('finds sample 1 and lists every sample folder in SAMPLE_SLUGS', () => {
  expect(sampleFolders).toContain('koperasi-umkm-kabupaten');
  for (const slug of sampleFolders) expect(SAMPLE_SLUGS).toContain(slug);
});

describe.each(sampleFolders)('sample %s', (slug) => {
  const { spec, texts } = readSample(slug);
  let built: Promise<ProjectSnapshot> | undefined;
  const project = (): Promise<ProjectSnapshot> => (built ??= buildSampleProject(spec, texts, NOW));

  it('builds, with its slug matching its folder and the spec title and settings', async () => {
    expect(spec.slug).toBe(slug);
    const snapshot = await project();
    expect(snapshot.project.title).toBe(spec.title);
    expect(snapshot.project.journal).toBe(spec.journal);
    expect(snapshot.project.settings.informantGroups).toEqual(spec.informantGroups);
    expect(snapshot.project.settings.informantCategories).toEqual(spec.informantCategories);
    expect(snapshot.documents).toHaveLength(spec.documents.length + (spec.pdfs?.length ?? 0) + (spec.pictures?.length ?? 0));
  });

  it('gives every informant the fields of the spec and at least one document', async () => {
    const snapshot = await project();
    expect(snapshot.informants.map((i) => i.label).sort()).toEqual(spec.informants.map((i) => i.label).sort());
    for (const wanted of spec.informants) {
      const informant = snapshot.informants.find((i) => i.label === wanted.label)!;
      expect(informant).toMatchObject({ name: wanted.name, position: wanted.position, category: wanted.category, group: wanted.group });
      expect(spec.informantCategories).toContain(wanted.category);
      expect(spec.informantGroups).toContain(wanted.group);
      expect(snapshot.documents.filter((d) => d.informantId === informant.id).length).toBeGreaterThanOrEqual(1);
    }
    for (const doc of spec.documents) {
      const document = snapshot.documents.find((d) => d.sourceFileName.endsWith(doc.file.split('/').pop()!))!;
      expect(document.kind).toBe(doc.kind);
      const owner = snapshot.informants.find((i) => i.id === document.informantId);
      expect(owner?.label ?? '').toBe(doc.informant);
    }
  });

  it('shows the whole path: an interview guide, a coded documentation PDF, a coded photo with a memo, a judged technique row', async () => {
    const snapshot = await project();
    const guide = snapshot.project.instruments!;
    expect(guide.frameworkCodeIds).toHaveLength(spec.frameworks.length);
    const pdfs = snapshot.documents.filter((d) => d.medium === 'pdf');
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0]!.kind).toBe('document');
    expect(pdfs[0]!.pages!.length).toBeGreaterThanOrEqual(2);
    expect(snapshot.segments.filter((g) => g.documentId === pdfs[0]!.id).length).toBeGreaterThanOrEqual(1);
    const photos = snapshot.documents.filter((d) => d.medium === 'picture');
    expect(photos).toHaveLength(1);
    const photo = photos[0]!;
    expect(photo.text).not.toBe('');
    expect(photo.picture!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(photo.picture!.place).not.toBe('');
    expect(photo.informantId).not.toBeNull();
    const photoCodings = snapshot.segments.filter((g) => g.documentId === photo.id);
    expect(photoCodings.length).toBeGreaterThanOrEqual(1);
    expect(photoCodings.every((g) => g.memo.trim() !== '')).toBe(true);
    // The technique table of the first framework shows interviews and documents, and one row the student judged.
    const state = stateFromSnapshot(snapshot);
    const root = snapshot.codes.find((c) => c.parentId === null && c.frameworkId === spec.frameworks[0])!;
    const table = techniqueTable(state, { rootCodeId: root.id, verdicts: triangulationVerdictsFromState(state) });
    expect(table.columns.map((c) => c.technique)).toContain('document');
    const judged = table.rows.filter((r) => r.verdict !== null);
    expect(judged).toHaveLength(1);
    expect(judged[0]!.note).not.toBe('');
    const documentColumn = table.columns.findIndex((c) => c.technique === 'document');
    expect(table.cells[table.rows.indexOf(judged[0]!)]![documentColumn]!.count).toBeGreaterThanOrEqual(1);
  });

  it('has begun its analysis, so the demo shows complete matrices: summaries, triangulation notes, conclusions with evidence', async () => {
    const snapshot = await project();
    expect(snapshot.cellSummaries.length).toBe(spec.summaries?.length);
    expect(snapshot.cellSummaries.length).toBeGreaterThanOrEqual(5);
    expect(new Set(snapshot.triangulationNotes.map((n) => n.verdict))).toEqual(new Set(['sama', 'berbeda', ...(slug === 'koperasi-umkm-kabupaten' ? ['spesifik'] : [])]));
    expect(snapshot.conclusions.length).toBeGreaterThanOrEqual(3);
    const segmentIds = new Set(snapshot.segments.map((g) => g.id));
    for (const conclusion of snapshot.conclusions) {
      expect(conclusion.evidenceSegmentIds.every((id) => segmentIds.has(id)), conclusion.text).toBe(true);
      expect(['', ...snapshot.project.settings.verdictScale]).toContain(conclusion.verdict);
    }
    // A conclusion on a whole framework, as the method chapter promises one.
    const roots = new Set(snapshot.codes.filter((c) => c.parentId === null).map((c) => c.id));
    expect(snapshot.conclusions.some((c) => roots.has(c.codeId))).toBe(true);
  });

  it('codes every quote with its codes and a reduced statement', async () => {
    const snapshot = await project();
    for (const coding of spec.codings) {
      expect(coding.reduced.trim(), coding.quote).not.toBe('');
      const document = snapshot.documents.find((d) => d.sourceFileName.endsWith(coding.file.split('/').pop()!))!;
      const start = document.text.indexOf(coding.quote.trim());
      const segment = snapshot.segments.find((s) => s.documentId === document.id && s.start === start);
      expect(segment, coding.quote).toBeDefined();
      expect(segment!.codeIds.length).toBeGreaterThanOrEqual(coding.codes.length);
      expect(segment!.reduced).not.toBe('');
    }
  });

  it('shows overlapping segments somewhere, as real coding does', async () => {
    const snapshot = await project();
    const overlapping = snapshot.segments.filter((a) =>
      snapshot.segments.some((b) => b !== a && b.documentId === a.documentId && b.start < a.end && a.start < b.end),
    );
    expect(overlapping.length).toBeGreaterThan(0);
  });

  it.each(spec.documents.filter((d) => d.kind === 'interview').map((d) => d.file))(
    '%s reads as an interview: header, 20+ turns, realistic length, partly coded',
    async (file) => {
      const imported = await importTranscript({ name: file.split('/').pop()!, bytes: new TextEncoder().encode(texts[file] as string) });
      const informant = spec.informants.find((i) => i.label === spec.documents.find((d) => d.file === file)!.informant)!;
      expect(imported.header.name).toBe(informant.name);
      expect(imported.header.position).toBeTruthy();
      expect(imported.header.date).toBeTruthy();
      expect(imported.turns.length).toBeGreaterThanOrEqual(20);
      // Every turn is a P:/I: line: no header field (Pewawancara, Tempat …) is shown as speech.
      const notSpeech = imported.turns.map((t) => imported.text.slice(t.start, t.end)).filter((t) => !/^(\[[\d:]+\] )?[PI]: /.test(t));
      expect(notSpeech).toEqual([]);
      expect(imported.turns.some((t) => t.role === 'researcher')).toBe(true);
      expect(imported.turns.some((t) => t.role === 'informant')).toBe(true);

      const count = words(imported.text);
      expect(count).toBeGreaterThanOrEqual(1200);
      expect(count).toBeLessThanOrEqual(2200);

      const snapshot = await project();
      const document = snapshot.documents.find((d) => d.sourceFileName === imported.fileName)!;
      const share = codedCharacters(snapshot.segments.filter((s) => s.documentId === document.id)) / document.text.length;
      expect(share).toBeGreaterThanOrEqual(0.25);
      expect(share).toBeLessThanOrEqual(0.75);
    },
  );
});

describe('buildSampleProject on small specs', () => {
  const transcript = [
    'Transkrip Wawancara',
    'Nama informan : Ibu Contoh',
    'Jabatan : Pelaku UMKM',
    'Hari/Tanggal : Selasa, 14 November 2023',
    '',
    'P: Bagaimana pelatihan dari dinas?',
    'I: Pelatihannya sering, tetapi tidak ada tindak lanjut.',
    'P: Bagaimana dengan modal?',
    'I: KUR sulit karena agunan.',
  ].join('\n');
  const base: SampleSpec = {
    slug: 'uji',
    title: 'Uji',
    researcher: 'R',
    institution: 'U',
    focus: 'F',
    frameworks: ['empowerment', 'factors'],
    informantCategories: ['Informan pendukung'],
    informantGroups: ['Pelaku UMKM'],
    journal: '',
    informants: [
      { label: 'I1', name: 'Ibu Sampel', position: 'Pemilik usaha', category: 'Informan pendukung', group: 'Pelaku UMKM', interviewDate: '2023-11-14', place: 'Rumah produksi', attributes: { 'Jenis kelamin': 'P' }, memo: 'memo' },
    ],
    documents: [
      { file: 't/a.txt', informant: 'I1', kind: 'interview' },
      { file: 't/catatan.txt', informant: '', kind: 'observation' },
    ],
    codings: [],
  };
  const texts = { 't/a.txt': transcript, 't/catatan.txt': 'Kode catatan : O1\nLokasi : Alun-alun\n\nBazar ramai dikunjungi.' };

  it('replaces header informants with the spec, links the documents and leaves the note unattached', async () => {
    const snapshot = await buildSampleProject(base, texts, NOW);
    expect(snapshot.informants).toHaveLength(1);
    expect(snapshot.informants[0]).toMatchObject({ label: 'I1', name: 'Ibu Sampel', interviewDate: '2023-11-14', attributes: { 'Jenis kelamin': 'P' }, memo: 'memo' });
    const note = snapshot.documents.find((d) => d.sourceFileName === 'catatan.txt')!;
    expect(note.kind).toBe('observation');
    expect(note.informantId).toBeNull();
    expect(snapshot.documents.find((d) => d.sourceFileName === 'a.txt')!.informantId).toBe(snapshot.informants[0]!.id);
  });

  it('resolves labels in either language at any depth and creates an own code once', async () => {
    const snapshot = await buildSampleProject(
      {
        ...base,
        codings: [
          { file: 't/a.txt', quote: 'Pelatihannya sering', codes: ['empowerment/EMPOWERING', 'factors/Faktor pendukung', 'own/Tindak lanjut'], memo: 'm', reduced: 'Pelatihan sering.' },
          { file: 't/a.txt', quote: 'KUR sulit karena agunan.', codes: ['factors/inhibiting factor', 'own/tindak lanjut'], memo: '', reduced: 'KUR sulit.' },
        ],
      },
      texts,
      NOW,
    );
    expect(snapshot.codes.filter((c) => c.label.id.toLowerCase() === 'tindak lanjut')).toHaveLength(1);
    expect(snapshot.segments).toHaveLength(2);
    const first = snapshot.segments.find((s) => s.reduced === 'Pelatihan sering.')!;
    const document = snapshot.documents.find((d) => d.id === first.documentId)!;
    expect(document.text.slice(first.start, first.end)).toBe('Pelatihannya sering');
    expect(first.codeIds).toHaveLength(3);
    expect(first.memo).toBe('m');
  });

  const coded = {
    codings: [{ file: 't/a.txt', quote: 'KUR sulit karena agunan.', codes: ['empowerment/KUR dan bantuan modal'], memo: '', reduced: 'KUR sulit.' }],
  };

  it('stores the analysis begun: cell summaries, triangulation notes and conclusions with their evidence', async () => {
    const snapshot = await buildSampleProject(
      {
        ...base,
        ...coded,
        summaries: [{ code: 'empowerment/KUR dan bantuan modal', informant: 'I1', text: 'KUR terhambat agunan.' }],
        triangulation: [{ code: 'empowerment/KUR and capital assistance', verdict: 'spesifik', note: 'Hanya I1.' }],
        conclusions: [{ code: 'empowerment/Protecting', text: 'Perlindungan belum terasa.', verdict: 'Belum optimal', evidence: ['KUR sulit karena agunan.'] }],
      },
      texts,
      NOW,
    );
    const kur = snapshot.codes.find((c) => c.label.id === 'KUR dan bantuan modal')!;
    expect(snapshot.cellSummaries).toEqual([
      expect.objectContaining({ codeId: kur.id, informantId: snapshot.informants[0]!.id, text: 'KUR terhambat agunan.', coderId: null }),
    ]);
    expect(snapshot.triangulationNotes).toEqual([expect.objectContaining({ codeId: kur.id, verdict: 'spesifik', note: 'Hanya I1.' })]);
    const [conclusion] = snapshot.conclusions;
    expect(conclusion).toMatchObject({ text: 'Perlindungan belum terasa.', verdict: 'Belum optimal', evidenceSegmentIds: [snapshot.segments[0]!.id] });
    expect(snapshot.codes.find((c) => c.id === conclusion!.codeId)!.label.id).toBe('Protecting');
  });

  it.each([
    ['evidence that is no coding\'s quote', { ...coded, conclusions: [{ code: 'empowerment/Protecting', text: 't', verdict: '', evidence: ['KUR sulit'] }] }, /uji.*evidence.*KUR sulit/],
    ['a verdict off the scale', { ...coded, conclusions: [{ code: 'empowerment/Protecting', text: 't', verdict: 'Bagus', evidence: [] }] }, /uji.*Bagus/],
    ['a summary of an unknown informant', { summaries: [{ code: 'empowerment/Pelatihan', informant: 'I7', text: 't' }] }, /uji.*I7/],
    ['two summaries of one cell', { summaries: [{ code: 'empowerment/Pelatihan', informant: 'I1', text: 'a' }, { code: 'empowerment/Training', informant: 'I1', text: 'b' }] }, /uji.*two summaries/],
    ['a quote that is not in the transcript', { codings: [{ file: 't/a.txt', quote: 'tidak ada di sini', codes: ['factors/Faktor pendukung'], memo: '', reduced: 'x' }] }, /uji.*t\/a\.txt.*tidak ada di sini/],
    ['an unknown code', { codings: [{ file: 't/a.txt', quote: 'KUR sulit', codes: ['empowerment/Tidak ada'], memo: '', reduced: 'x' }] }, /uji.*empowerment\/Tidak ada/],
    ['a framework the project lacks', { codings: [{ file: 't/a.txt', quote: 'KUR sulit', codes: ['edward3/Komunikasi'], memo: '', reduced: 'x' }] }, /edward3\/Komunikasi/],
    ['a missing file', { documents: [{ file: 't/hilang.txt', informant: 'I1', kind: 'interview' as const }] }, /uji.*t\/hilang\.txt/],
    ['an unknown informant', { documents: [{ file: 't/a.txt', informant: 'I9', kind: 'interview' as const }] }, /uji.*I9/],
  ])('refuses %s with an error naming it', async (_case, patch, message) => {
    await expect(buildSampleProject({ ...base, ...patch }, texts, NOW)).rejects.toThrow(message);
  });
});

describe('the fieldwork photo of the Sekar Kembang sample', () => {
  it('is a coded documentation photo of informant I2, with its caption, date, place and image', async () => {
    const { spec, texts } = readSample('kelompok-seni-woolcock');
    const snapshot = await buildSampleProject(spec, texts, NOW);
    const photos = snapshot.documents.filter((d) => d.medium === 'picture');
    expect(photos).toHaveLength(1);
    const photo = photos[0]!;
    expect(photo).toMatchObject({
      kind: 'document',
      text: 'Rapat anggota bulanan Kelompok Sekar Kembang: bendahara membacakan laporan kas',
      picture: { date: '2024-11-03', place: 'Pendapa Kelurahan Kembangsari, Kota Sendangmulyo', width: 640, height: 427 },
      original: { mediaType: 'image/jpeg' },
    });
    expect(snapshot.informants.find((i) => i.id === photo.informantId)!.label).toBe('I2');
    const coded = snapshot.segments.filter((s) => s.documentId === photo.id);
    expect(coded).toHaveLength(1);
    expect(coded[0]).toMatchObject({ start: 0, end: photo.text.length });
    expect(coded[0]!.codeIds.map((id) => snapshot.codes.find((c) => c.id === id)!.label.id).sort()).toEqual(['Bonding', 'Meso']);
  });
});
