/**
 * One fieldwork photo (a JPG or PNG, as bytes) to an ImportedPicture: the format by its
 * signature (never the file name's extension), the pixel size from its header (PNG IHDR,
 * JPEG SOFn, turned by a simple EXIF orientation), and the date the camera wrote, if any.
 * It either succeeds or throws one PictureError naming the file; nothing is half read.
 */
import { translate } from '../i18n/index';
import type { Locale } from '../model/types';
import { titleFromFileName } from './import-transcript';

/** Extensions the import dialogs offer for photos (the content decides, not the name). */
export const PICTURE_EXTENSIONS = ['.jpg', '.jpeg', '.png'] as const;

/** Largest photo accepted, in bytes: a phone camera's JPG is 2–10 MB; a thesis needs no more. */
export const MAX_PICTURE_BYTES = 25 * 1024 * 1024;
/** Largest pixel count accepted (a 100-megapixel header is a damaged file, or a trap). */
const MAX_PIXELS = 100_000_000;

export type PictureMediaType = 'image/jpeg' | 'image/png';

export interface ImportedPicture {
  fileName: string;
  /** Title from the file name, without extension; also the default caption. */
  title: string;
  mediaType: PictureMediaType;
  /** Pixel size as the photo is shown (width and height swapped for a photo taken sideways). */
  width: number;
  height: number;
  /** The date the camera recorded (ISO YYYY-MM-DD), or '' when the file has none. */
  date: string;
  bytes: Uint8Array;
}

export type PictureErrorCode = 'empty' | 'too-large' | 'not-picture' | 'corrupt';

/** A file that cannot be imported as a photo. Show `describePictureError` to users. */
export class PictureError extends Error {
  constructor(
    readonly code: PictureErrorCode,
    readonly fileName: string,
    detail: string = code,
  ) {
    super(detail);
    this.name = 'PictureError';
  }
}

const MESSAGE_KEYS: Record<PictureErrorCode, string> = {
  empty: 'errorEmpty',
  'too-large': 'errorTooLarge',
  'not-picture': 'errorNotPicture',
  corrupt: 'errorCorrupt',
};

/** One sentence for the user: which file, what is wrong, what to do. */
export function describePictureError(err: unknown, locale: Locale, fallbackFileName = ''): string {
  const fileName = err instanceof PictureError ? err.fileName || fallbackFileName : fallbackFileName;
  const key = err instanceof PictureError ? MESSAGE_KEYS[err.code] : 'errorCorrupt';
  return translate(locale, `pictures:${key}`, { fileName, limitMb: MAX_PICTURE_BYTES / (1024 * 1024) });
}

