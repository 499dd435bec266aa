import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describeProjectFileError, ProjectFileError, type ProjectFileErrorCode } from './errors';
import { importQdpx } from './import-qdpx';
import { readQdpx } from './read-qdpx';
import { writeQdpx } from './write-qdpx';
import { realisticProject } from './testing/realistic-project';

const MINIMAL_QDE = '<?xml version="1.0" encoding="UTF-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"/>';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE Project [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE Project SYSTEM "file:///etc/passwd">
<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>`;

const qdpx = (files: Record<string, string | Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content])));

/** The code of the ProjectFileError thrown; anything else thrown fails the test. */
function refusal(bytes: Uint8Array): ProjectFileErrorCode | 'accepted' {
  try {
    readQdpx(bytes);
  } catch (err) {
    if (err instanceof ProjectFileError) return err.code;
    throw err;
  }
  return 'accepted';
}

const valid = writeQdpx(realisticProject());
const withoutSources = unzipSync(valid);
for (const name of Object.keys(withoutSources)) if (name.startsWith('sources/')) delete withoutSources[name];

const cases: { name: string; bytes: Uint8Array; code: ProjectFileErrorCode }[] = [
  { name: 'a text file renamed to .qdpx', bytes: strToU8('Ini bukan arsip ZIP.'), code: 'not-zip' },
  { name: 'an empty file', bytes: new Uint8Array(0), code: 'not-zip' },
  { name: 'a download cut off half-way', bytes: valid.slice(0, Math.floor(valid.length / 2)), code: 'truncated' },
  { name: 'a zip bomb (20 MiB of zeros in a few KiB)', bytes: zipSync({ 'project.qde': strToU8(MINIMAL_QDE), 'sources/a.txt': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }), code: 'zip-bomb' },
  { name: 'an entry escaping the folder (zip slip)', bytes: qdpx({ 'project.qde': MINIMAL_QDE, '../../evil.txt': 'x' }), code: 'unsafe-archive' },
  { name: 'a zip without project.qde', bytes: qdpx({ 'readme.txt': 'halo' }), code: 'no-project-xml' },
  { name: 'a .qde inside a folder only', bytes: qdpx({ 'folder/project.qde': MINIMAL_QDE }), code: 'no-project-xml' },
  { name: 'billion laughs (entity expansion)', bytes: qdpx({ 'project.qde': BILLION_LAUGHS }), code: 'unsafe-xml' },
  { name: 'an external entity / DOCTYPE SYSTEM', bytes: qdpx({ 'project.qde': EXTERNAL_ENTITY }), code: 'unsafe-xml' },
  { name: 'broken XML', bytes: qdpx({ 'project.qde': '<Project name="x"><CodeBook></Project>' }), code: 'malformed-xml' },
  { name: 'an empty project.qde', bytes: qdpx({ 'project.qde': '' }), code: 'malformed-xml' },
  { name: 'an undefined entity', bytes: qdpx({ 'project.qde': '<Project name="&nope;"/>' }), code: 'malformed-xml' },
  { name: 'a codebook (.qdc) zipped as a project', bytes: qdpx({ 'project.qde': '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>' }), code: 'not-a-project' },
  { name: 'a project whose transcripts are missing', bytes: zipSync(withoutSources), code: 'missing-source' },
];

describe('readQdpx refuses bad and hostile files with a ProjectFileError', () => {
  it.each(cases)('$name → $code', ({ bytes, code }) => {
    expect(refusal(bytes)).toBe(code);
  });

  it('accepts the valid file the hostile ones were made from', () => {
    expect(refusal(valid)).toBe('accepted');
  });

  it.each(cases)('importQdpx (the path that also reads .docx texts) refuses $name the same way', async ({ bytes, code }) => {
    await expect(importQdpx(bytes)).rejects.toMatchObject({ name: 'ProjectFileError', code });
  });
});

describe('describeProjectFileError', () => {
  const codes = [...new Set(cases.map((c) => c.code))];

  it.each(codes)('tells a student what is wrong with the file (%s), in Indonesian and English', (code) => {
    const id = describeProjectFileError(new ProjectFileError(code), 'id', 'skripsi.qdpx');
    const en = describeProjectFileError(new ProjectFileError(code), 'en', 'skripsi.qdpx');
    for (const sentence of [id, en]) {
      expect(sentence).toContain('"skripsi.qdpx"');
      expect(sentence).not.toMatch(/refi:|\{\{/);
      expect(sentence).toMatch(/\.$/);
    }
    expect(id).not.toBe(en);
  });

  it('gives a plain sentence, not a stack trace, for an unexpected error', () => {
    const sentence = describeProjectFileError(new TypeError('x is undefined'), 'id', 'a.qdpx');
    expect(sentence).toBe('Berkas "a.qdpx" tidak dapat dibuka karena kesalahan yang tidak terduga.');
  });
});

describe('readQdpx on damaged copies of a valid file', () => {
  /** A small deterministic PRNG (mulberry32), so a failure can be reproduced. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const stored = zipSync(unzipSync(valid), { level: 0 }); // damage lands in readable text, not only in deflate streams

  it.each([valid, stored].map((bytes, i) => [i === 0 ? 'compressed' : 'stored', bytes] as const))(
    'either opens or refuses with a ProjectFileError, whatever bytes are damaged (%s)',
    (_, bytes) => {
      const next = random(42);
      for (let trial = 0; trial < 150; trial++) {
        const damaged = bytes.slice();
        for (let k = 0; k < 1 + trial % 4; k++) damaged[Math.floor(next() * damaged.length)] = Math.floor(next() * 256);
        expect(() => refusal(damaged)).not.toThrow();
        expect(() => refusal(bytes.slice(0, Math.floor(next() * bytes.length)))).not.toThrow();
      }
    },
  );
});
