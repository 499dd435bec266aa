/**
 * A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting
 * or ending with an apostrophe, not empty, and different (ignoring case) from the names taken.
 */
const LIMIT = 31;

export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const clean = wanted.replace(/[:\\/?*[\]]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, LIMIT).trim() || 'Sheet';
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${clean.slice(0, LIMIT - suffix.length).trim()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
