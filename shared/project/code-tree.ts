/**
 * Reading the codebook as a tree. The parent → children index is computed once per
 * version of the codes table (tables are replaced, never mutated, by applyChangeset),
 * so repeated look-ups while rendering the tree stay cheap.
 */
import type { ProjectState } from '../model/changeset';
import type { Code, Locale } from '../model/types';

const childIndexCache = new WeakMap<ProjectState['codes'], Map<string | null, Code[]>>();

function childIndex(state: ProjectState): Map<string | null, Code[]> {
  let index = childIndexCache.get(state.codes);
  if (!index) {
    index = new Map();
    for (const code of Object.values(state.codes)) {
      const siblings = index.get(code.parentId);
      if (siblings) siblings.push(code);
      else index.set(code.parentId, [code]);
    }
    for (const siblings of index.values()) siblings.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    childIndexCache.set(state.codes, index);
  }
  return index;
}

/** The code's label in `locale`, or in the other language when that one is empty. */
export function codeLabel(code: Code, locale: Locale): string {
  const other: Locale = locale === 'id' ? 'en' : 'id';
  return code.label[locale].trim() || code.label[other];
}

/** The direct children of a code (null = the top-level codes), sorted by `order`. */
export function childrenOf(state: ProjectState, parentId: string | null): Code[] {
  return [...(childIndex(state).get(parentId) ?? [])];
}

/** Every code below `codeId` at any depth, parents before their children. */
export function descendantIds(state: ProjectState, codeId: string): string[] {
  const index = childIndex(state);
  const out: string[] = [];
  const visit = (id: string): void => {
    for (const child of index.get(id) ?? []) {
      out.push(child.id);
      visit(child.id);
    }
  };
  visit(codeId);
  return out;
}

/** The codes from the top of the tree down to `codeId`, both included. */
export function ancestorsAndSelf(state: ProjectState, codeId: string): Code[] {
  const chain: Code[] = [];
  const seen = new Set<string>();
  for (let code = state.codes[codeId]; code && !seen.has(code.id); code = code.parentId ? state.codes[code.parentId] : undefined) {
    seen.add(code.id);
    chain.unshift(code);
  }
  return chain;
}

/** The code's place in the tree, e.g. "Pemberdayaan › Enabling › Sosialisasi program". */
export function codePath(state: ProjectState, codeId: string, locale: Locale): string {
  return ancestorsAndSelf(state, codeId)
    .map((code) => codeLabel(code, locale))
    .join(' › ');
}
