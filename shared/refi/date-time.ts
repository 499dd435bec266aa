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

const UTC_SECONDS = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;

/** An xsd:dateTime read from a file, as an ISO string; undefined when absent or unreadable. */
export function isoFromRefi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // What Pilah and most tools write, "2023-11-14T09:30:00Z", read without making a Date (a
  // 10,000-segment project has two per segment). Only fields no calendar can refuse take this
  // path (days up to 28); anything else is parsed as before.
  if (value.length === 20 && UTC_SECONDS.test(value)) return `${value.slice(0, 19)}.000Z`;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
