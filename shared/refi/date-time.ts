/**
 * REFI-QDA dateTimes are `xsd:dateTime`; other tools read `YYYY-MM-DDTHH:MM:SSZ` most
 * reliably (GUIDE §8), so milliseconds are dropped and the time is written in UTC.
 */
export function refiDateTime(iso: string): string | undefined {
  // Pilah's own timestamps are already UTC ISO strings: only the milliseconds have to go.
  const utc = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?Z$/.exec(iso);
  if (utc) return `${utc[1]}Z`;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const text = new Date(time).toISOString();
  // Years past 9999 come out as "+0YYYYY…", which xsd:dateTime does not allow.
  return /^\d{4}-/.test(text) ? text.replace(/\.\d{3}Z$/, 'Z') : undefined;
}

/** An xsd:dateTime read from a file, as an ISO string; undefined when absent or unreadable. */
export function isoFromRefi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
