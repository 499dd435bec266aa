/**
 * Reading fieldwork photos: real JPG and PNG files (made by a browser's encoder), a camera's
 * EXIF block spliced in, and the files a student may pick by mistake.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePictureError, MAX_PICTURE_BYTES, PictureError, readPicture } from './picture';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../test/fixtures/pictures/${name}`, import.meta.url)));
const JPG = fixture('plain.jpg');
const PNG = fixture('plain.png');

/** An APP1 EXIF segment (big-endian TIFF) with an orientation and a DateTimeOriginal. */
function exifSegment(orientation: number, date: string): Uint8Array {
  const t: number[] = [];
  const p16 = (v: number): void => void t.push((v >> 8) & 255, v & 255);
  const p32 = (v: number): void => void t.push((v >>> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255);
  t.push(0x4d, 0x4d); p16(42); p32(8);
  // IFD0 at 8: two entries, then the next-IFD pointer; the Exif IFD follows at 8+2+24+4 = 38.
  p16(2);
  p16(0x0112); p16(3); p32(1); p16(orientation); p16(0);
  p16(0x8769); p16(4); p32(1); p32(38);
  p32(0);
  // Exif IFD at 38: one entry, DateTimeOriginal (20 ASCII bytes) stored at 38+2+12+4 = 56.
  p16(1);
  p16(0x9003); p16(2); p32(20); p32(56);
  p32(0);
  for (const c of `${date}\0`) t.push(c.charCodeAt(0));
  const body = [...'Exif\0\0'].map((c) => c.charCodeAt(0)).concat(t);
  const length = body.length + 2;
  return new Uint8Array([0xff, 0xe1, length >> 8, length & 255, ...body]);
}

const withExif = (jpg: Uint8Array, segment: Uint8Array): Uint8Array => new Uint8Array([...jpg.subarray(0, 2), ...segment, ...jpg.subarray(2)]);

describe('readPicture', () => {
  it('reads a JPG: its pixel size from the frame header, its title from the file name', () => {
    const p = readPicture({ name: 'Rapat anggota.JPG', bytes: JPG });
    expect(p).toMatchObject({ mediaType: 'image/jpeg', width: 64, height: 48, title: 'Rapat anggota', date: '' });
    expect(p.bytes).toBe(JPG);
  });

  it('reads a PNG: its pixel size from IHDR', () => {
    expect(readPicture({ name: 'papan.png', bytes: PNG })).toMatchObject({ mediaType: 'image/png', width: 40, height: 30, title: 'papan' });
  });

  it('goes by the content, not the name: a PNG named .jpg is read as a PNG', () => {
    expect(readPicture({ name: 'foto.jpg', bytes: PNG }).mediaType).toBe('image/png');
  });

  it('takes the camera date and turns the size of a photo taken sideways (EXIF orientation 6)', () => {
    const p = readPicture({ name: 'kantor.jpg', bytes: withExif(JPG, exifSegment(6, '2024:03:15 10:22:01')) });
    expect(p).toMatchObject({ width: 48, height: 64, date: '2024-03-15' });
  });

  it('keeps the size of an upright photo with a date', () => {
    expect(readPicture({ name: 'k.jpg', bytes: withExif(JPG, exifSegment(1, '2023:11:02 08:00:00')) })).toMatchObject({ width: 64, height: 48, date: '2023-11-02' });
  });

  it.each([
    ['a text file named .jpg', 'catatan.jpg', new TextEncoder().encode('Catatan lapangan, bukan foto.'), 'not-picture'],
    ['a PDF named .png', 'laporan.png', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'), 'not-picture'],
    ['an empty file', 'kosong.jpg', new Uint8Array(), 'empty'],
    ['a JPG cut short', 'potong.jpg', JPG.subarray(0, 300), 'corrupt'],
    ['a JPG cut before its frame header', 'potong2.jpg', JPG.subarray(0, 30), 'corrupt'],
    ['a PNG cut short', 'potong.png', PNG.subarray(0, PNG.length - 20), 'corrupt'],
    ['a PNG signature alone', 'sig.png', PNG.subarray(0, 8), 'corrupt'],
  ])('refuses %s with one sentence naming the file', (_what, name, bytes, code) => {
    let caught: unknown;
    try {
      readPicture({ name, bytes });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(PictureError);
    expect((caught as PictureError).code).toBe(code);
    const sentence = describePictureError(caught, 'id');
    expect(sentence).toContain(`"${name}"`);
    expect(sentence.split(/[.;]\s/).length).toBeGreaterThan(0);
    expect(describePictureError(caught, 'en')).toMatch(new RegExp(`^The (file|photo) "${name.replace('.', '\\.')}"`));
  });

  it('refuses a photo over the size cap, saying the cap', () => {
    const big = new Uint8Array(MAX_PICTURE_BYTES + 1);
    big.set(JPG);
    let caught: unknown;
    try {
      readPicture({ name: 'besar.jpg', bytes: big });
    } catch (err) {
      caught = err;
    }
    expect((caught as PictureError).code).toBe('too-large');
    expect(describePictureError(caught, 'en')).toContain('25 MB');
  });
});