/** Refuses a photo by its size before a byte of it is read. */
export function checkPictureSize(fileName: string, size: number): void {
  if (size > MAX_PICTURE_BYTES) throw new PictureError('too-large', fileName, `${size} bytes exceeds ${MAX_PICTURE_BYTES}`);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The photo format the bytes start with, or null (the name's extension is not consulted). */
export function pictureTypeOf(bytes: Uint8Array): PictureMediaType | null {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Whether a file name is one the photo importer is offered (.jpg, .jpeg, .png, any case). */
export const isPictureFileName = (name: string): boolean => /\.(jpe?g|png)$/i.test(name);

/**
 * Reads one photo. Throws PictureError: 'empty', 'too-large', 'not-picture' (neither JPG nor
 * PNG by its signature), 'corrupt' (a header that cannot be read, or a file cut short).
 */
export function readPicture(file: { name: string; bytes: Uint8Array }): ImportedPicture {
  const { name, bytes } = file;
  if (bytes.length === 0) throw new PictureError('empty', name, 'the file has no bytes');
  checkPictureSize(name, bytes.length);
  const mediaType = pictureTypeOf(bytes);
  if (!mediaType) throw new PictureError('not-picture', name, 'no JPEG or PNG signature');
  const header = mediaType === 'image/png' ? readPng(bytes, name) : readJpeg(bytes, name);
  if (header.width < 1 || header.height < 1 || header.width * header.height > MAX_PIXELS) {
    throw new PictureError('corrupt', name, `implausible size ${header.width}×${header.height}`);
  }
  const sideways = header.orientation >= 5 && header.orientation <= 8;
  return {
    fileName: name,
    title: titleFromFileName(name) || name,
    mediaType,
    width: sideways ? header.height : header.width,
    height: sideways ? header.width : header.height,
    date: header.date,
    bytes,
  };
}

/**
 * The EXIF orientation of a photo's bytes (1 = upright, 6 = turned a quarter clockwise to show
 * …), 1 for a PNG or anything unreadable. Word and LibreOffice ignore it inside a .docx, so
 * the appendix turns such a photo itself.
 */
export function pictureOrientation(bytes: Uint8Array): number {
  try {
    return pictureTypeOf(bytes) === 'image/jpeg' ? readJpeg(bytes, '').orientation : 1;
  } catch {
    return 1;
  }
}

interface Header {
  width: number;
  height: number;
  /** EXIF orientation 1–8 (1 = upright); 1 when absent. */
  orientation: number;
  date: string;
}

const u32 = (b: Uint8Array, at: number): number => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u16 = (b: Uint8Array, at: number): number => (b[at]! << 8) | b[at + 1]!;
const ascii = (b: Uint8Array, at: number, length: number): string => String.fromCharCode(...b.subarray(at, at + length));

/** PNG: IHDR first, every chunk inside the file, and IEND reached (a cut-off file is corrupt). */
function readPng(b: Uint8Array, name: string): Header {
  if (b.length < 33 || ascii(b, 12, 4) !== 'IHDR') throw new PictureError('corrupt', name, 'PNG without IHDR');
  const width = u32(b, 16);
  const height = u32(b, 20);
  let at = 8;
  for (;;) {
    if (at + 12 > b.length) throw new PictureError('corrupt', name, 'PNG cut short before IEND');
    const length = u32(b, at);
    const type = ascii(b, at + 4, 4);
    at += 12 + length;
    if (at > b.length) throw new PictureError('corrupt', name, `PNG chunk ${type} runs past the end`);
    if (type === 'IEND') break;
  }
  return { width, height, orientation: 1, date: '' };
}

// Start-of-frame markers carrying the size: C0–CF except DHT (C4), JPG (C8) and DAC (CC).
const isStartOfFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** JPEG: segments walked to the scan; the size from SOFn, orientation and date from EXIF (APP1). */
function readJpeg(b: Uint8Array, name: string): Header {
  let at = 2;
  let size: { width: number; height: number } | null = null;
  let exif: { orientation: number; date: string } = { orientation: 1, date: '' };
  for (;;) {
    if (at + 4 > b.length) throw new PictureError('corrupt', name, 'JPEG cut short in its header');
    if (b[at] !== 0xff) throw new PictureError('corrupt', name, `no marker at ${at}`);
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = u16(b, at + 2);
    if (length < 2 || at + 2 + length > b.length) throw new PictureError('corrupt', name, `segment ${marker.toString(16)} runs past the end`);
    if (isStartOfFrame(marker)) {
      if (length < 7) throw new PictureError('corrupt', name, 'short SOF');
      size = { height: u16(b, at + 5), width: u16(b, at + 7) };
    } else if (marker === 0xe1 && ascii(b, at + 4, 6) === 'Exif\0\0') {
      exif = readExif(b.subarray(at + 10, at + 2 + length));
    } else if (marker === 0xda) {
      break; // start of scan: the header is over
    } else if (marker === 0xd9) {
      throw new PictureError('corrupt', name, 'JPEG ends before its image');
    }
    at += 2 + length;
  }
  if (!size) throw new PictureError('corrupt', name, 'JPEG without a frame header');
  // A file cut off while copying lacks its end marker.
  let end = -1;
  for (let i = b.length - 2; i > at; i--) {
    if (b[i] === 0xff && b[i + 1] === 0xd9) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new PictureError('corrupt', name, 'JPEG cut short (no end marker)');
  return { ...size, ...exif };
}

/** EXIF orientation (IFD0 0x0112) and date (DateTimeOriginal, else DateTime); defaults when unreadable. */
function readExif(t: Uint8Array): { orientation: number; date: string } {
  const out = { orientation: 1, date: '' };
  if (t.length < 8) return out;
  const little = t[0] === 0x49 && t[1] === 0x49;
  if (!little && !(t[0] === 0x4d && t[1] === 0x4d)) return out;
  const r16 = (at: number): number => (at + 2 > t.length ? 0 : little ? t[at]! | (t[at + 1]! << 8) : u16(t, at));
  const r32 = (at: number): number => (at + 4 > t.length ? 0 : little ? (t[at]! | (t[at + 1]! << 8) | (t[at + 2]! << 16) | (t[at + 3]! << 24)) >>> 0 : u32(t, at));
  const entries = (ifd: number): { tag: number; type: number; count: number; value: number }[] => {
    if (ifd <= 0 || ifd + 2 > t.length) return [];
    const n = Math.min(r16(ifd), 512);
    const list = [];
    for (let i = 0; i < n; i++) {
      const e = ifd + 2 + i * 12;
      if (e + 12 > t.length) break;
      list.push({ tag: r16(e), type: r16(e + 2), count: r32(e + 4), value: e + 8 });
    }
    return list;
  };
  const text = (entry: { count: number; value: number }): string => {
    const at = entry.count > 4 ? r32(entry.value) : entry.value;
    return at + entry.count <= t.length ? ascii(t, at, entry.count) : '';
  };
  const ifd0 = entries(r32(4));
  let dateTime = '';
  let original = '';
  for (const e of ifd0) {
    if (e.tag === 0x0112 && e.type === 3) {
      const value = r16(e.value);
      if (value >= 1 && value <= 8) out.orientation = value;
    } else if (e.tag === 0x0132 && e.type === 2) dateTime = text(e);
    else if (e.tag === 0x8769) {
      for (const x of entries(r32(e.value))) if (x.tag === 0x9003 && x.type === 2) original = text(x);
    }
  }
  const m = /^(\d{4}):(\d{2}):(\d{2})/.exec(original || dateTime);
  if (m && m[1] !== '0000') out.date = `${m[1]}-${m[2]}-${m[3]}`;
  return out;
}
