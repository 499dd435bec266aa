/**
 * The number keys 1–9 while coding: they apply the leaf codes (the indicators) below the
 * active framework code (project.settings.activeFrameworkCodeId), in codebook order. The
 * dimensions in between only group them: a student codes a statement with an indicator.
 */
import type { ProjectState } from '../../../shared/model/changeset';
import type { Code } from '../../../shared/model/types';
import { childrenOf } from '../../../shared/project';

/** The codes on keys 1–9: the first nine leaf codes below `frameworkId`, depth first in codebook order. */
export function pinnedCodes(state: ProjectState, frameworkId: string | null): Code[] {
  if (!frameworkId || !state.codes[frameworkId]) return [];
  const leaves: Code[] = [];
  const seen = new Set<string>([frameworkId]);
  const visit = (parentId: string): void => {
    for (const child of childrenOf(state, parentId)) {
      if (leaves.length === 9 || seen.has(child.id)) return;
      seen.add(child.id);
      if (childrenOf(state, child.id).length === 0) leaves.push(child);
      else visit(child.id);
    }
  };
  visit(frameworkId);
  return leaves;
}

/** The digit (1–9) a pinned code sits on, by code id. */
export function pinnedNumbers(state: ProjectState, frameworkId: string | null): Map<string, number> {
  return new Map(pinnedCodes(state, frameworkId).map((code, i) => [code.id, i + 1]));
}

/** The 1–9 digit a key press means, or null (0 and everything else are not pins). */
export function digitOfKey(key: string): number | null {
  return /^[1-9]$/.test(key) ? Number(key) : null;
}
