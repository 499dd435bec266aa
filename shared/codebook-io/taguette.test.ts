/**
 * Codebooks exchanged with Taguette as CSV: the columns Taguette's own export writes
 * (`tag,parent,description,number of highlights`; no parent column before 1.5), read into a
 * project and written back so that Taguette and Pilah both read them.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applyChangeset, stateFromSnapshot, type ProjectState } from '../model/changeset';
import type { Code } from '../model/types';
import { realisticProject } from '../refi/testing/realistic-project';
import { readCodebookCsv } from './csv';
import { importCodebookRows } from './import-rows';
import { writeTaguetteCodebookCsv } from './taguette';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const emptyProject = (): ProjectState => stateFromSnapshot({ ...realisticProject(), codes: [], segments: [] });

/** A codebook file read into an empty project, as the codebook import does. */
function imported(bytes: Uint8Array): ProjectState {
  const state = emptyProject();
  const result = importCodebookRows(state, readCodebookCsv(bytes));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return applyChangeset(state, result.changeset);
}

/** Each code as its path of names from the top, with its definition. */
function tree(codes: readonly Code[]): Record<string, string> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const path = (code: Code): string => (code.parentId && byId.has(code.parentId) ? `${path(byId.get(code.parentId)!)} > ` : '') + code.label.id;
  return Object.fromEntries(codes.map((c) => [path(c), c.definition.id]));
}

/** The realistic codebook with one name used under two parents, as Taguette cannot hold it. */
function codebookWithTwins(): Code[] {
  const codes = realisticProject().codes;
  const parents = codes.filter((c) => c.parentId === null).slice(0, 2);
  return [
    ...codes,
    ...parents.map((parent, i): Code => ({ ...parent, id: `kembar-${i}`, parentId: parent.id, label: { id: 'Anggaran', en: 'Budget' }, definition: { id: `Anggaran ${i}`, en: '' }, order: 99 })),
  ];
}

describe('Taguette codebook CSV', () => {
  it('reads the codebook Taguette exports, the tree from its parent column, dots kept in names', () => {
    const csv = [
      'tag,parent,description,number of highlights',
      'interesting,,Things worth a second look,3',
      'people,interesting,"Named persons, or ""groups""",2',
      'places.city,,,0',
      'kota,places.city,Kota kecil,1',
      '',
    ].join('\r\n');
    expect(tree(Object.values(imported(encode(csv)).codes))).toEqual({
      interesting: 'Things worth a second look',
      'interesting > people': 'Named persons, or "groups"',
      'places.city': '',
      'places.city > kota': 'Kota kecil',
    });
  });

  it('reads the older Taguette export without a parent column, and a codebook with a "path" column', () => {
    const older = 'tag,description,number of highlights\r\ninteresting,Worth a look,3\r\npeople,Named persons,2\r\n';
    expect(tree(Object.values(imported(encode(older)).codes))).toEqual({ interesting: 'Worth a look', people: 'Named persons' });
    const byPath = 'other,path\r\n1,interesting\r\n2,people\r\n';
    expect(tree(Object.values(imported(encode(byPath)).codes))).toEqual({ interesting: '', people: '' });
  });

  it('writes Taguette’s columns: one unique tag per code, its parent’s tag, the definition and the segments coded', () => {
    const { segments } = realisticProject();
    const codes = codebookWithTwins();
    const bytes = writeTaguetteCodebookCsv(codes, segments, 'id');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('tag,parent,description,number of highlights');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
    expect(rows).toHaveLength(codes.length);
    const tags = rows.map((r) => r[0]);
    expect(new Set(tags).size).toBe(tags.length); // Taguette keeps one tag per name
    const parents = codes.filter((c) => c.parentId === null).slice(0, 2);
    const twin = rows.find((r) => r[0] === `${parents[0]!.label.id}::Anggaran`)!;
    expect(twin).toEqual([`${parents[0]!.label.id}::Anggaran`, parents[0]!.label.id, 'Anggaran 0', '0']);
    for (const row of rows) if (row[1]) expect(tags.indexOf(row[1])).toBeLessThan(tags.indexOf(row[0]!)); // parents first
    const coded = codes.find((c) => segments.some((s) => s.codeIds.includes(c.id)))!;
    const count = segments.filter((s) => s.codeIds.includes(coded.id)).length;
    expect(rows.find((r) => r[0] === coded.label.id)![3]).toBe(String(count));
  });

  it('comes back as the same tree with the same definitions (Taguette keeps no colours)', () => {
    const codes = codebookWithTwins();
    const back = imported(writeTaguetteCodebookCsv(codes, [], 'id'));
    // Written in Indonesian, English where a code has no Indonesian text.
    const withFallback = codes.map((c) => ({ ...c, label: { id: c.label.id || c.label.en, en: '' }, definition: { id: c.definition.id || c.definition.en, en: '' } }));
    expect(tree(Object.values(back.codes))).toEqual(tree(withFallback));
  });
});
