/**
 * Line starts per document, computed once: a document's text never changes after import,
 * so the document record itself can key the cache.
 */
import type { Document } from '../model/types';
import { lineStarts } from '../text/lines';

const cache = new WeakMap<Document, number[]>();

export function lineStartsOf(document: Document): readonly number[] {
  let starts = cache.get(document);
  if (!starts) {
    starts = lineStarts(document.text);
    cache.set(document, starts);
  }
  return starts;
}
