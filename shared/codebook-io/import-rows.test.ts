import { describe, expect, it } from 'vitest';
import { nextColor, tintOf } from '../frameworks/palette';
import { applyChangeset, stateFromSnapshot } from '../model/changeset';
import { CODE, realisticProject } from '../refi/testing/realistic-project';
import { readCodebookCsv, writeCodebookCsv } from './csv';
import { importCodebookRows } from './import-rows';
import { describeRowProblem } from './problems';
import type { NumberedRow } from './rows';

const row = (n: number, name: string, parent = '', definition = '', colour = ''): NumberedRow => ({ row: n, name, parent, definition, colour });
const project = () => stateFromSnapshot(realisticProject());
const emptyProject = () => stateFromSnapshot({ ...realisticProject(), codes: [], segments: [] });

describe('importCodebookRows', () => {
  it('adds new codes under parents named in the file, even further down, with their colours and definitions', () => {
    const state = emptyProject();
    const result = importCodebookRows(state, [row(2, 'Indikator', 'Dimensi', 'Yang diukur', 'e69f00'), row(3, 'Dimensi', '', '', '#0072B2')]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.summary).toEqual({ added: 2, merged: 0, definitionsFilled: 0 });
    const after = applyChangeset(state, result.changeset);
    const codes = Object.values(after.codes);
    const dimension = codes.find((c) => c.label.id === 'Dimensi')!;
    const indicator = codes.find((c) => c.label.id === 'Indikator')!;
    expect(dimension.parentId).toBeNull();
    expect(indicator).toMatchObject({ parentId: dimension.id, color: '#E69F00', definition: { id: 'Yang diukur', en: 'Yang diukur' }, label: { id: 'Indikator', en: 'Indikator' } });
  });

  it('merges a name that exists under the same parent (any case, either language) and only fills an empty definition', () => {
    const state = project();
    const before = state.codes[CODE.enabling]!;
    const result = importCodebookRows(
      state,
      [
        row(2, 'pemberdayaan'),
        row(3, 'Enabling', 'Empowerment', 'Definisi lain', '#000000'),
        row(4, 'Melindungi (protecting)', 'Pemberdayaan', 'Definisi lain'),
        row(5, 'Baru', 'Pemberdayaan::Melindungi (protecting)'),
      ],
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.summary).toEqual({ added: 1, merged: 3, definitionsFilled: 0 });
    const after = applyChangeset(state, result.changeset);
    expect(after.codes[CODE.enabling]).toEqual(before);
    expect(Object.values(after.codes).find((c) => c.label.id === 'Baru')!.parentId).toBe(CODE.protecting);
    expect(Object.keys(after.codes)).toHaveLength(Object.keys(state.codes).length + 1);
  });

  it('fills the definition of a merged code that had none', () => {
    const state = project();
    const bare = { ...state.codes[CODE.factors]!, definition: { id: '', en: '' } };
    const without = applyChangeset(state, { put: { codes: [bare] } });
    const result = importCodebookRows(without, [row(2, 'Faktor pendukung dan penghambat', '', 'Hal yang mendukung atau menghambat')]);
    if (!result.ok) throw new Error('refused');
    expect(result.summary).toEqual({ added: 0, merged: 1, definitionsFilled: 1 });
    expect(applyChangeset(without, result.changeset).codes[CODE.factors]!.definition.id).toBe('Hal yang mendukung atau menghambat');
  });

  it('reads a path in the name column as a code under its parents', () => {
    const state = emptyProject();
    const result = importCodebookRows(state, [row(2, 'Struktur'), row(3, 'Struktur::Fragmentasi')]);
    if (!result.ok) throw new Error('refused');
    const codes = Object.values(applyChangeset(state, result.changeset).codes);
    expect(codes.find((c) => c.label.id === 'Fragmentasi')!.parentId).toBe(codes.find((c) => c.label.id === 'Struktur')!.id);
  });

  it('refuses the whole file with one clear sentence per bad row, and changes nothing', () => {
    const state = project();
    const result = importCodebookRows(
      state,
      [
        row(2, '  '),
        row(3, 'Merah', '', '', 'merah'),
        row(4, 'Anak', 'Tidak ada'),
        row(5, 'Ganda'),
        row(6, 'ganda'),
        row(7, 'Baik'),
      ],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => describeRowProblem('id', p))).toEqual([
      'Baris 2: nama kode kosong.',
      'Baris 3: warna "merah" bukan kode warna seperti #E69F00.',
      'Baris 4: induk "Tidak ada" tidak ada di proyek maupun di berkas.',
      'Baris 6: kode ini sudah ada di baris 5 dengan induk yang sama.',
    ]);
    expect(describeRowProblem('en', result.problems[0]!)).toBe('Row 2: the code name is empty.');
  });

  it('asks for a path when a parent name is not unique', () => {
    const state = emptyProject();
    const result = importCodebookRows(state, [row(2, 'A'), row(3, 'B'), row(4, 'Sama', 'A'), row(5, 'Sama', 'B'), row(6, 'Anak', 'Sama'), row(7, 'Anak2', 'B::Sama')]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ row: 6, code: 'ambiguous-parent', value: 'Sama' }]);
  });

  it('gives codes without a colour a tint of their parent, or a palette colour at the top, as codes added by hand get', () => {
    const state = emptyProject();
    const result = importCodebookRows(state, [row(2, 'Akar', '', '', '#0072B2'), row(3, 'Anak', 'Akar'), row(4, 'Lain')]);
    if (!result.ok) throw new Error('refused');
    const codes = result.changeset.put!.codes!;
    expect(codes.find((c) => c.label.id === 'Anak')!.color).toBe(tintOf('#0072B2', 0));
    expect(codes.find((c) => c.label.id === 'Lain')!.color).toBe(nextColor(['#0072B2']));
    expect(codes.map((c) => c.order)).toEqual([0, 0, 1]);
  });

  it('plans a codebook of 3,000 codes, every one added', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => row(i + 2, `Kode ${i}`, i < 60 ? '' : `Kode ${i % 60}`, 'Definisi'));
    const result = importCodebookRows(project(), rows);
    expect(result.ok && result.summary.added).toBe(3000);
  });

  it('round-trips a codebook through CSV into an empty project with the same tree, definitions and colours', () => {
    const original = realisticProject();
    const state = emptyProject();
    const result = importCodebookRows(state, readCodebookCsv(writeCodebookCsv(original.codes, 'id')));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const after = Object.values(applyChangeset(state, result.changeset).codes);
    const shape = (codes: typeof after, label: (c: (typeof after)[number]) => string) => {
      const byId = new Map(codes.map((c) => [c.id, c]));
      return codes
        .map((c) => `${c.parentId ? label(byId.get(c.parentId)!) : ''} > ${label(c)} | ${c.definition.id || c.definition.en} | ${c.color.toUpperCase()}`)
        .sort();
    };
    expect(shape(after, (c) => c.label.id)).toEqual(shape(original.codes, (c) => c.label.id || c.label.en));
  });
});
