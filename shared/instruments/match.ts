/**
 * Matching the researcher's turns of a transcript to the guide's questions, by normalised
 * word overlap: both texts are lower-cased, stripped of accents, punctuation and common
 * function words (Indonesian and English), and the Indonesian particles and suffixes
 * -nya/-lah/-kah/-kan/-an are cut; two words count as the same when equal, or when the
 * shorter (at least 5 letters) lies inside the longer ("disosialisasikan" ~ "sosialisasi").
 * A turn's score for a question is the overlap coefficient — shared words over the words of
 * the shorter of the two — so that a short spoken question ("Pelatihan apa yang pernah Ibu
 * ikuti?") still meets the longer written one; the best of the question and its follow-ups
 * in either language counts. A question scoring at least 0.5 with at least two shared words
 * (or, when the shorter text has only one or two, one word of five letters or more) is a candidate; the highest score wins,
 * then the closer match in length (Dice), then the guide's order. The student confirms or
 * corrects the suggestion. Words that many of the guide's questions share ("pelaku usaha",
 * "program", "dinas" in an MSME study) say nothing about which question is asked: a word found
 * in more than a fifth of the questions (and in more than three) is left out on both sides.
 */
import type { ProjectState } from '../model/changeset';
import type { Document, GuideItem, Turn } from '../model/types';
import { instrumentsOf, orderedQuestions } from './outline';

const STOPWORDS = new Set(
  (
    'yang dan atau di ke dari dalam untuk pada dengan ini itu apa apakah ada adalah akan sudah belum bisa dapat saja juga ' +
    'bapak ibu anda kamu saya kami kita mereka beliau bagaimana mengapa kenapa siapa kapan mana berapa seperti misalnya ' +
    'tersebut oleh agar supaya jika kalau bila sebagai menurut tentang terkait selama serta tidak bukan lagi pernah masih ' +
    'boleh mohon tolong terus kemudian lalu nah ya iya oh mbak mas pak bu kak sih kok dong deh kan ' +
    // Everyday verbs and adverbs that any question may use: they say nothing of its topic.
    'mendapat dapat berjalan jalan ikut ikuti mengikuti lama sekarang saat sudah baru punya memiliki menjadi jadi banyak ' +
    'sangat lebih paling hanya cuma kira biasanya sering selalu hal sama lain begitu gitu ' +
    'the a an and or of to in ' +
    'for on with by is are was were be been do does did how what why who when which you your yours there this that these ' +
    'those any have has had can could would will as at it its from about into'
  ).split(/\s+/),
);

function stem(word: string): string {
  let w = word.replace(/(nya|lah|kah|pun)$/, '');
  if (w.length > 6) w = w.replace(/(kan|an)$/, '');
  return w;
}

/** The content words of a text, as the matcher compares them. */
export function contentWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w))
    .map(stem)
    .filter((w) => w.length >= 3);
  return [...new Set(words)];
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.includes(short);
}

/** The overlap coefficient of a turn's and a question's words, the Dice coefficient, and how many words they share. */
export function overlap(turn: readonly string[], question: readonly string[]): { score: number; dice: number; shared: number; longest: number } {
  if (question.length === 0 || turn.length === 0) return { score: 0, dice: 0, shared: 0, longest: 0 };
  const matched = question.filter((q) => turn.some((t) => sameWord(t, q)));
  // Counted from both sides, so one word cannot match twice ("usaha" in "usaha" and "berusaha").
  const shared = Math.min(matched.length, turn.filter((t) => question.some((q) => sameWord(t, q))).length);
  const longest = matched.reduce((max, w) => Math.max(max, w.length), 0);
  return { score: shared / Math.min(turn.length, question.length), dice: (2 * shared) / (turn.length + question.length), shared, longest };
}

export const MATCH_THRESHOLD = 0.5;

interface PreparedQuestion {
  item: GuideItem;
  variants: string[][];
}

interface PreparedGuide {
  questions: PreparedQuestion[];
  /** Words too common in this guide to tell its questions apart. */
  common: Set<string>;
}

function prepare(questions: readonly GuideItem[]): PreparedGuide {
  const raw = questions.map((item) => ({
    item,
    variants: [item.text, ...item.probes.map((p) => p.text)].flatMap((t) => [contentWords(t.id), contentWords(t.en)]),
  }));
  const df = new Map<string, number>();
  for (const { variants } of raw) for (const word of new Set(variants.flat())) df.set(word, (df.get(word) ?? 0) + 1);
  const limit = Math.max(3, questions.length / 5);
  const common = new Set([...df].filter(([, n]) => n > limit).map(([word]) => word));
  return {
    common,
    questions: raw.map(({ item, variants }) => ({ item, variants: variants.map((v) => v.filter((w) => !common.has(w))).filter((v) => v.length > 0) })),
  };
}

function bestMatch(turnWords: readonly string[], prepared: PreparedGuide): { questionId: string; score: number } | null {
  const words = turnWords.filter((w) => !prepared.common.has(w));
  let best: { questionId: string; score: number; dice: number } | null = null;
  for (const { item, variants } of prepared.questions) {
    for (const variant of variants) {
      const { score, dice, shared, longest } = overlap(words, variant);
      const shorter = Math.min(words.length, variant.length);
      // One shared word is enough only for a short text, and only a word long enough to mean something ("modal", not "lama").
      const enough = shared >= 2 || (shorter <= 2 && shared === 1 && longest >= 5);
      if (!enough || score < MATCH_THRESHOLD) continue;
      if (!best || score > best.score || (score === best.score && dice > best.dice)) best = { questionId: item.id, score, dice };
    }
  }
  return best && { questionId: best.questionId, score: best.score };
}

/** A researcher's turn of an interview with the question it asks. */
export interface LinkedTurn {
  turn: Turn;
  /** The question: the student's choice when there is one, else the suggestion; null = none. */
  questionId: string | null;
  /** Whether the student confirmed or corrected it (false = a suggestion). */
  decided: boolean;
  /** The suggestion's score (0 when there is none). */
  score: number;
  /** What the informant answered: their turns up to the researcher's next turn, [start, end) of the text. */
  answer: { start: number; end: number } | null;
}

/** The researcher's turns of one transcript, each with its question and the answer it got. */
export function linkedTurns(state: ProjectState, document: Document, questions: readonly GuideItem[] = orderedQuestions(state)): LinkedTurn[] {
  const prepared = prepare(questions);
  const known = new Set(questions.map((q) => q.id));
  const decisions = new Map<number, string | null>();
  for (const link of instrumentsOf(state).answerLinks) {
    if (link.documentId === document.id && (link.questionId === null || known.has(link.questionId))) decisions.set(link.turnStart, link.questionId);
  }
  const turns = [...document.turns].sort((a, b) => a.start - b.start);
  const out: LinkedTurn[] = [];
  turns.forEach((turn, n) => {
    if (turn.role !== 'researcher') return;
    const answers: Turn[] = [];
    for (const next of turns.slice(n + 1)) {
      if (next.role === 'researcher') break;
      if (next.role === 'informant') answers.push(next);
    }
    const answer = answers.length ? { start: answers[0]!.start, end: answers.at(-1)!.end } : null;
    const suggestion = bestMatch(contentWords(document.text.slice(turn.start, turn.end)), prepared);
    const decided = decisions.has(turn.start);
    out.push({
      turn,
      questionId: decided ? decisions.get(turn.start)! : (suggestion?.questionId ?? null),
      decided,
      score: suggestion?.score ?? 0,
      answer,
    });
  });
  return out;
}
