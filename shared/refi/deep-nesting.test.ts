/**
 * Codes nested absurdly deep (a 294 KB file with 50,000 levels took minutes and overflowed the
 * stack) are refused with their own sentence; a deep but sane tree still opens whole.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { describeProjectFileError, ProjectFileError } from './errors';
import { readQdc } from './read-qdc';
import { readQdpx } from './read-qdpx';
import { MAX_CODE_DEPTH } from './xml-tree';

/** A chain of `depth` codes, each the only child of the one before. */
function nestedCodes(depth: number): string {
  const guid = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  return Array.from({ length: depth }, (_, i) => `<Code guid="${guid(i)}" name="k${i}" isCodable="true">`).join('') + '</Code>'.repeat(depth);
}

const project = (depth: number): Uint8Array =>
  zipSync({ 'project.qde': strToU8(`<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="dalam" origin="Other"><CodeBook><Codes>${nestedCodes(depth)}</Codes></CodeBook></Project>`) });

const codebook = (depth: number): Uint8Array => strToU8(`<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${nestedCodes(depth)}</Codes></CodeBook>`);

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (err) {
    if (err instanceof ProjectFileError) return err.code;
    throw err;
  }
  return 'accepted';
}

describe('deeply nested codes', () => {
  it.each([
    ['a project', () => readQdpx(project(50_000))],
    ['a codebook', () => readQdc(codebook(50_000))],
    ['a project one level too deep', () => readQdpx(project(MAX_CODE_DEPTH + 1))],
    ['a codebook one level too deep', () => readQdc(codebook(MAX_CODE_DEPTH + 1))],
    ['a code path of 150 flattened names', () => readQdc(strToU8(`<CodeBook><Codes><Code guid="00000000-0000-4000-8000-000000000001" name="${Array.from({ length: 150 }, (_, i) => `n${i}`).join('::')}"/></Codes></CodeBook>`))],
  ])('%s is refused as too deep', (_, read) => {
    expect(refusal(read)).toBe('too-deep');
  });

  it('says so in one sentence, in both languages', () => {
    const err = new ProjectFileError('too-deep');
    expect(describeProjectFileError(err, 'en', 'dalam.qdpx')).toBe(
      '"dalam.qdpx" was refused because its codes or elements are nested more than 100 levels deep, far beyond any real project; the file is damaged or made to overload Pilah.',
    );
    expect(describeProjectFileError(err, 'id', 'dalam.qdpx')).toMatch(/^Berkas "dalam\.qdpx" ditolak .* 100 tingkat/);
  });

  it(`opens a tree ${MAX_CODE_DEPTH} levels deep whole, each code under the one before`, () => {
    const { codes } = readQdpx(project(MAX_CODE_DEPTH)).snapshot;
    expect(codes).toHaveLength(MAX_CODE_DEPTH);
    const byName = new Map(codes.map((c) => [c.label.id, c]));
    expect(byName.get('k0')!.parentId).toBeNull();
    for (let i = 1; i < MAX_CODE_DEPTH; i++) expect(byName.get(`k${i}`)!.parentId).toBe(byName.get(`k${i - 1}`)!.id);
    expect(readQdc(codebook(MAX_CODE_DEPTH)).codes.map((c) => c.label.id)).toEqual(Array.from({ length: MAX_CODE_DEPTH }, (_, i) => `k${i}`));
  });
});
