/**
 * Unzipping untrusted archives (.docx, .qdpx) without letting them exhaust memory or
 * write outside their folder. Sizes are read from the central directory before anything
 * is inflated; each entry is then inflated a small piece at a time, counting the bytes it
 * really produces, and refused as soon as it grows past what the directory declared. An
 * archive that lies about its sizes therefore costs no more than an honest one.
 */
import { Inflate, strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';

export interface ZipLimits {
  /** Largest uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Largest uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Most entries an archive may hold. */
  maxEntries: number;
  /** Highest compression ratio tolerated for entries larger than 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxEntries: 20_000,
  maxRatio: 200,
};

export type ZipProblem = 'not-zip' | 'truncated' | 'too-large' | 'bomb' | 'unsafe-path';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'ZipError';
  }
}

const ONE_MIB = 1024 * 1024;

/** True when the bytes start with a local file header ("PK\x03\x04") or an empty-archive record. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** An entry name that would land outside the archive's folder (zip slip). */
export function isUnsafeEntryName(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  return n.startsWith('/') || /^[a-zA-Z]:/.test(n) || n.split('/').some((part) => part === '..');
}

/**
 * Inflates a raw DEFLATE stream that claims to expand to `declared` bytes, as `inflateBounded`
 * does: exactly that many bytes, or a ZipError ('bomb' past them, 'truncated' short of them).
 * A platform may bring a native one (the command line: Node's zlib, bounded by its output limit).
 */
export type RawInflate = (data: Uint8Array, declared: number, name: string) => Uint8Array;

/**
 * Inflates the entries `wanted` accepts (all by default) after checking every entry against
 * the limits. Throws ZipError; never returns a partial archive.
 */
export function safeUnzip(
  bytes: Uint8Array,
  options: { limits?: Partial<ZipLimits>; wanted?: (name: string) => boolean; inflate?: RawInflate } = {},
): Record<string, Uint8Array> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  if (!looksLikeZip(bytes)) throw new ZipError('not-zip', 'not a zip archive');
  let count = 0;
  let total = 0;
  const check = (file: UnzipFileInfo): boolean => {
    count++;
    if (isUnsafeEntryName(file.name)) throw new ZipError('unsafe-path', `entry "${file.name}" escapes the archive`);
    if (count > limits.maxEntries) throw new ZipError('bomb', `more than ${limits.maxEntries} entries`);
    if (file.originalSize > limits.maxEntryBytes) throw new ZipError('too-large', `entry "${file.name}" is ${file.originalSize} bytes`);
    total += file.originalSize;
    if (total > limits.maxTotalBytes) throw new ZipError('too-large', `archive expands to more than ${limits.maxTotalBytes} bytes`);
    if (file.originalSize > ONE_MIB && file.originalSize / Math.max(1, file.size) > limits.maxRatio) {
      throw new ZipError('bomb', `entry "${file.name}" is compressed ${Math.round(file.originalSize / Math.max(1, file.size))}:1`);
    }
    return options.wanted ? options.wanted(file.name) : true;
  };
  const wanted: string[] = [];
  try {
    // fflate walks the directory and calls `check` per entry; nothing is inflated here.
    unzipSync(bytes, {
      filter: (file) => {
        if (check(file)) wanted.push(file.name);
        return false;
      },
    });
    const names = new Set(wanted);
    const files: Record<string, Uint8Array> = {};
    if (names.size === 0) return files;
    for (const entry of directoryEntries(bytes)) {
      if (!names.has(entry.name)) continue;
      const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      if (entry.dataStart + entry.compressedSize > bytes.length) throw new ZipError('truncated', `entry "${entry.name}" is cut off`);
      files[entry.name] = inflateEntry(entry, data, options.inflate ?? inflateBounded);
    }
    return files;
  } catch (err) {
    if (err instanceof ZipError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    // fflate reports a missing end-of-central-directory or cut-off data as "invalid zip data"/"unexpected EOF".
    throw new ZipError('truncated', message);
  }
}

function inflateEntry(entry: DirectoryEntry, data: Uint8Array, inflate: RawInflate): Uint8Array {
  if (entry.method === 8) return inflate(data, entry.size, entry.name);
  if (entry.method !== 0) throw new ZipError('truncated', `entry "${entry.name}" uses unknown compression ${entry.method}`);
  if (entry.size !== entry.compressedSize) throw new ZipError('truncated', `stored entry "${entry.name}" has two sizes`);
  return data.slice();
}

/** Compressed bytes fed to the inflater at a time: at most ~1,032 times as much comes out of one piece. */
const PIECE = 16 * 1024;

/**
 * Inflates a raw DEFLATE stream that claims to expand to `declared` bytes, refusing it as a
 * bomb the moment it produces more: its real size is counted, not taken on trust.
 */
export function inflateBounded(data: Uint8Array, declared: number, name: string): Uint8Array {
  const out = new Uint8Array(declared);
  let produced = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (produced + chunk.length > declared) throw new ZipError('bomb', `entry "${name}" inflates past its declared ${declared} bytes`);
    out.set(chunk, produced);
    produced += chunk.length;
    if (final) ended = true;
  });
  for (let offset = 0; offset < data.length; offset += PIECE) {
    const end = Math.min(offset + PIECE, data.length);
    inflater.push(data.subarray(offset, end), end === data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (!ended || produced !== declared) throw new ZipError('truncated', `entry "${name}" inflates to ${produced} of its declared ${declared} bytes`);
  return out;
}

interface DirectoryEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's data starts, after its local header. */
  dataStart: number;
}

const u16 = (d: Uint8Array, at: number): number => d[at]! | (d[at + 1]! << 8);
const u32 = (d: Uint8Array, at: number): number => (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16) | (d[at + 3]! << 24)) >>> 0;
const u64 = (d: Uint8Array, at: number): number => u32(d, at) + u32(d, at + 4) * 2 ** 32;

