import { describe, expect, it } from 'vitest';
import {
  buildAllDisplays,
  cellSegments,
  checklistMatrix,
  coOccurrenceMatrix,
  conceptuallyClusteredMatrix,
  crossedMatrix,
  heatLevel,
  heatRange,
  roleOrderedMatrix,
  summaryKey,
  triangulationTable,
  type DisplayCell,
  type DisplayMatrix,
} from './index';
import { coveredLength } from './cells';
import { ownCell } from './counting';
import { displayProject, largeProject, segmentOn, TEXTS, withSegments } from './test-support';
import { setCellSummary, setTriangulationVerdict } from '../reduction';
import { applyChangeset } from '../model/changeset';

/** The matrix as a student reads it: a header row, then each row's label and cells. */
function grid(matrix: DisplayMatrix, show: (cell: DisplayCell) => string | number): (string | number)[][] {
  return [
    ['', ...matrix.columns.map((column) => column.label)],
    ...matrix.rows.map((row, r) => [`${'  '.repeat(row.depth)}${row.label}`, ...matrix.cells[r]!.map(show)]),
  ];
}
const count = (cell: DisplayCell) => cell.count;
const ids = (cell: DisplayCell) => cell.segmentIds.join(' ');
const rowIndex = (matrix: DisplayMatrix, codeId: string) => matrix.rows.findIndex((row) => row.codeId === codeId);
const columnIndex = (matrix: DisplayMatrix, key: string) => matrix.columns.findIndex((column) => column.key === key);
const cellAt = (matrix: DisplayMatrix, codeId: string, key: string) => matrix.cells[rowIndex(matrix, codeId)]![columnIndex(matrix, key)]!;

const state = displayProject();
const textOf = (documentId: string) => state.documents[documentId]!.text;

