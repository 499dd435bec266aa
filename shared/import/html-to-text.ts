/**
 * mammoth's HTML as transcript lines, without a DOM (shared/ runs in Node and the browser),
 * by the rules of `transcript-lines`. Footnotes, endnotes, comments and images are left out.
 * Imports read mammoth's document tree instead (`docx-tree`); this reading of its HTML is the
 * reference the tests hold that route to.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { TranscriptLines } from './transcript-lines';

export { tableRowToLine } from './transcript-lines';

/** Is this element a footnote/endnote (or its "[1]" reference) or the comments list? Those are not the transcript. */
function isLeftOut(tag: SaxesTagPlain): boolean {
  const id = tag.attributes.id ?? '';
  if (tag.name === 'dl') return true;
  if (tag.name === 'li' && /^(?:footnote|endnote)-\d/.test(id)) return true;
  return tag.name === 'a' && /^(?:footnote|endnote)-ref-/.test(id);
}

/** VT and FF are line breaks (as normalizeText treats them); other forbidden characters carry no text. */
function withoutXmlForbiddenCharacters(html: string): string {
  // eslint-disable-next-line no-control-regex
  return html.replace(/[\u000B\u000C]/g, '\n').replace(/[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Converts mammoth's HTML into text lines joined by LF (not yet normalised). */
export function htmlToText(html: string): string {
  const lines = new TranscriptLines();
  let skipDepth = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (skipDepth > 0 || isLeftOut(tag)) skipDepth++;
    else lines.open(tag.name);
  });
  parser.on('text', (text) => {
    if (skipDepth === 0) lines.text(text);
  });
  parser.on('closetag', (tag) => {
    if (skipDepth > 0) skipDepth--;
    else lines.close(tag.name);
  });
  // mammoth escapes only &, <, > and " — all predefined XML entities — so one root element makes it
  // well-formed XML, once characters XML forbids (which lenient Word writers sometimes leave) are gone.
  parser.write(`<root>${withoutXmlForbiddenCharacters(html)}</root>`).close();
  return lines.finish();
}
