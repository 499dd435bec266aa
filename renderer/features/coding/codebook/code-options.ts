/**
 * Codes as options of a select ("Pindahkan ke…", "Gabungkan ke…"), each labelled with its
 * path so two codes of the same name under different dimensions can be told apart.
 */
import type { ProjectState } from '../../../../shared/model/changeset';
import type { Locale } from '../../../../shared/model/types';
import { codePath, descendantIds } from '../../../../shared/project';
import { treeRows } from './tree-rows';

export interface CodeOption {
  value: string;
  label: string;
}

/** Every code in tree order except `excludeId` and (if asked) its sub-codes. */
export function codeOptions(state: ProjectState, locale: Locale, excludeId: string | null, excludeDescendants: boolean): CodeOption[] {
  const excluded = new Set(excludeId ? [excludeId, ...(excludeDescendants ? descendantIds(state, excludeId) : [])] : []);
  return treeRows(Object.values(state.codes), new Set())
    .filter((row) => !excluded.has(row.code.id))
    .map((row) => ({ value: row.code.id, label: codePath(state, row.code.id, locale) }));
}