describe('conceptually clustered matrix', () => {
  it('lists dimensions and their indicators in codebook order, informants by order, and an Observasi column for the coded observation note', () => {
    const matrix = conceptuallyClusteredMatrix(state, { rootCodeId: 'pemberdayaan', locale: 'id' });
    expect(grid(matrix, ids)).toEqual([
      ['', 'I1', 'I2', 'I3', 'I4', 'Observasi'],
      // A dimension holds the segments it counts: its own (s8) and its indicators', each once, in reading order.
      ['Enabling', 's1 s10 s2', 's4', 's5', 's8', 's9'],
      ['  Sosialisasi', 's1 s10', 's4', 's5', '', 's9'],
      ['  Pelibatan', 's2', '', '', '', ''],
      ['Empowering', 's3', '', 's6', '', ''],
      ['  Pelatihan', 's3', '', 's6', '', ''],
      ['Protecting', '', '', '', 's7', ''],
    ]);
    expect(matrix.kind).toBe('conceptual');
    expect(matrix.columns.map((column) => [column.key, column.informantIds])).toEqual([
      ['i1', ['i1']], ['i2', ['i2']], ['i3', ['i3']], ['i4', ['i4']], ['source:observation', []],
    ]);
  });

  it('puts an observation note or document in its own column even when it is attached to an informant', () => {
    const attached = { ...state, documents: { ...state.documents, obs: { ...state.documents.obs!, informantId: 'i2' } } };
    const matrix = conceptuallyClusteredMatrix(attached, { rootCodeId: 'pemberdayaan', locale: 'en' });
    expect(grid(matrix, ids)[2]).toEqual(['  Socialisation', 's1 s10', 's4', 's5', '', 's9']);
    expect(matrix.columns.at(-1)!.label).toBe('Observation');
    // An interview attached to nobody is what "No informant" means.
    const loose = { ...state, documents: { ...state.documents, d4: { ...state.documents.d4!, informantId: null } } };
    expect(grid(conceptuallyClusteredMatrix(loose, { rootCodeId: 'pemberdayaan', locale: 'id' }), ids)[0]).toEqual(['', 'I1', 'I2', 'I3', 'I4', 'Tanpa informan', 'Observasi']);
  });

  it('shows quotes, reduced statements, counts and coverage in each cell', () => {
    const matrix = conceptuallyClusteredMatrix(state, { rootCodeId: 'pemberdayaan', locale: 'en' });
    const cell = cellAt(matrix, 'sosialisasi', 'i1');
    expect(cell.quotes).toEqual(['Kami mengundang pelaku usaha lewat surat camat', 'pelaku usaha lewat surat']);
    expect(cell.reduced).toEqual(['Sosialisasi lewat surat camat']);
    expect(cell.count).toBe(2);
    // The nested segment adds nothing to the share of I1's words that are coded.
    expect(cell.coverage).toBeCloseTo('Kami mengundang pelaku usaha lewat surat camat'.length / textOf('d1').length, 10);
    expect(matrix.columns.at(-1)!.label).toBe('Observation');
    expect(matrix.rows.map((row) => row.label)).toContain('Training');
    const empty = cellAt(matrix, 'pelibatan', 'i2');
    expect(empty).toEqual({ segmentIds: [], count: 0, coverage: 0, quotes: [], reduced: [] });
  });

  it('prints in a dimension row of a text display only what was coded to the dimension itself', () => {
    const matrix = conceptuallyClusteredMatrix(state, { rootCodeId: 'pemberdayaan', locale: 'id' });
    const own = (codeId: string, key: string) => ownCell(state, codeId, cellAt(matrix, codeId, key));
    expect(own('enabling', 'i4')).toMatchObject({ segmentIds: ['s8'], quotes: ['Dinas memberi semangat'], reduced: ['Dinas memotivasi'] });
    expect(own('enabling', 'i1')).toMatchObject({ segmentIds: [], quotes: [], reduced: [] });
    // An indicator's own cell is the cell.
    expect(own('sosialisasi', 'i1')).toBe(cellAt(matrix, 'sosialisasi', 'i1'));
    expect(cellAt(matrix, 'empowering', 'i3').quotes).toEqual(['Pelatihan kemasan sangat membantu']);
  });

  it('leaves out the observation column when observation notes have nothing in these rows', () => {
    const matrix = conceptuallyClusteredMatrix(withSegments(state, [], ['s9']), { rootCodeId: 'pemberdayaan', locale: 'id' });
    expect(matrix.columns.map((column) => column.label)).toEqual(['I1', 'I2', 'I3', 'I4']);
    expect(matrix.cells.every((row) => row.length === 4)).toBe(true);
  });

  it('puts the student’s summary in its cell and leaves the others without one', () => {
    const matrix = conceptuallyClusteredMatrix(state, {
      rootCodeId: 'pemberdayaan',
      locale: 'id',
      summaries: { [summaryKey('sosialisasi', 'i1')]: 'Undangan tertulis lewat camat', [summaryKey('pelibatan', 'i2')]: '  ' },
    });
    expect(grid(matrix, (cell) => cell.summary ?? '-')[2]).toEqual(['  Sosialisasi', 'Undangan tertulis lewat camat', '-', '-', '-', '-']);
    expect(cellAt(matrix, 'pelibatan', 'i2').summary).toBeUndefined();
  });

  it('follows edits: a new coding shows up in the next build', () => {
    const before = conceptuallyClusteredMatrix(state, { rootCodeId: 'pemberdayaan', locale: 'id' });
    const after = conceptuallyClusteredMatrix(withSegments(state, [segmentOn(state, 'new', 'd2', 'grup WhatsApp', ['pelibatan'])]), {
      rootCodeId: 'pemberdayaan',
      locale: 'id',
    });
    expect(cellAt(before, 'pelibatan', 'i2').count).toBe(0);
    expect(cellAt(after, 'pelibatan', 'i2').quotes).toEqual(['grup WhatsApp']);
  });

  it('treats a framework root without sub-codes as a single row, and refuses an unknown root', () => {
    const matrix = conceptuallyClusteredMatrix(state, { rootCodeId: 'sosialisasi', locale: 'id' });
    expect(grid(matrix, count)).toEqual([
      ['', 'I1', 'I2', 'I3', 'I4', 'Observasi'],
      ['Sosialisasi', 2, 1, 1, 0, 1],
    ]);
    expect(() => conceptuallyClusteredMatrix(state, { rootCodeId: 'nope', locale: 'id' })).toThrow(/nope/);
  });
});

