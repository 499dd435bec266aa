import { describe, expect, it } from 'vitest';
import { suggestedFileName, withExtension } from './file-names';

describe('suggestedFileName', () => {
  it.each([
    ['Pemberdayaan UMKM di Kabupaten Sleman', 'Pemberdayaan UMKM di Kabupaten Sleman.qdpx'],
    ['Analisis: Edward III / Kota Bandung?', 'Analisis Edward III Kota Bandung.qdpx'],
    ['skripsi.qdpx', 'skripsi.qdpx'],
    ['skripsi.QDPX', 'skripsi.qdpx'],
    ['../../etc/passwd', 'etc passwd.qdpx'],
    ['tab\there\u0000', 'tab here.qdpx'],
    ['trailing dots...', 'trailing dots.qdpx'],
    ['', 'proyek.qdpx'],
    ['???', 'proyek.qdpx'],
    ['x'.repeat(300), `${'x'.repeat(120)}.qdpx`],
  ])('%j → %j', (title, expected) => {
    expect(suggestedFileName(title, '.qdpx', 'proyek')).toBe(expected);
  });
});

describe('withExtension', () => {
  it.each([
    ['/home/sri/skripsi', '/home/sri/skripsi.qdpx'],
    ['/home/sri/skripsi.qdpx', '/home/sri/skripsi.qdpx'],
    ['C:\\Users\\Sri\\Skripsi.QDPX', 'C:\\Users\\Sri\\Skripsi.QDPX'],
  ])('%j → %j', (input, expected) => {
    expect(withExtension(input, '.qdpx')).toBe(expected);
  });
});
