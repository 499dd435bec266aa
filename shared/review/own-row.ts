/** A row looked up by id among the table's own keys: an id such as "constructor" finds nothing. */
export function ownRow<T>(rows: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(rows, id) ? rows[id] : undefined;
}