describe('role-ordered matrix', () => {
  it.each([
    {
      by: 'group' as const,
      header: ['', 'ASN', 'Pelaku UMKM', 'Observasi'],
      sosialisasi: ['  Sosialisasi', 's1 s10 s4', 's5', 's9'],
      members: [['i1', 'i2'], ['i3', 'i4'], []],
    },
    {
      by: 'category' as const,
      // I4 has no category: "Tanpa kategori" holds them (and would hold interviews of nobody).
      header: ['', 'Informan kunci', 'Informan utama', 'Informan pendukung', 'Tanpa kategori', 'Observasi'],
      sosialisasi: ['  Sosialisasi', 's1 s10', 's4', 's5', '', 's9'],
      members: [['i1'], ['i2'], ['i3'], ['i4'], []],
    },
  ])('pools informants by $by in settings order', ({ by, header, sosialisasi, members }) => {
    const matrix = roleOrderedMatrix(state, { rootCodeId: 'pemberdayaan', by, locale: 'id' });
    const shown = grid(matrix, ids);
    expect(shown[0]).toEqual(header);
    expect(shown[2]).toEqual(sosialisasi);
    expect(matrix.columns.map((column) => column.informantIds)).toEqual(members);
    expect(matrix.kind).toBe('role-ordered');
  });

  it('keeps an empty settings group, adds groups found on informants after it, and measures coverage over the pooled text', () => {
    const edited = {
      ...state,
      project: { ...state.project, settings: { ...state.project.settings, informantGroups: ['Akademisi', 'ASN', 'Pelaku UMKM'] } },
      informants: { ...state.informants, i4: { ...state.informants.i4!, group: 'Pendamping' } },
    };
    const matrix = roleOrderedMatrix(withSegments(edited, [], ['s9']), { rootCodeId: 'pemberdayaan', by: 'group', locale: 'id' });
    expect(grid(matrix, count)).toEqual([
      ['', 'Akademisi', 'ASN', 'Pelaku UMKM', 'Pendamping'],
      ['Enabling', 0, 4, 1, 1],
      ['  Sosialisasi', 0, 3, 1, 0],
      ['  Pelibatan', 0, 1, 0, 0],
      ['Empowering', 0, 1, 1, 0],
      ['  Pelatihan', 0, 1, 1, 0],
      ['Protecting', 0, 0, 0, 1],
    ]);
    const asn = cellAt(matrix, 'sosialisasi', 'group:ASN');
    const covered = 'Kami mengundang pelaku usaha lewat surat camat'.length + 'Informasi program disebar lewat grup WhatsApp'.length;
    expect(asn.coverage).toBeCloseTo(covered / (textOf('d1').length + textOf('d2').length), 10);
  });

  it('carries group summaries keyed by the column key', () => {
    const matrix = roleOrderedMatrix(state, {
      rootCodeId: 'pemberdayaan',
      by: 'group',
      locale: 'id',
      summaries: { [summaryKey('pelatihan', 'group:Pelaku UMKM')]: 'Pelatihan kemasan dirasakan bermanfaat' },
    });
    expect(cellAt(matrix, 'pelatihan', 'group:Pelaku UMKM').summary).toBe('Pelatihan kemasan dirasakan bermanfaat');
  });

  it('shows in a group column its informants’ own summaries, each after the informant’s label', () => {
    const matrix = roleOrderedMatrix(state, {
      rootCodeId: 'pemberdayaan',
      by: 'group',
      locale: 'id',
      summaries: { [summaryKey('sosialisasi', 'i2')]: 'Lewat WhatsApp', [summaryKey('sosialisasi', 'i1')]: 'Lewat surat camat', [summaryKey('pelatihan', 'i1')]: ' ' },
    });
    expect(cellAt(matrix, 'sosialisasi', 'group:ASN').summary).toBe('I1: Lewat surat camat\nI2: Lewat WhatsApp');
    expect(cellAt(matrix, 'sosialisasi', 'group:Pelaku UMKM').summary).toBeUndefined();
    expect(cellAt(matrix, 'pelatihan', 'group:ASN').summary).toBeUndefined();
  });
});

