/**
 * The one normalisation a transcript's text goes through, at import. Afterwards the text
 * never changes, so every offset stored against it (segments, turns) stays valid.
 */

// C0 controls except TAB and LF (VT, FF and CR are turned into LF first), DEL and C1.
// eslint-disable-next-line no-control-regex
const OTHER_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// VT and FF are Word's line and page breaks in pasted text; then the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const SEPARATORS = /[\u000B\u000C\u2028\u2029]/g;
/** Whether `pattern` (global, so its position is reset first) occurs in `text`. */
const occurs = (pattern: RegExp, text: string): boolean => {
  pattern.lastIndex = 0;
  return pattern.test(text);
};

/**
 * Normalises imported text: LF line ends, no BOM, page/line separators as LF, tabs as one
 * space, no control characters, no trailing spaces, at most two empty lines in a row,
 * trimmed. Non-breaking spaces are kept (they are part of names and numbers in Word files).
 */
export function normalizeText(raw: string): string {
  // Each rule runs only where its characters occur: a Word transcript of 100,000 words has
  // none of most of them, and a regular expression replacing nothing still copies the text.
  let text = raw;
  if (text.includes('\uFEFF')) text = text.replace(/\uFEFF/g, '');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (occurs(SEPARATORS, text)) text = text.replace(SEPARATORS, '\n');
  if (text.includes('\t')) text = text.replace(/\t/g, ' ');
  if (occurs(OTHER_CONTROLS, text)) text = text.replace(OTHER_CONTROLS, '');
  // Spaces end a line only before an LF or at the end (VT, FF, CR and separators are LF by now).
  if (text.includes(' \n') || text.endsWith(' ')) text = text.replace(/ +$/gm, '');
  if (text.includes('\n\n\n\n')) text = text.replace(/\n{4,}/g, '\n\n\n');
  return text.trim();
}
