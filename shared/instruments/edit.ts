/**
 * Every edit of the instruments, as a changeset of the project's `instruments` field: the
 * whole guide is replaced at once, so undo restores it exactly. Builders throw
 * DomainError('not-found') for an item, probe or code that no longer exists.
 */
import type { Changeset, ProjectState } from '../model/changeset';
import type { AnswerLink, GuideItem, GuideProbe, InstrumentKind, Locale, LocalizedText, ResearchInstruments } from '../model/types';
import { DomainError } from '../project/errors';
import { ancestorsAndSelf } from '../project/code-tree';
import { instrumentsOf } from './outline';
import { defaultTextOf, instantiateDefaults } from './instantiate';

const newId = (): string => crypto.randomUUID();

function change(state: ProjectState, next: ResearchInstruments): Changeset {
  const before = state.project.instruments;
  if (before && JSON.stringify(before) === JSON.stringify(next)) return {};
  return { project: { instruments: next } };
}

function withItem(state: ProjectState, itemId: string, edit: (item: GuideItem) => GuideItem): Changeset {
  const instruments = instrumentsOf(state);
  const found = instruments.items.find((i) => i.id === itemId);
  if (!found) throw new DomainError('not-found', itemId);
  return change(state, { ...instruments, items: instruments.items.map((i) => (i.id === itemId ? edit(i) : i)) });
}

const other = (locale: Locale): Locale => (locale === 'id' ? 'en' : 'id');

/**
 * The text with `locale` rewritten. The other language keeps its wording only when the
 * student wrote it: a built-in default there would now translate a question no longer asked,
 * so it is emptied and falls back to the student's words until they translate them.
 */
function rewrite(text: LocalizedText, locale: Locale, value: string, original: LocalizedText | null): LocalizedText {
  const next: LocalizedText = { ...text, [locale]: value };
  const o = other(locale);
  if (original && text[o] === original[o] && value.trim() !== original[locale].trim()) next[o] = '';
  return next;
}

/**
 * Adds a framework (by its root code) to the guide and fills every indicator that has no
 * item yet with the framework's defaults, in all three instruments; the first guide also
 * gets the closing questions. What the student already wrote is never touched, so running
 * it again only fills gaps (an indicator added to the codebook later, a deleted default).
 */
export function createGuide(state: ProjectState, rootCodeId: string): Changeset {
  const root = state.codes[rootCodeId];
  if (!root) throw new DomainError('not-found', rootCodeId);
  const top = ancestorsAndSelf(state, rootCodeId)[0]!;
  const instruments = instrumentsOf(state);
  const frameworkCodeIds = instruments.frameworkCodeIds.includes(top.id) ? instruments.frameworkCodeIds : [...instruments.frameworkCodeIds, top.id];
  const items = [...instruments.items, ...instantiateDefaults(state, top.id, instruments.items)];
  return change(state, { ...instruments, frameworkCodeIds, items });
}

/** Takes a framework out of the guide, with its items and the answers linked to them. */
export function removeGuideFramework(state: ProjectState, rootCodeId: string): Changeset {
  const instruments = instrumentsOf(state);
  if (!instruments.frameworkCodeIds.includes(rootCodeId)) throw new DomainError('not-found', rootCodeId);
  const under = (codeId: string | null): boolean => codeId !== null && ancestorsAndSelf(state, codeId)[0]?.id === rootCodeId;
  const removed = new Set(instruments.items.filter((i) => under(i.codeId)).map((i) => i.id));
  return change(state, {
    frameworkCodeIds: instruments.frameworkCodeIds.filter((id) => id !== rootCodeId),
    items: instruments.items.filter((i) => !removed.has(i.id)),
    answerLinks: instruments.answerLinks.filter((l) => l.questionId === null || !removed.has(l.questionId)),
  });
}

/** A new, empty item at the end of the code's items (codeId null = a closing question). */
export function addGuideItem(state: ProjectState, kind: InstrumentKind, codeId: string | null, text: LocalizedText = { id: '', en: '' }): { changeset: Changeset; itemId: string } {
  if (codeId !== null && !state.codes[codeId]) throw new DomainError('not-found', codeId);
  const instruments = instrumentsOf(state);
  const siblings = instruments.items.filter((i) => i.kind === kind && i.codeId === codeId);
  const item: GuideItem = {
    id: newId(),
    kind,
    codeId,
    text: { ...text },
    probes: [],
    categories: [],
    groups: [],
    where: { id: '', en: '' },
    origin: '',
    order: siblings.reduce((max, i) => Math.max(max, i.order + 1), 0),
  };
  return { changeset: change(state, { ...instruments, items: [...instruments.items, item] }), itemId: item.id };
}

/** Rewrites the question, aspect or document in one language. */
export function editGuideItemText(state: ProjectState, itemId: string, locale: Locale, value: string): Changeset {
  return withItem(state, itemId, (item) => ({ ...item, text: rewrite(item.text, locale, value, defaultTextOf(item.origin)) }));
}