describe('checklist and heat map', () => {
  it('gives counts and coverage per code × informant with the maxima of the scale', () => {
    const matrix = checklistMatrix(state, { rootCodeId: 'pemberdayaan' });
    expect(matrix.kind).toBe('checklist');
    expect(grid(matrix, count)).toEqual([
      ['', 'I1', 'I2', 'I3', 'I4', 'Observasi'],
      // A dimension counts the distinct segments of itself and its indicators (counting.ts): never 0 above coded indicators.
      ['Enabling', 3, 1, 1, 1, 1],
      ['  Sosialisasi', 2, 1, 1, 0, 1],
      ['  Pelibatan', 1, 0, 0, 0, 0],
      ['Empowering', 1, 0, 1, 0, 0],
      ['  Pelatihan', 1, 0, 1, 0, 0],
      ['Protecting', 0, 0, 0, 1, 0],
    ]);
    expect(matrix.maxCount).toBe(3);
    const coverages = matrix.cells.flat().map((cell) => cell.coverage);
    expect(matrix.maxCoverage).toBe(Math.max(...coverages));
    expect(matrix.maxCoverage).toBeGreaterThan(0);
    expect(matrix.maxCoverage).toBeLessThanOrEqual(1);
  });

  it.each([
    [0, 10, 0],
    [1, 10, 1],
    [2.5, 10, 1],
    [2.6, 10, 2],
    [5, 10, 2],
    [7.5, 10, 3],
    [9, 10, 4],
    [10, 10, 4],
    [12, 10, 4],
    [3, 0, 0],
    [-1, 10, 0],
    [Number.NaN, 10, 0],
  ])('heatLevel(%s, %s) = %s', (value, max, level) => {
    expect(heatLevel(value, max)).toBe(level);
  });
});

