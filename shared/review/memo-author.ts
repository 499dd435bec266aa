/**
 * Authorship of memos: codes, informants and documents carry who last wrote their memo and
 * when (`memoBy`, `memoAt`). The memo setters stay as they are; the caller passes their
 * changeset through here with the active coder, so every screen stamps memos the same way.
 */
import type { Changeset, ProjectState } from '../model/changeset';

const MEMO_TABLES = ['codes', 'informants', 'documents'] as const;

/**
 * The changeset with every code, informant and document whose memo it changes stamped with
 * the coder (null = the owner) and the time. Rows whose memo stays the same keep their stamp.
 */
export function withMemoAuthor(before: ProjectState, changeset: Changeset, coderId: string | null, now: string = new Date().toISOString()): Changeset {
  if (!changeset.put) return changeset;
  const put: NonNullable<Changeset['put']> = { ...changeset.put };
  for (const table of MEMO_TABLES) {
    const rows = changeset.put[table];
    if (!rows) continue;
    const old = before[table] as Record<string, { memo: string }>;
    (put as Record<string, unknown>)[table] = rows.map((row) => {
      const previous = Object.hasOwn(old, row.id) ? old[row.id]!.memo : '';
      return row.memo === previous ? row : { ...row, memoBy: coderId, memoAt: now };
    });
  }
  return { ...changeset, put };
}
