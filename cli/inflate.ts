/**
 * The command line's inflater for project files: Node's zlib, native and several times faster
 * than fflate's streaming inflater (a third of reading a 300k-word project). It keeps the same
 * guarantee: zlib stops one byte past the size the archive declared, so an entry that lies
 * about its size is refused as a bomb before it can fill memory.
 */
import { inflateRawSync } from 'node:zlib';
import { ZipError, type RawInflate } from '../shared/zip/safe-unzip';

export const nodeInflate: RawInflate = (data, declared, name) => {
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: declared + 1 });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError('bomb', `entry "${name}" inflates past its declared ${declared} bytes`);
    throw new ZipError('truncated', `entry "${name}" cannot be inflated: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (out.length > declared) throw new ZipError('bomb', `entry "${name}" inflates past its declared ${declared} bytes`);
  if (out.length !== declared) throw new ZipError('truncated', `entry "${name}" inflates to ${out.length} of its declared ${declared} bytes`);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
};