describe('co-occurrence matrix', () => {
  const codes = ['sosialisasi', 'pelibatan', 'pelatihan', 'meso', 'mikro'];
  const matrix = coOccurrenceMatrix(state, { codeIds: codes, locale: 'id' });

  it('counts segments on the diagonal and meetings elsewhere, by the documented rule', () => {
    expect(grid(matrix, count)).toEqual([
      ['', 'Sosialisasi', 'Pelibatan', 'Pelatihan', 'Meso', 'Mikro'],
      // s1, s10 (nested in s1), s4, s5, s9; the overlapping pair s1–s10 adds nothing to the diagonal.
      ['Sosialisasi', 5, 0, 0, 2, 0],
      // s2 overlaps s3 (Pelatihan, Mikro): one pair each.
      ['Pelibatan', 0, 1, 1, 0, 1],
      ['Pelatihan', 0, 1, 2, 0, 1],
      // Meso × Sosialisasi: s1 carries both (1) + s10 overlaps s1 (1).
      ['Meso', 2, 0, 0, 1, 0],
      ['Mikro', 0, 1, 1, 0, 1],
    ]);
  });

  it('is symmetric, with the segments behind each meeting', () => {
    for (let r = 0; r < codes.length; r++) {
      for (let c = 0; c < codes.length; c++) {
        expect(matrix.cells[r]![c]!.count).toBe(matrix.cells[c]![r]!.count);
        expect(matrix.cells[r]![c]!.segmentIds).toEqual(matrix.cells[c]![r]!.segmentIds);
      }
    }
    expect(cellAt(matrix, 'sosialisasi', 'meso').segmentIds).toEqual(['s1', 's10']);
    expect(cellAt(matrix, 'pelibatan', 'pelatihan').quotes).toEqual(['Kelompok diajak musyawarah', 'musyawarah sebelum pelatihan']);
    // Both codes apply only where the two segments overlap: the word "musyawarah".
    expect(cellAt(matrix, 'pelibatan', 'pelatihan').coverage).toBeCloseTo('musyawarah'.length / totalText(), 10);
  });

  it.each([
    { name: 'touching ends do not overlap', words: ['Saya tahu', ' program dari'], expected: 0 },
    { name: 'one shared character is an overlap', words: ['Saya tahu', 'u program dari'], expected: 1 },
    { name: 'a segment carrying both codes counts once', words: ['Saya tahu program'], expected: 1 },
  ])('$name', ({ words, expected }) => {
    const fresh = withSegments(
      state,
      words.length === 1
        ? [segmentOn(state, 'a', 'd3', words[0]!, ['meso', 'mikro'])]
        : [segmentOn(state, 'a', 'd3', words[0]!, ['meso']), segmentOn(state, 'b', 'd3', words[1]!, ['mikro'])],
      ['s1', 's3'],
    );
    const small = coOccurrenceMatrix(fresh, { codeIds: ['meso', 'mikro'] });
    expect(small.cells[0]![1]!.count).toBe(expected);
    expect(small.cells[1]![0]!.count).toBe(expected);
  });

  it('counts a pair once however many of its codes meet, and a segment with both codes plus its overlapping pair separately', () => {
    const fresh = withSegments(state, [
      segmentOn(state, 'a', 'd3', 'Saya tahu program', ['meso', 'mikro']),
      segmentOn(state, 'b', 'd3', 'program dari tetangga', ['meso', 'mikro']),
    ], ['s1', 's3']);
    const small = coOccurrenceMatrix(fresh, { codeIds: ['meso', 'mikro'] });
    // a (1) + b (1) + the pair a–b (1).
    expect(grid(small, count)).toEqual([
      ['', 'Meso', 'Mikro'],
      ['Meso', 2, 3],
      ['Mikro', 3, 2],
    ]);
  });

  it('skips unknown and repeated codes', () => {
    const small = coOccurrenceMatrix(state, { codeIds: ['pelatihan', 'nope', 'pelatihan'] });
    expect(grid(small, count)).toEqual([
      ['', 'Pelatihan'],
      ['Pelatihan', 2],
    ]);
  });
});

describe('crossed frameworks', () => {
  it('crosses Pemberdayaan with Tingkat analisis over the same segment and overlapping segments', () => {
    const matrix = crossedMatrix(state, { rowRootCodeId: 'pemberdayaan', columnRootCodeId: 'tingkat', locale: 'id' });
    expect(matrix.kind).toBe('crossed');
    expect(grid(matrix, (cell) => `${cell.count}:${cell.segmentIds.join(',')}`)).toEqual([
      ['', 'Mikro', 'Meso', 'Makro'],
      ['Enabling', '1:s2,s3', '2:s1,s10', '0:'],
      ['  Sosialisasi', '0:', '2:s1,s10', '0:'],
      ['  Pelibatan', '1:s2,s3', '0:', '0:'],
      ['Empowering', '1:s3', '0:', '1:s6'],
      ['  Pelatihan', '1:s3', '0:', '1:s6'],
      // Different segments: "Tidak ada perlindungan harga" (Protecting) overlaps "harga ditentukan pasar" (Makro).
      ['Protecting', '0:', '0:', '1:s7,s11'],
    ]);
    expect(matrix.columns.map((column) => [column.codeId, column.depth])).toEqual([
      ['mikro', 0],
      ['meso', 0],
      ['makro', 0],
    ]);
    expect(cellAt(matrix, 'protecting', 'makro').coverage).toBeCloseTo('harga'.length / totalText(), 10);
  });

  it('loses a meeting when the overlapping segment is trimmed away from it', () => {
    const trimmed = withSegments(state, [segmentOn(state, 's11', 'd4', 'ditentukan pasar', ['makro'])]);
    const matrix = crossedMatrix(trimmed, { rowRootCodeId: 'pemberdayaan', columnRootCodeId: 'tingkat' });
    expect(cellAt(matrix, 'protecting', 'makro').count).toBe(0);
  });
});

