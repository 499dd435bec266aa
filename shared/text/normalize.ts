/**
 * The one normalisation a transcript's text goes through, at import. Afterwards the text
 * never changes, so every offset stored against it (segments, turns) stays valid.
 */

// C0 controls except TAB and LF (VT, FF and CR are turned into LF first), DEL and C1.
// eslint-disable-next-line no-control-regex
const OTHER_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Normalises imported text: LF line ends, no BOM, page/line separators as LF, tabs as one
 * space, no control characters, no trailing spaces, at most two empty lines in a row,
 * trimmed. Non-breaking spaces are kept (they are part of names and numbers in Word files).
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\uFEFF/g, '')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- VT and FF are Word's line and page breaks in pasted text.
    .replace(/[\u000B\u000C\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(OTHER_CONTROLS, '')
    .replace(/ +$/gm, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
}
