/**
 * Unzipping untrusted archives (.docx, .qdpx) without letting them exhaust memory or
 * write outside their folder. Sizes are read from the central directory before anything
 * is inflated; fflate then inflates each entry into a buffer of exactly the declared size,
 * so an archive that lies about its sizes cannot grow past the limits either.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';

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
 * Inflates the entries `wanted` accepts (all by default) after checking every entry against
 * the limits. Throws ZipError; never returns a partial archive.
 */
export function safeUnzip(
  bytes: Uint8Array,
  options: { limits?: Partial<ZipLimits>; wanted?: (name: string) => boolean } = {},
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
  try {
    return unzipSync(bytes, { filter: check });
  } catch (err) {
    if (err instanceof ZipError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    // fflate reports a missing end-of-central-directory or cut-off data as "invalid zip data"/"unexpected EOF".
    throw new ZipError('truncated', message);
  }
}