describe('triangulation table', () => {
  it('sets the indicators against the informant groups and the observation notes, with statements and suggestions', () => {
    const table = triangulationTable(state, { rootCodeId: 'pemberdayaan', locale: 'id' });
    expect(table.columns.map((column) => [column.label, column.source])).toEqual([
      ['ASN', 'group'],
      ['Pelaku UMKM', 'group'],
      ['Observasi', 'observation'],
    ]);
    expect(
      table.rows.map((row, r) => [row.dimensionLabel, row.label, ...table.cells[r]!.map((cell) => cell.statements.join(' / ')), row.suggested]),
    ).toEqual([
      [
        'Enabling',
        'Sosialisasi',
        // s10 has no reduced statement, so its quote stands in.
        'Sosialisasi lewat surat camat / pelaku usaha lewat surat / Sosialisasi lewat WhatsApp',
        'Saya tahu program dari tetangga',
        'Pengumuman di kantor desa',
        null,
      ],
      ['Enabling', 'Pelibatan', 'Kelompok diajak musyawarah', '', '', 'spesifik'],
      ['Empowering', 'Pelatihan', 'Pelatihan didahului musyawarah', 'Pelatihan kemasan membantu', '', null],
      ['', 'Protecting', '', 'Tidak ada perlindungan harga', '', 'spesifik'],
    ]);
    // One source only is suggested as specific; no row is judged until the student judges it.
    expect(table.rows.map((row) => [row.dimensionId, row.sourcesWithData, row.suggested, row.verdict])).toEqual([
      ['enabling', 3, null, null],
      ['enabling', 1, 'spesifik', null],
      ['empowering', 2, null, null],
      [null, 1, 'spesifik', null],
    ]);
  });

  it('lets the student’s verdicts and notes override the suggestion', () => {
    const table = triangulationTable(state, {
      rootCodeId: 'pemberdayaan',
      locale: 'en',
      verdicts: {
        sosialisasi: { verdict: 'sama', note: 'Semua sumber menyebut undangan resmi.' },
        pelibatan: { verdict: 'berbeda' },
        pelatihan: { verdict: null, note: 'Belum diputuskan' },
      },
    });
    expect(table.rows.map((row) => [row.label, row.suggested, row.verdict, row.note])).toEqual([
      ['Socialisation', null, 'sama', 'Semua sumber menyebut undangan resmi.'],
      ['Involvement', 'spesifik', 'berbeda', ''],
      ['Training', null, null, 'Belum diputuskan'],
      ['Protecting', 'spesifik', null, ''],
    ]);
    expect(table.columns.at(-1)!.label).toBe('Observation');
  });

  it('adds a document column and takes only interview transcripts into the group columns', () => {
    const edited = {
      ...state,
      documents: {
        ...state.documents,
        // An observation note attached to I1 counts as observation, not as ASN testimony.
        obs: { ...state.documents.obs!, informantId: 'i1' },
        profil: { ...state.documents.d2!, id: 'profil', kind: 'document' as const, informantId: 'i2', order: 5 },
      },
    };
    const table = triangulationTable(
      withSegments(edited, [segmentOn(edited, 'doc1', 'profil', 'grup WhatsApp', ['pelibatan'])]),
      { rootCodeId: 'pemberdayaan', locale: 'id' },
    );
    expect(table.columns.map((column) => column.label)).toEqual(['ASN', 'Pelaku UMKM', 'Observasi', 'Dokumen']);
    expect(table.rows.map((row, r) => [row.label, ...table.cells[r]!.map(ids)])).toEqual([
      ['Sosialisasi', 's1 s10 s4', 's5', 's9', ''],
      ['Pelibatan', 's2', '', '', 'doc1'],
      ['Pelatihan', 's3', 's6', '', ''],
      ['Protecting', '', 's7', '', ''],
    ]);
    expect(table.rows[1]!.suggested).toBeNull();
  });

  it('can set categories (kunci / utama / pendukung) against each other instead of groups', () => {
    const table = triangulationTable(state, { rootCodeId: 'pemberdayaan', locale: 'id', by: 'category' });
    expect(table.columns.map((column) => column.label)).toEqual([
      'Informan kunci',
      'Informan utama',
      'Informan pendukung',
      'Tanpa kategori',
      'Observasi',
    ]);
    expect(table.rows.map((row) => [row.label, row.sourcesWithData, row.suggested])).toEqual([
      ['Sosialisasi', 4, null],
      ['Pelibatan', 1, 'spesifik'],
      ['Pelatihan', 2, null],
      ['Protecting', 1, 'spesifik'],
    ]);
  });
});

