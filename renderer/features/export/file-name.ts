/**
 * The names Pilah gives the Word and Excel files it writes: the project's short title, cut at
 * words, safe on every system. Apart from the export screen's choices so that screens which
 * save a document of their own (the instruments) use it without loading the appendix.
 */

/** A short title longer than this is shortened; a thesis title rarely fits. */
const MAX_SHORT_TITLE = 70;
/** Shortening at one of these keeps at least this much of the title. */
const MIN_SHORT_TITLE = 20;
/**
 * Where a thesis title's main phrase ends and its setting begins ("… pada Dinas Koperasi",
 * "… melalui Kelompok Seni", "… in Wirabumi"): a short title stops before one of them.
 */
const CLAUSE_BREAK = /,? (?:di|pada|oleh|melalui|dalam|terhadap|untuk|dengan|in|at|by|through|for|on|within|among)(?= )/gi;

/**
 * The project's short title, as a running head or a file name uses it: the title before
 * its subtitle (after ":" or a dash), else — when still long — the title up to its last
 * clause break that fits, else its whole words that fit. Never a word cut in two.
 */
export function shortTitle(title: string): string {
  const whole = title.replace(/\s+/g, ' ').trim();
  if (whole.length <= MAX_SHORT_TITLE) return tidyEnd(whole);
  const main = whole.split(/\s*:\s+|\s+[-–—]\s+/)[0]!.trim();
  if (main.length >= MIN_SHORT_TITLE && main.length <= MAX_SHORT_TITLE) return tidyEnd(main);
  const text = main.length > MAX_SHORT_TITLE ? main : whole;
  let cut = -1;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    if (match.index > MAX_SHORT_TITLE) break;
    if (match.index >= MIN_SHORT_TITLE) cut = match.index;
  }
  if (cut < 0) {
    const space = text.lastIndexOf(' ', MAX_SHORT_TITLE);
    const next = text.indexOf(' ', MAX_SHORT_TITLE);
    // One word longer than the limit is kept whole: a file name may be long, never cut mid-word.
    cut = space > 0 ? space : next >= 0 ? next : text.length;
  }
  return tidyEnd(text.slice(0, cut));
}

/** Punctuation and a joining word left dangling at the end ("… Usaha Mikro dan"). */
const DANGLING = /(?:[\s,;.]+|\s+(?:dan|serta|atau|yang|and|or|of|the|a|an))+$/i;
const tidyEnd = (text: string) => text.replace(DANGLING, '');

/** A file name for the appendix from the project's short title, safe on Windows, macOS and Linux. */
export function appendixFileName(title: string, prefix: string, extension: 'docx' | 'xlsx'): string {
  // eslint-disable-next-line no-control-regex
  const safe = shortTitle(title.replace(/[\u0000-\u001f<>"/\\|?*]+/g, ' ')).replace(/:/g, ' ').replace(/\s+/g, ' ').trim();
  const base = [prefix, safe.replace(/[. ]+$/, '')].filter(Boolean).join(' - ');
  return `${base}.${extension}`;
}
