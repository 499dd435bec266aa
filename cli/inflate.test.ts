/**
 * The command line reads project files with Node's zlib: the same entries come out, and an
 * archive that lies about an entry's size is refused just as the portable inflater refuses it.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { safeUnzip, ZipError, type RawInflate } from '../shared/zip/safe-unzip';
import { nodeInflate } from './inflate';

const problemOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ZipError) return err.problem;
    throw err;
  }
  return 'none';
};

/** The archive with the central directory's uncompressed size of its only entry replaced. */
function declaring(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = out.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error('no central directory');
}

const text = 'P: Bagaimana pelaksanaan program pemberdayaan di desa ini?\n'.repeat(4000);
const zip = zipSync({ 'project.qde': strToU8('<Project/>'), 'sources/a.txt': strToU8(text) }, { level: 6 });
const inflaters: [string, RawInflate | undefined][] = [
  ['zlib', nodeInflate],
  ['fflate', undefined],
];

describe.each(inflaters)('reading a project file with %s', (_, inflate) => {
  it('gives every entry back byte for byte', () => {
    const files = safeUnzip(zip, { inflate });
    expect(new TextDecoder().decode(files['sources/a.txt'])).toBe(text);
    expect(new TextDecoder().decode(files['project.qde'])).toBe('<Project/>');
  });

  it('refuses an entry that inflates past the size its archive declared, as a bomb', () => {
    const single = zipSync({ 'sources/a.txt': strToU8(text) });
    expect(problemOf(() => safeUnzip(declaring(single, 1000), { inflate }))).toBe('bomb');
  });

  it('refuses an entry that inflates to less than it declared, or is cut off, as truncated', () => {
    const single = zipSync({ 'sources/a.txt': strToU8(text) });
    expect(problemOf(() => safeUnzip(declaring(single, text.length + 10), { inflate }))).toBe('truncated');
    const data = single.slice();
    // Garbage in the middle of the compressed stream.
    data.fill(0xff, 60, 400);
    expect(problemOf(() => safeUnzip(data, { inflate }))).not.toBe('none');
  });
});