describe('click-through', () => {
  it('gives the segments behind a cell in document and text order, with informant and line', () => {
    const matrix = roleOrderedMatrix(state, { rootCodeId: 'pemberdayaan', by: 'group', locale: 'id' });
    const behind = cellSegments(state, matrix, rowIndex(matrix, 'sosialisasi'), columnIndex(matrix, 'group:ASN'));
    expect(behind.map((hit) => [hit.segment.id, hit.informant?.label, hit.document.id, hit.line, hit.text])).toEqual([
      ['s1', 'I1', 'd1', 2, 'Kami mengundang pelaku usaha lewat surat camat'],
      ['s10', 'I1', 'd1', 2, 'pelaku usaha lewat surat'],
      ['s4', 'I2', 'd2', 2, 'Informasi program disebar lewat grup WhatsApp'],
    ]);
  });

  it('reaches the lines of both overlapping segments of a crossed cell, and nothing outside the matrix', () => {
    const matrix = crossedMatrix(state, { rowRootCodeId: 'pemberdayaan', columnRootCodeId: 'tingkat' });
    const behind = cellSegments(state, matrix, rowIndex(matrix, 'pelibatan'), columnIndex(matrix, 'mikro'));
    expect(behind.map((hit) => [hit.segment.id, hit.line, TEXTS.d1[hit.line - 1]!.includes(hit.text)])).toEqual([
      ['s2', 4, true],
      ['s3', 4, true],
    ]);
    expect(cellSegments(state, matrix, 99, 0)).toEqual([]);
  });

  it('leaves out segments deleted since the matrix was built', () => {
    const matrix = conceptuallyClusteredMatrix(state, { rootCodeId: 'pemberdayaan', locale: 'id' });
    const later = withSegments(state, [], ['s10']);
    const behind = cellSegments(later, matrix, rowIndex(matrix, 'sosialisasi'), columnIndex(matrix, 'i1'));
    expect(behind.map((hit) => hit.segment.id)).toEqual(['s1']);
  });
});

describe('covered length', () => {
  it.each([
    { spans: [], expected: 0 },
    { spans: [[0, 10]], expected: 10 },
    { spans: [[0, 10], [5, 15]], expected: 15 },
    { spans: [[0, 10], [10, 20]], expected: 20 },
    { spans: [[0, 30], [5, 10], [12, 20]], expected: 30 },
    { spans: [[0, 5], [20, 30]], expected: 15 },
  ])('$spans → $expected', ({ spans, expected }) => {
    expect(coveredLength(spans.map(([start, end]) => ({ documentId: 'd', start: start!, end: end! })))).toBe(expected);
    // The same ranges in two documents never merge.
    const twice = ['a', 'b'].flatMap((documentId) => spans.map(([start, end]) => ({ documentId, start: start!, end: end! })));
    expect(coveredLength(twice)).toBe(2 * expected);
  });
});

