/**
 * Turns the bytes of a plain-text transcript into a string. Students' .txt files come from
 * Notepad (UTF-8, with or without BOM, or UTF-16 with BOM) and from older Windows tools
 * (Windows-1252), so those are what is recognised; anything else is refused, never guessed.
 */
import { ImportError } from '../import/errors';

// Windows-1252's 0x80–0x9F (curly quotes, dashes, €…); 0 marks the bytes it leaves undefined,
// which text written in it never contains. Decoded by hand because Node's TextDecoder
// ('windows-1252') decodes these bytes as Latin-1 controls, unlike browsers.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Windows-1252 to a string; null when a byte is undefined in it. */
function decodeWindows1252(bytes: Uint8Array): string | null {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const codes = Array.from(bytes.subarray(offset, offset + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    const undefinedByte = codes.some((code, i) => code === 0 && bytes[offset + i] !== 0);
    if (undefinedByte) return null;
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Decodes with a fatal decoder; null when the bytes are not valid in that encoding. */
function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The encodings a text transcript is read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

function decodeByBomOrGuess(bytes: Uint8Array): { text: string | null; encoding: TextEncodingName } {
  const as = (encoding: TextEncodingName) => ({ text: tryDecode(encoding, bytes), encoding });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return as('utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return as('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return as('utf-16be');
  const utf8 = as('utf-8');
  if (utf8.text !== null) return utf8;
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Binary files decode "successfully" as Windows-1252, so they are recognised by what text
 * never contains: NUL bytes, or more than a stray few other control characters.
 */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return controls > Math.max(2, text.length / 200);
}

/**
 * Decodes a text file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, otherwise
 * Windows-1252. The BOM is removed. Throws `ImportError('undecodable')` for binary data or
 * bytes no supported encoding explains.
 */
export function decodeTextFile(bytes: Uint8Array): string {
  return decodeTextFileWithEncoding(bytes).text;
}

/**
 * decodeTextFile, also saying which encoding was used: Windows-1252 is a guess made when the
 * bytes are not valid UTF-8, and the user is told (a file in another code page reads wrongly).
 */
export function decodeTextFileWithEncoding(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { text, encoding } = decodeByBomOrGuess(bytes);
  if (text === null || looksBinary(text)) throw new ImportError('undecodable', '', 'bytes are not text in UTF-8, UTF-16 or Windows-1252');
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}
