/**
 * What the conclusions screen shows, in the codebook's order: one card per framework, per
 * dimension and per indicator, each the place of the conclusions on that code.
 */
import type { ProjectState } from '../model/changeset';
import { childrenOf } from '../project/code-tree';

/** A framework root, a code with sub-codes (dimension), or a code without (indicator). */
export type ConclusionLevel = 'framework' | 'dimension' | 'indicator';

export interface ConclusionCard {
  codeId: string;
  /** The framework (top-level code) the card belongs to. */
  rootCodeId: string;
  /** 0 for the framework, 1 for its dimensions, and so on. */
  depth: number;
  level: ConclusionLevel;
}

const cardsCache = new WeakMap<ProjectState['codes'], ConclusionCard[]>();

/**
 * Every code as a card, depth-first in the codebook's order: each framework, then its
 * dimensions each followed by its indicators. A top-level code without sub-codes (a
 * student's own flat code) is an indicator, as the displays treat it.
 */
export function conclusionCards(state: ProjectState): ConclusionCard[] {
  const cached = cardsCache.get(state.codes);
  if (cached) return cached;
  const cards: ConclusionCard[] = [];
  const seen = new Set<string>();
  const visit = (codeId: string, rootCodeId: string, depth: number): void => {
    if (seen.has(codeId)) return;
    seen.add(codeId);
    const children = childrenOf(state, codeId);
    const level: ConclusionLevel = children.length === 0 ? 'indicator' : depth === 0 ? 'framework' : 'dimension';
    cards.push({ codeId, rootCodeId, depth, level });
    for (const child of children) visit(child.id, rootCodeId, depth + 1);
  };
  for (const root of childrenOf(state, null)) visit(root.id, root.id, 0);
  cardsCache.set(state.codes, cards);
  return cards;
}
