import type { Document, OriginalFile } from '../../shared/model/types';

// One object URL per photo file for the session: a caption edit keeps the same file object, so
// the list's thumbnail and the coding screen share it, and StrictMode's double effects cannot
// revoke a URL an <img> still shows. Deleting a photo keeps its blob until the window closes.
const urls = new WeakMap<OriginalFile, string>();

/** An object URL for a photo document's image (null when it has none). */
export function pictureUrl(document: Pick<Document, 'original'> | undefined): string | null {
  const original = document?.original;
  if (!original) return null;
  let url = urls.get(original);
  if (!url) {
    url = URL.createObjectURL(new Blob([original.bytes as BlobPart], { type: original.mediaType }));
    urls.set(original, url);
  }
  return url;
}
