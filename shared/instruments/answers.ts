/**
 * What the guide's questions got in the field: the display question × informant (each
 * cell the answers an informant gave to a question) and, per informant category, the
 * questions meant for it that no interview of that category asked.
 */
import type { ProjectState } from '../model/changeset';
import type { Document, GuideItem, Informant } from '../model/types';
import { linkedTurns, type LinkedTurn } from './match';
import { orderedQuestions, questionApplies } from './outline';

/** One answer in the display: where the question was asked, and what came back. */
export interface GuideAnswer {
  documentId: string;
  turnStart: number;
  decided: boolean;
  /** The informant's words (empty when the question got no reply in the transcript). */
  text: string;
}

export interface AnswerMatrix {
  questions: GuideItem[];
  /** Informants with at least one interview transcript, in the project's order. */
  informants: Informant[];
  /** answers[questionId][informantId] */
  answers: Record<string, Record<string, GuideAnswer[]>>;
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T): number => a.order - b.order || a.id.localeCompare(b.id);

function interviewsByInformant(state: ProjectState): Map<string, Document[]> {
  const out = new Map<string, Document[]>();
  for (const document of Object.values(state.documents).sort(byOrder)) {
    if (document.kind !== 'interview' || !document.informantId || !state.informants[document.informantId]) continue;
    const list = out.get(document.informantId);
    if (list) list.push(document);
    else out.set(document.informantId, [document]);
  }
  return out;
}

// Linked turns per transcript, kept while the transcript, the guide and the codebook stay the
// same objects (every change replaces them), so the warnings panel does not re-match every
// turn of every interview on each keystroke elsewhere.
const cache = new WeakMap<Document, WeakMap<object, WeakMap<object, LinkedTurn[]>>>();

function cachedTurns(state: ProjectState, document: Document, questions: readonly GuideItem[]): LinkedTurn[] {
  const guide = state.project.instruments ?? cache;
  let byGuide = cache.get(document);
  if (!byGuide) cache.set(document, (byGuide = new WeakMap()));
  let byCodes = byGuide.get(guide);
  if (!byCodes) byGuide.set(guide, (byCodes = new WeakMap()));
  let turns = byCodes.get(state.codes);
  if (!turns) byCodes.set(state.codes, (turns = linkedTurns(state, document, questions)));
  return turns;
}

/** Every interview's linked turns. */
function allLinkedTurns(state: ProjectState, questions: readonly GuideItem[]): Map<string, { document: Document; turns: LinkedTurn[] }[]> {
  const out = new Map<string, { document: Document; turns: LinkedTurn[] }[]>();
  for (const [informantId, documents] of interviewsByInformant(state)) {
    out.set(informantId, documents.map((document) => ({ document, turns: cachedTurns(state, document, questions) })));
  }
  return out;
}

/** The display question × informant, from the confirmed links and the suggestions. */
export function answerMatrix(state: ProjectState): AnswerMatrix {
  const questions = orderedQuestions(state);
  const linked = allLinkedTurns(state, questions);
  const informants = Object.values(state.informants).sort(byOrder).filter((i) => linked.has(i.id));
  const answers: AnswerMatrix['answers'] = {};
  for (const question of questions) answers[question.id] = {};
  for (const [informantId, documents] of linked) {
    for (const { document, turns } of documents) {
      for (const turn of turns) {
        if (!turn.questionId || !answers[turn.questionId]) continue;
        const cell = (answers[turn.questionId]![informantId] ??= []);
        const text = turn.answer ? stripSpeaker(document.text.slice(turn.answer.start, turn.answer.end)) : '';
        cell.push({ documentId: document.id, turnStart: turn.turn.start, decided: turn.decided, text });
      }
    }
  }
  return { questions, informants, answers };
}

/** The informant's words without the speaker label and timestamp that open each turn. */
function stripSpeaker(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(\[[\d:.]+\]\s*)?[^:\n]{1,40}:\s*/, ''))
    .join('\n')
    .trim();
}

/** Guide questions meant for a category that none of its informants' interviews asked. */
export interface NeverAsked {
  category: string;
  questionIds: string[];
}

/**
 * For each informant category with interviews that have researcher turns, the questions
 * that apply to it (by category, and by group for at least one of its informants) and were
 * never asked of any of its informants — asked meaning a turn confirmed or suggested for it.
 */
export function questionsNeverAsked(state: ProjectState): NeverAsked[] {
  const questions = orderedQuestions(state);
  if (questions.length === 0) return [];
  const linked = allLinkedTurns(state, questions);
  const categories = new Map<string, { informants: Informant[]; asked: Set<string> }>();
  for (const [informantId, documents] of linked) {
    if (!documents.some((d) => d.turns.length > 0)) continue;
    const informant = state.informants[informantId]!;
    const category = informant.category.trim();
    if (!category) continue;
    const entry = categories.get(category) ?? { informants: [], asked: new Set<string>() };
    entry.informants.push(informant);
    for (const { turns } of documents) for (const turn of turns) if (turn.questionId) entry.asked.add(turn.questionId);
    categories.set(category, entry);
  }
  const order = state.project.settings.informantCategories;
  const rank = (c: string): number => (order.includes(c) ? order.indexOf(c) : order.length);
  return [...categories.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, { informants, asked }]) => ({
      category,
      questionIds: questions
        .filter((q) => informants.some((i) => questionApplies(q, category, i.group)) && !asked.has(q.id))
        .map((q) => q.id),
    }))
    .filter((entry) => entry.questionIds.length > 0);
}