/**
 * The central directory's entries, read the way fflate's unzipSync reads them (ZIP64
 * included), so the names match those `check` saw. Only called after fflate accepted it.
 */
function directoryEntries(d: Uint8Array): DirectoryEntry[] {
  let end = d.length - 22;
  while (end > 0 && u32(d, end) !== 0x06054b50) end--;
  let count = u16(d, end + 8);
  let at = u32(d, end + 16);
  let zip64 = end >= 20 && u32(d, end - 20) === 0x07064b50;
  if (zip64) {
    const record = u32(d, end - 12);
    zip64 = u32(d, record) === 0x06064b50;
    if (zip64) {
      count = u32(d, record + 32);
      at = u32(d, record + 48);
    }
  }
  const entries: DirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > d.length) throw new ZipError('truncated', 'the central directory is cut off');
    const nameLength = u16(d, at + 28);
    const extraLength = u16(d, at + 30);
    const name = strFromU8(d.subarray(at + 46, at + 46 + nameLength), !(u16(d, at + 8) & 2048));
    let compressedSize = u32(d, at + 20);
    let size = u32(d, at + 24);
    let local = u32(d, at + 42);
    const extra = at + 46 + nameLength;
    if (zip64 && (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff)) {
      for (let e = extra; e + 4 < extra + extraLength; e += 4 + u16(d, e + 2)) {
        if (u16(d, e) !== 1) continue;
        let field = e + 4;
        if (size === 0xffffffff) {
          size = u64(d, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(d, field);
          field += 8;
        }
        if (local === 0xffffffff) local = u64(d, field);
        break;
      }
    }
    if (local + 30 > d.length) throw new ZipError('truncated', `entry "${name}" is cut off`);
    entries.push({ name, method: u16(d, at + 10), compressedSize, size, dataStart: local + 30 + u16(d, local + 26) + u16(d, local + 28) });
    at = extra + extraLength + u16(d, at + 32);
  }
  return entries;
}
