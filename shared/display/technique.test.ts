import { describe, expect, it } from 'vitest';
import type { ProjectState } from '../model/changeset';
import type { Document } from '../model/types';
import { applyChangeset } from '../model/changeset';
import { setTechniqueNote, setTechniqueVerdict, setTriangulationVerdict, triangulationVerdictsFromState } from '../reduction';
import { cellSegments } from './cell-segments';
import { techniqueTable } from './technique';
import { displayProject, segmentOn, withSegments } from './test-support';

const PAGE_1 = 'Peraturan Bupati tentang pemberdayaan usaha mikro.';
const PAGE_2 = 'Pasal 4: Dinas menyosialisasikan program melalui kecamatan.';

/** The display project with a two-page regulation (a PDF) and a fieldwork photo, both documentation. */
function withDocumentation(): ProjectState {
  const base = displayProject();
  const pdf: Document = {
    ...base.documents.obs!,
    id: 'perbup',
    title: 'Perbup 12/2022',
    kind: 'document',
    medium: 'pdf',
    text: `${PAGE_1}\n${PAGE_2}`,
    pages: [
      { number: 1, start: 0, end: PAGE_1.length + 1 },
      { number: 2, start: PAGE_1.length + 1, end: PAGE_1.length + 1 + PAGE_2.length },
    ],
    order: 5,
  };
  const photo: Document = { ...base.documents.obs!, id: 'foto', title: 'Foto pelatihan', kind: 'document', medium: 'picture', text: 'Pelatihan kemasan di balai desa', order: 6 };
  const state = { ...base, documents: { ...base.documents, perbup: pdf, foto: photo } };
  return withSegments(state, [
    segmentOn(state, 'p1', 'perbup', 'menyosialisasikan program melalui kecamatan', ['sosialisasi']),
    segmentOn(state, 'f1', 'foto', 'Pelatihan kemasan di balai desa', ['pelatihan']),
  ]);
}

const by = { coderId: null, now: '2026-02-03T04:05:06.000Z' };
const row = (table: ReturnType<typeof techniqueTable>, codeId: string) => table.rows.findIndex((r) => r.codeId === codeId);

describe('technique triangulation table', () => {
  it('has a column for each technique the project has, and says which are missing', () => {
    const table = techniqueTable(displayProject(), { rootCodeId: 'pemberdayaan' });
    expect(table.columns.map((column) => column.label)).toEqual(['Wawancara', 'Observasi']);
    expect(table.missing).toEqual(['document']);
    const full = techniqueTable(withDocumentation(), { rootCodeId: 'pemberdayaan', locale: 'en' });
    expect(full.columns.map((column) => column.label)).toEqual(['Interviews', 'Observation', 'Documentation']);
    expect(full.missing).toEqual([]);
    expect(full.rows.map((r) => r.codeId)).toEqual(['sosialisasi', 'pelibatan', 'pelatihan', 'protecting']);
  });

  it('lists each coded segment per technique with its reduced statement or words, its citation, and the count', () => {
    const state = withDocumentation();
    const table = techniqueTable(state, { rootCodeId: 'pemberdayaan' });
    const [interviews, observation, documentation] = table.cells[row(table, 'sosialisasi')]!;
    expect(interviews!.count).toBe(4);
    expect(interviews!.statements.map((s) => [s.text, s.citation, s.reduced])).toEqual([
      ['Sosialisasi lewat surat camat', '(I1, baris 2)', true],
      ['pelaku usaha lewat surat', '(I1, baris 2)', false],
      ['Sosialisasi lewat WhatsApp', '(I2, baris 2)', true],
      ['Saya tahu program dari tetangga', '(I3, baris 2)', false],
    ]);
    // An observation note attached to nobody is named by its title; a PDF cites its page; a photo its title.
    expect(observation!.statements.map((s) => [s.text, s.citation])).toEqual([['Pengumuman di kantor desa', '(obs, baris 2)']]);
    expect(documentation!.statements.map((s) => [s.text, s.citation])).toEqual([['menyosialisasikan program melalui kecamatan', '(Perbup 12/2022, hlm. 2)']]);
    const training = table.cells[row(table, 'pelatihan')]![2]!;
    expect(training.statements.map((s) => s.citation)).toEqual(['(Foto pelatihan)']);
    // Each cell opens the segments behind it.
    expect(cellSegments(state, table, row(table, 'sosialisasi'), 2).map((s) => s.segment.id)).toEqual(['p1']);
  });

  it('suggests "spesifik" only when one technique has data, and never shows a suggestion as the verdict', () => {
    const table = techniqueTable(withDocumentation(), { rootCodeId: 'pemberdayaan' });
    const of = (codeId: string) => table.rows[row(table, codeId)]!;
    expect(of('sosialisasi')).toMatchObject({ techniquesWithData: 3, suggested: null, verdict: null });
    expect(of('pelibatan')).toMatchObject({ techniquesWithData: 1, suggested: 'spesifik', verdict: null });
    expect(of('pelatihan')).toMatchObject({ techniquesWithData: 2, suggested: null, verdict: null });
  });

  it('shows the stored technique verdict and note, not the source verdict', () => {
    let state = withDocumentation();
    state = applyChangeset(state, setTriangulationVerdict(state, 'pelibatan', 'sama', by));
    state = applyChangeset(state, setTechniqueVerdict(state, 'sosialisasi', 'berbeda', by));
    state = applyChangeset(state, setTechniqueNote(state, 'sosialisasi', 'Perbup: lewat kecamatan; informan: WhatsApp', by));
    const table = techniqueTable(state, { rootCodeId: 'pemberdayaan', verdicts: triangulationVerdictsFromState(state) });
    expect(table.rows[row(table, 'sosialisasi')]).toMatchObject({ verdict: 'berbeda', note: 'Perbup: lewat kecamatan; informan: WhatsApp' });
    expect(table.rows[row(table, 'pelibatan')]).toMatchObject({ verdict: null, note: '', suggested: 'spesifik' });
  });
});
