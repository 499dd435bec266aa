/**
 * Reading the instruments as the student and the supervisor read them: per framework →
 * dimension → indicator, the items of one instrument in order, numbered straight through,
 * and the general (closing) questions last.
 */
import type { ProjectState } from '../model/changeset';
import type { Code, GuideItem, InstrumentKind, Locale, LocalizedText, ResearchInstruments } from '../model/types';
import { childrenOf } from '../project/code-tree';

/** The empty instruments of a project that has no guide yet. */
export const NO_INSTRUMENTS: ResearchInstruments = { frameworkCodeIds: [], items: [], answerLinks: [] };

export function instrumentsOf(state: ProjectState): ResearchInstruments {
  return state.project.instruments ?? NO_INSTRUMENTS;
}

/** The text in `locale`, or in the other language when that one is empty. */
export function localized(text: LocalizedText, locale: Locale): string {
  const other: Locale = locale === 'id' ? 'en' : 'id';
  return text[locale].trim() || text[other].trim();
}

/** An indicator (or a dimension without indicators) with the items that ask about it. */
export interface GuideGroup {
  code: Code;
  items: GuideItem[];
}

/** A dimension of the framework with its indicators. */
export interface GuideSection {
  dimension: Code;
  groups: GuideGroup[];
}

export interface GuideFramework {
  root: Code;
  sections: GuideSection[];
}

export interface GuideOutline {
  kind: InstrumentKind;
  frameworks: GuideFramework[];
  /** Items tied to no indicator of the guide (closing questions, items whose code was deleted). */
  general: GuideItem[];
  /** Every item in reading order, and its number (1, 2 …). */
  numbers: Map<string, number>;
}

const byOrder = (a: GuideItem, b: GuideItem): number => a.order - b.order || a.id.localeCompare(b.id);

/** Whether the code has no sub-codes: the level the defaults ask about. */
export function isLeaf(state: ProjectState, codeId: string): boolean {
  return childrenOf(state, codeId).length === 0;
}

/** The dimension itself and every code below it in tree order, each once. */
function subtree(state: ProjectState, code: Code): Code[] {
  const out: Code[] = [code];
  for (const child of childrenOf(state, code.id)) out.push(...subtree(state, child));
  return out;
}

/**
 * One instrument in reading order. A dimension without indicators is asked about itself;
 * a dimension with indicators lists its own items (if any) before its indicators'.
 */
export function guideOutline(state: ProjectState, kind: InstrumentKind): GuideOutline {
  const instruments = instrumentsOf(state);
  const itemsByCode = new Map<string | null, GuideItem[]>();
  for (const item of instruments.items) {
    if (item.kind !== kind) continue;
    const list = itemsByCode.get(item.codeId);
    if (list) list.push(item);
    else itemsByCode.set(item.codeId, [item]);
  }
  for (const list of itemsByCode.values()) list.sort(byOrder);
  const placed = new Set<string | null>();
  const frameworks: GuideFramework[] = [];
  for (const rootId of instruments.frameworkCodeIds) {
    const root = state.codes[rootId];
    if (!root) continue;
    const sections: GuideSection[] = [];
    const rootItems = itemsByCode.get(root.id);
    const dimensions = childrenOf(state, root.id);
    if (rootItems?.length || dimensions.length === 0) {
      sections.push({ dimension: root, groups: [{ code: root, items: rootItems ?? [] }] });
      placed.add(root.id);
    }
    for (const dimension of dimensions) {
      const groups: GuideGroup[] = [];
      for (const code of subtree(state, dimension)) {
        const items = itemsByCode.get(code.id) ?? [];
        if (items.length || isLeaf(state, code.id)) groups.push({ code, items });
        placed.add(code.id);
      }
      sections.push({ dimension, groups });
    }
    frameworks.push({ root, sections });
  }
  const general = [...itemsByCode.entries()]
    .filter(([codeId]) => !placed.has(codeId))
    .flatMap(([, items]) => items)
    // Closing questions stay last; items whose indicator went away come before them.
    .sort((a, b) => Number(a.codeId === null) - Number(b.codeId === null) || byOrder(a, b));
  const numbers = new Map<string, number>();
  let next = 1;
  for (const framework of frameworks) {
    for (const section of framework.sections) for (const group of section.groups) for (const item of group.items) numbers.set(item.id, next++);
  }
  for (const item of general) numbers.set(item.id, next++);
  return { kind, frameworks, general, numbers };
}

/** The interview questions in reading order. */
export function orderedQuestions(state: ProjectState): GuideItem[] {
  const outline = guideOutline(state, 'interview');
  return [
    ...outline.frameworks.flatMap((f) => f.sections.flatMap((s) => s.groups.flatMap((g) => g.items))),
    ...outline.general,
  ];
}

/**
 * Whether a question is for an informant of this category and group: an empty list means
 * every category (or group).
 */
export function questionApplies(item: GuideItem, category: string, group: string): boolean {
  const cat = category.trim();
  const grp = group.trim();
  return (item.categories.length === 0 || item.categories.includes(cat)) && (item.groups.length === 0 || item.groups.includes(grp));
}
