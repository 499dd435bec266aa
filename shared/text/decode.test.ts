import { describe, expect, it } from 'vitest';
import { ImportError } from '../import/errors';
import { decodeTextFile } from './decode';

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
function utf16(s: string, littleEndian: boolean): number[] {
  const out: number[] = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(littleEndian ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return out;
}

describe('decodeTextFile', () => {
  it.each([
    ['UTF-8 without BOM', utf8('P: Apa kabar, Bu Sri?'), 'P: Apa kabar, Bu Sri?'],
    ['UTF-8 with BOM, BOM removed', [0xef, 0xbb, 0xbf, ...utf8('I: Baik.')], 'I: Baik.'],
    ['UTF-8 CRLF kept for normalisation', utf8('P: satu\r\nI: dua'), 'P: satu\r\nI: dua'],
    ['UTF-8 non-Latin and emoji', utf8('Kopi “Gayo” — café ☕'), 'Kopi “Gayo” — café ☕'],
    ['Windows-1252 é', [0x63, 0x61, 0x66, 0xe9], 'café'],
    ['Windows-1252 curly quotes and dash', [0x93, 0x4b, 0x55, 0x52, 0x94, 0x20, 0x96, 0x20, 0x91, 0x6f, 0x6b, 0x92], '“KUR” – ‘ok’'],
    ['UTF-16 LE with BOM', utf16('Informan: Sudah, Pak.', true), 'Informan: Sudah, Pak.'],
    ['UTF-16 BE with BOM', utf16('Peneliti: Terima kasih.', false), 'Peneliti: Terima kasih.'],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeTextFile(Uint8Array.from(bytes))).toBe(expected);
  });

  it.each([
    ['NUL bytes (binary)', [0x50, 0x4b, 0x00, 0x00, 0x41, 0x42]],
    ['UTF-16 without BOM (NULs)', [0x50, 0x00, 0x3a, 0x00, 0x20, 0x00]],
    ['many control characters', [...utf8('ab'), 1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f]],
    ['byte undefined in Windows-1252 (0x81)', [0x61, 0x81, 0x62]],
    ['byte undefined in Windows-1252 (0x9D)', [0x61, 0xe9, 0x9d]],
    ['invalid UTF-16 LE (lone surrogate)', [0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]],
  ])('refuses %s as undecodable', (_name, bytes) => {
    let thrown: unknown;
    try {
      decodeTextFile(Uint8Array.from(bytes));
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ImportError);
    expect((thrown as ImportError).code).toBe('undecodable');
  });
});
