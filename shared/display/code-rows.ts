/**
 * The rows of a display: the codes of a framework below its root, depth-first in the
 * codebook's order (dimension, its indicators, the next dimension …).
 */
import type { ProjectState } from '../model/changeset';
import type { Locale } from '../model/types';
import { childrenOf, codeLabel } from '../project/code-tree';
import type { MatrixRow } from './types';

/**
 * The codes under `rootCodeId` with their depth below it (0 = dimension). A root without
 * sub-codes is its own single row, so a student's flat code still gets a display.
 * Throws when the root does not exist.
 */
export function frameworkRows(state: ProjectState, rootCodeId: string, locale: Locale): MatrixRow[] {
  const root = state.codes[rootCodeId];
  if (!root) throw new Error(`Unknown code ${rootCodeId}`);
  const rows: MatrixRow[] = [];
  const seen = new Set<string>([rootCodeId]);
  const visit = (parentId: string, depth: number): void => {
    for (const code of childrenOf(state, parentId)) {
      if (seen.has(code.id)) continue;
      seen.add(code.id);
      rows.push({ codeId: code.id, depth, label: codeLabel(code, locale) });
      visit(code.id, depth + 1);
    }
  };
  visit(rootCodeId, 0);
  return rows.length ? rows : [{ codeId: root.id, depth: 0, label: codeLabel(root, locale) }];
}

/** The rows that have no sub-codes: the indicators (or dimensions without indicators). */
export function leafRows(state: ProjectState, rows: MatrixRow[]): MatrixRow[] {
  return rows.filter((row) => childrenOf(state, row.codeId).length === 0);
}