describe('every display at the benchmark’s size', () => {
  it('builds all displays for 30 informants, 40 codes and 10,000 segments, every segment accounted for', () => {
    const big = largeProject(30, 4, 8, 10_000);
    expect(Object.keys(big.segments)).toHaveLength(10_000);
    const all = buildAllDisplays(big, 'root', { locale: 'id' });
    expect(all.conceptual.rows).toHaveLength(40);
    expect(all.conceptual.columns.map((column) => column.label)).toEqual([...Array.from({ length: 30 }, (_, i) => `I${i + 1}`), 'Observasi']);
    // Each segment is coded with one indicator: the indicator rows hold each once, the dimension rows again.
    const total = (matrix: DisplayMatrix, depth: number) =>
      matrix.cells.flatMap((cells, r) => (matrix.rows[r]!.depth === depth ? cells : [])).reduce((sum, cell) => sum + cell.count, 0);
    expect(total(all.conceptual, 1)).toBe(10_000);
    expect(total(all.conceptual, 0)).toBe(10_000);
    expect(total(all.byGroup, 1)).toBe(10_000);
    expect(all.triangulation.rows).toHaveLength(32);
    expect(all.triangulation.columns.map((column) => column.label)).toEqual(['ASN', 'Pelaku UMKM', 'Observasi']);
    expect(all.crossed.columns.map((column) => column.label)).toEqual(['Silang 0', 'Silang 1', 'Silang 2']);
    // Every fifth segment carries a cross code beside its indicator.
    const crossedOwn = all.crossed.rows
      .map((row, r) => (row.depth === 1 ? all.crossed.cells[r]!.reduce((sum, cell) => sum + cell.count, 0) : 0))
      .reduce((a, b) => a + b, 0);
    expect(crossedOwn).toBeGreaterThanOrEqual(2_000);
    expect(all.coOccurrence.rows).toHaveLength(40);
    expect(all.checklist.maxCount).toBeGreaterThan(0);
  });
});

function totalText(): number {
  return Object.values(state.documents).reduce((sum, document) => sum + document.text.length, 0);
}

describe('every display of a framework', () => {
  it('carries the stored cell summaries and triangulation verdicts', () => {
    const by = { coderId: null, now: '2026-01-02T03:04:05.000Z' };
    let stored = applyChangeset(state, setCellSummary(state, { codeId: 'pelatihan', informantId: 'i3' }, 'Kemasan membantu', by));
    stored = applyChangeset(stored, setTriangulationVerdict(stored, 'sosialisasi', 'sama', by));
    const all = buildAllDisplays(stored, 'pemberdayaan', { locale: 'id' });
    expect(cellAt(all.conceptual, 'pelatihan', 'i3').summary).toBe('Kemasan membantu');
    expect(cellAt(all.byGroup, 'pelatihan', 'group:Pelaku UMKM').summary).toBe('I3: Kemasan membantu');
    expect(all.triangulation.rows.find((row) => row.codeId === 'sosialisasi')).toMatchObject({ verdict: 'sama' });
  });
});

describe('heat scale steps', () => {
  it('names for each step the values heatLevel puts in it', () => {
    for (const max of [1, 3, 4, 7, 0.42]) {
      for (const level of [1, 2, 3, 4] as const) {
        const { above, upTo } = heatRange(level, max);
        expect(heatLevel(upTo, max)).toBe(level);
        if (above > 0) expect(heatLevel(above, max)).toBe(level - 1);
        expect(heatLevel(above + max / 1000, max)).toBe(level);
      }
    }
  });
});
