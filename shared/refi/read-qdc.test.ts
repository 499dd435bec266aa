import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyChangeset, stateFromSnapshot } from '../model/changeset';
import { addCode, createProject } from '../project';
import { ProjectFileError } from './errors';
import { mergeCodebook } from './merge-codebook';
import { readQdc } from './read-qdc';

const SAMPLES = new URL('../../../shared/refi-qda/samples/', import.meta.url).pathname;
const sample = (file: string): Uint8Array => new Uint8Array(readFileSync(`${SAMPLES}${file}`));
const refusal = (bytes: Uint8Array): string => {
  try {
    readQdc(bytes);
    return 'accepted';
  } catch (err) {
    if (err instanceof ProjectFileError) return err.code;
    throw err;
  }
};
const enc = (xml: string): Uint8Array => new TextEncoder().encode(xml);

describe('readQdc', () => {
  it('reads the ATLAS.ti codebook with its definition and colour, and lists the code group it leaves out', () => {
    const { codes, warnings } = readQdc(sample('atlasti-win-23.4_codebook.qdc'));
    expect(codes.map((c) => [c.label.id, c.definition.id, c.color])).toEqual([['code1', 'description', '#46AA00']]);
    expect(codes[0]!.id).toBe('1ff58b12-6f6f-4b0c-8be5-bbdc91f55294');
    expect(warnings).toEqual([{ code: 'skipped-sets', what: 'Set', count: 1 }]);
  });

  it('still reads the 3 codes of the schema-invalid Taguette codebook (empty <Sets/>)', () => {
    const { codes, warnings } = readQdc(sample('taguette_codebook_empty-sets_INVALID.qdc'));
    expect(codes.map((c) => c.label.id)).toEqual(['interesting', 'people', 'interesting\\places']);
    expect(warnings).toEqual([]);
  });

  it('refuses the truncated ATLAS.ti codebook whole, with a sentence naming it', () => {
    expect(refusal(sample('atlasti-win-23.4_codebook_TRUNCATED.qdc'))).toBe('malformed-codebook');
  });

  it.each([
    { name: 'a project file', xml: '<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>', code: 'not-a-codebook' },
    { name: 'a DOCTYPE', xml: '<!DOCTYPE CodeBook SYSTEM "file:///etc/passwd"><CodeBook/>', code: 'unsafe-xml' },
    { name: 'an empty file', xml: '', code: 'malformed-codebook' },
  ])('refuses $name ($code)', ({ xml, code }) => {
    expect(refusal(enc(xml))).toBe(code);
  });

  it('rebuilds Parent::Child names and orders parents first', () => {
    const { codes } = readQdc(enc('<CodeBook xmlns="urn:QDA-XML:codebook:0:4"><Codes><Code guid="A0000000-0000-4000-8000-000000000001" name="Struktur::Fragmentasi" isCodable="true"/><Code guid="A0000000-0000-4000-8000-000000000002" name="Struktur" isCodable="true"/></Codes></CodeBook>'));
    expect(codes.map((c) => c.label.id)).toEqual(['Struktur', 'Fragmentasi']);
    expect(codes[1]!.parentId).toBe(codes[0]!.id);
  });
});

describe('mergeCodebook', () => {
  const NESTED = enc(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
    <Code guid="B0000000-0000-4000-8000-000000000001" name="Komunikasi" isCodable="true" color="#112233"><Description>Transmisi, kejelasan, konsistensi</Description>
      <Code guid="B0000000-0000-4000-8000-000000000002" name="Transmisi" isCodable="true"><Description>Penyaluran informasi</Description></Code>
      <Code guid="B0000000-0000-4000-8000-000000000003" name="Jejaring baru" isCodable="true"/>
    </Code>
    <Code guid="B0000000-0000-4000-8000-000000000004" name="Temuan lain" isCodable="true"/>
  </Codes></CodeBook>`);

  it('merges codes by name under the same parent, appends the rest, and fills only empty definitions', () => {
    let state = stateFromSnapshot(createProject({ title: 'Uji', frameworks: [] }, '2026-01-01T00:00:00.000Z'));
    const first = addCode(state, { parentId: null, label: 'komunikasi ', definition: 'Definisi mahasiswa' });
    state = applyChangeset(state, first.changeset);
    const komunikasi = state.codes[first.codeId]!;
    const transmisi = addCode(state, { parentId: komunikasi.id, label: 'Transmisi' });
    state = applyChangeset(state, transmisi.changeset);
    const { changeset, added, merged } = mergeCodebook(state, readQdc(NESTED).codes);
    state = applyChangeset(state, changeset);
    expect({ added, merged }).toEqual({ added: 2, merged: 2 });
    expect(Object.keys(state.codes)).toHaveLength(4);
    // The student's definition stays; the empty one is filled from the codebook.
    expect(state.codes[komunikasi.id]!.definition.id).toBe('Definisi mahasiswa');
    expect(state.codes[transmisi.codeId]!.definition.id).toBe('Penyaluran informasi');
    const jejaring = Object.values(state.codes).find((c) => c.label.id === 'Jejaring baru')!;
    expect(jejaring.parentId).toBe(komunikasi.id);
    expect(jejaring.order).toBeGreaterThan(Math.max(...Object.values(state.codes).filter((c) => c.parentId === komunikasi.id && c !== jejaring).map((c) => c.order)));
    expect(Object.values(state.codes).find((c) => c.label.id === 'Temuan lain')!.parentId).toBeNull();
  });

  it('merges by GUID the second time, so importing the same codebook twice changes nothing', () => {
    let state = stateFromSnapshot(createProject({ title: 'Uji', frameworks: [] }, '2026-01-01T00:00:00.000Z'));
    const codes = readQdc(NESTED).codes;
    state = applyChangeset(state, mergeCodebook(state, codes).changeset);
    expect(Object.values(state.codes).map((c) => c.label.id).sort()).toEqual(['Jejaring baru', 'Komunikasi', 'Temuan lain', 'Transmisi']);
    expect(state.codes['b0000000-0000-4000-8000-000000000002']!.definition.id).toBe('Penyaluran informasi');
    const again = mergeCodebook(state, codes);
    expect(again).toEqual({ changeset: {}, added: 0, merged: 4 });
  });
});
