import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { safeUnzip, ZipError } from './safe-unzip';

const problemOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ZipError) return err.problem;
    throw err;
  }
  return 'none';
};

describe('safeUnzip', () => {
  it('returns the entries of an ordinary archive', () => {
    const zip = zipSync({ 'project.qde': strToU8('<Project/>'), 'sources/a.txt': strToU8('halo') });
    const files = safeUnzip(zip);
    expect(new TextDecoder().decode(files['sources/a.txt'])).toBe('halo');
  });

  it('refuses bytes that are not a zip', () => {
    expect(problemOf(() => safeUnzip(strToU8('just text')))).toBe('not-zip');
  });

  it('refuses a truncated archive', () => {
    const zip = zipSync({ 'a.txt': strToU8('x'.repeat(5000)) });
    expect(problemOf(() => safeUnzip(zip.slice(0, zip.length - 30)))).toBe('truncated');
  });

  it('refuses a highly compressed entry (zip bomb) before inflating it', () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(100_000);
    expect(problemOf(() => safeUnzip(zip))).toBe('bomb');
  });

  it('refuses entries that escape the folder (zip slip)', () => {
    const zip = zipSync({ '../evil.txt': strToU8('x') });
    expect(problemOf(() => safeUnzip(zip))).toBe('unsafe-path');
  });

  it('refuses archives that expand past the total limit', () => {
    const zip = zipSync({ 'a.bin': new Uint8Array(3000), 'b.bin': new Uint8Array(3000) }, { level: 0 });
    expect(problemOf(() => safeUnzip(zip, { limits: { maxTotalBytes: 5000 } }))).toBe('too-large');
  });
});
