/**
 * Turns the bytes of a plain-text transcript into a string. Students' .txt files come from
 * Notepad (UTF-8, with or without BOM, or UTF-16 with BOM) and from older Windows tools
 * (Windows-1252), so those are what is recognised; anything else is refused, never guessed.
 */
import { ImportError } from '../import/errors';

// Bytes that Windows-1252 leaves undefined: text containing them was not written in it.
const UNDEFINED_CP1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Decodes with a fatal decoder; null when the bytes are not valid in that encoding. */
function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeByBomOrGuess(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return tryDecode('utf-8', bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return tryDecode('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return tryDecode('utf-16be', bytes);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return utf8;
  if (bytes.some((b) => UNDEFINED_CP1252.has(b))) return null;
  return tryDecode('windows-1252', bytes);
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
  const text = decodeByBomOrGuess(bytes);
  if (text === null || looksBinary(text)) throw new ImportError('undecodable', '', 'bytes are not text in UTF-8, UTF-16 or Windows-1252');
  return text.replace(/^\uFEFF/, '');
}