/** Rewrites where an aspect is observed or where a document comes from. */
export function editGuideItemWhere(state: ProjectState, itemId: string, locale: Locale, value: string): Changeset {
  return withItem(state, itemId, (item) => ({ ...item, where: rewrite(item.where, locale, value, defaultTextOf(item.origin, 'where')) }));
}

/** Who a question is for: chosen informant categories and groups (empty lists = everyone). */
export function setGuideAudience(state: ProjectState, itemId: string, categories: string[], groups: string[]): Changeset {
  const clean = (list: string[]): string[] => [...new Set(list.map((s) => s.trim()).filter(Boolean))];
  return withItem(state, itemId, (item) => ({ ...item, categories: clean(categories), groups: clean(groups) }));
}

/** Moves an item one place up (-1) or down (+1) among the items of its indicator. */
export function moveGuideItem(state: ProjectState, itemId: string, delta: -1 | 1): Changeset {
  const instruments = instrumentsOf(state);
  const item = instruments.items.find((i) => i.id === itemId);
  if (!item) throw new DomainError('not-found', itemId);
  const siblings = instruments.items
    .filter((i) => i.kind === item.kind && i.codeId === item.codeId)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const from = siblings.findIndex((i) => i.id === itemId);
  const to = from + delta;
  if (to < 0 || to >= siblings.length) return {};
  const reordered = [...siblings];
  reordered.splice(to, 0, ...reordered.splice(from, 1));
  const order = new Map(reordered.map((i, n) => [i.id, n]));
  return change(state, { ...instruments, items: instruments.items.map((i) => (order.has(i.id) ? { ...i, order: order.get(i.id)! } : i)) });
}

/** Deletes an item; turns linked to a deleted question go back to their suggestion. */
export function deleteGuideItem(state: ProjectState, itemId: string): Changeset {
  const instruments = instrumentsOf(state);
  if (!instruments.items.some((i) => i.id === itemId)) throw new DomainError('not-found', itemId);
  return change(state, {
    ...instruments,
    items: instruments.items.filter((i) => i.id !== itemId),
    answerLinks: instruments.answerLinks.filter((l) => l.questionId !== itemId),
  });
}

/** A new, empty follow-up question at the end of a question's probes. */
export function addGuideProbe(state: ProjectState, itemId: string): { changeset: Changeset; probeId: string } {
  const probe: GuideProbe = { id: newId(), text: { id: '', en: '' }, origin: '' };
  return { changeset: withItem(state, itemId, (item) => ({ ...item, probes: [...item.probes, probe] })), probeId: probe.id };
}

function withProbe(state: ProjectState, itemId: string, probeId: string, edit: (probes: GuideProbe[], index: number) => GuideProbe[]): Changeset {
  return withItem(state, itemId, (item) => {
    const index = item.probes.findIndex((p) => p.id === probeId);
    if (index < 0) throw new DomainError('not-found', probeId);
    return { ...item, probes: edit(item.probes, index) };
  });
}

export function editGuideProbe(state: ProjectState, itemId: string, probeId: string, locale: Locale, value: string): Changeset {
  return withProbe(state, itemId, probeId, (probes, index) =>
    probes.map((p, n) => (n === index ? { ...p, text: rewrite(p.text, locale, value, defaultTextOf(p.origin)) } : p)),
  );
}

export function moveGuideProbe(state: ProjectState, itemId: string, probeId: string, delta: -1 | 1): Changeset {
  return withProbe(state, itemId, probeId, (probes, index) => {
    const to = index + delta;
    if (to < 0 || to >= probes.length) return probes;
    const next = [...probes];
    next.splice(to, 0, ...next.splice(index, 1));
    return next;
  });
}

export function deleteGuideProbe(state: ProjectState, itemId: string, probeId: string): Changeset {
  return withProbe(state, itemId, probeId, (probes, index) => probes.filter((_, n) => n !== index));
}

/**
 * The student's decision on a researcher turn: it asks this question, or (null) none of the
 * guide's questions. `undefined` forgets the decision, so the turn shows its suggestion again.
 */
export function linkAnswer(state: ProjectState, documentId: string, turnStart: number, questionId: string | null | undefined): Changeset {
  const document = state.documents[documentId];
  if (!document || !document.turns.some((t) => t.start === turnStart)) throw new DomainError('not-found', `${documentId}@${turnStart}`);
  const instruments = instrumentsOf(state);
  if (questionId && !instruments.items.some((i) => i.id === questionId && i.kind === 'interview')) throw new DomainError('not-found', questionId);
  const rest = instruments.answerLinks.filter((l) => !(l.documentId === documentId && l.turnStart === turnStart));
  const answerLinks: AnswerLink[] = questionId === undefined ? rest : [...rest, { documentId, turnStart, questionId }];
  return change(state, { ...instruments, answerLinks });
}
