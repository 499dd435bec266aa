import { beforeAll, describe, expect, it } from 'vitest';
import { conclusionWarnings } from '../conclusions';
import type { ProjectState } from '../model/changeset';
import { answerMatrix, contentWords, instrumentsOf, linkAnswer, linkedTurns, localized, orderedQuestions, questionsNeverAsked, setGuideAudience } from '.';
import { projectWithGuide, run, withInterviews } from './test-support';

let state: ProjectState;
const question = (s: ProjectState, words: string) => {
  const found = orderedQuestions(s).find((q) => q.text.id.includes(words));
  if (!found) throw new Error(`no question with "${words}"`);
  return found;
};
const documentOf = (s: ProjectState, name: string) => {
  const informant = Object.values(s.informants).find((i) => i.name === name)!;
  return Object.values(s.documents).find((d) => d.informantId === informant.id)!;
};

beforeAll(async () => {
  state = await withInterviews(projectWithGuide('empowerment'), [
    {
      name: 'Ibu Ratna',
      category: 'Informan kunci',
      group: 'ASN',
      turns: [
        'P: Selamat pagi, Bu. Boleh saya mulai?',
        'I: Silakan, Mbak.',
        'P: Bagaimana program pemberdayaan ini disosialisasikan kepada masyarakat?',
        'I: Lewat grup WhatsApp paguyuban dan rapat di kecamatan, Mbak.',
        'I: Kadang juga lewat kepala desa.',
        'P: Pelatihan apa saja yang sudah diberikan dua tahun terakhir?',
        'I: Pelatihan kemasan dan pemasaran daring.',
      ],
    },
    {
      name: 'Pak Darto',
      category: 'Informan utama',
      group: 'Pelaku UMKM',
      turns: ['P: Pelatihan apa yang pernah Bapak ikuti?', 'I: Pelatihan kemasan tahun lalu.', 'P: Sudah berapa lama usaha Bapak berjalan?', 'I: Sepuluh tahun.'],
    },
  ]);
});

describe('matching researcher turns to guide questions', () => {
  it('normalises words: case, accents, punctuation, function words and Indonesian suffixes', () => {
    expect(contentWords('Bagaimana PROGRAM ini disosialisasikan, Bu?')).toEqual(['program', 'disosialisasi']);
    expect(contentWords('What training has been given?')).toEqual(['training', 'given']);
  });

  it('suggests the question a turn asks, and none for small talk', () => {
    const document = documentOf(state, 'Ibu Ratna');
    const turns = linkedTurns(state, document);
    expect(turns).toHaveLength(3);
    expect(turns.map((t) => t.decided)).toEqual([false, false, false]);
    expect(turns[0]!.questionId).toBeNull();
    expect(turns[1]!.questionId).toBe(question(state, 'disosialisasikan').id);
    expect(turns[2]!.questionId).toBe(question(state, 'Pelatihan apa saja').id);
    // The answer is the informant's turns up to the next question.
    const answer = turns[1]!.answer!;
    expect(document.text.slice(answer.start, answer.end)).toBe('I: Lewat grup WhatsApp paguyuban dan rapat di kecamatan, Mbak.\nI: Kadang juga lewat kepala desa.');
  });

  it('keeps the student’s correction over the suggestion, and can forget it again', () => {
    const document = documentOf(state, 'Pak Darto');
    const [first, second] = linkedTurns(state, document);
    const motivation = question(state, 'mengembangkan usahanya');
    let next = run(state, 'linkAnswer', (s) => linkAnswer(s, document.id, second!.turn.start, motivation.id));
    next = run(next, 'linkAnswer', (s) => linkAnswer(s, document.id, first!.turn.start, null));
    const decided = linkedTurns(next, document);
    expect(decided.map((t) => [t.questionId, t.decided])).toEqual([
      [null, true],
      [motivation.id, true],
    ]);
    next = run(next, 'linkAnswer', (s) => linkAnswer(s, document.id, first!.turn.start, undefined));
    expect(linkedTurns(next, document)[0]).toMatchObject({ questionId: question(state, 'Pelatihan apa saja').id, decided: false });
    expect(instrumentsOf(next).answerLinks).toHaveLength(1);
  });

  it('shows the answers as question × informant', () => {
    const matrix = answerMatrix(state);
    expect(matrix.informants.map((i) => i.name)).toEqual(['Ibu Ratna', 'Pak Darto']);
    const training = question(state, 'Pelatihan apa saja');
    const ratna = matrix.informants[0]!.id;
    const darto = matrix.informants[1]!.id;
    expect(matrix.answers[training.id]![ratna]!.map((a) => a.text)).toEqual(['Pelatihan kemasan dan pemasaran daring.']);
    expect(matrix.answers[training.id]![darto]!.map((a) => a.text)).toEqual(['Pelatihan kemasan tahun lalu.']);
    expect(matrix.answers[question(state, 'disosialisasikan').id]![darto]).toBeUndefined();
    expect(localized(training.text, 'en')).toBe('What training has been given in the last two years?');
  });

  it('lists per category the questions never asked of it, respecting who each question is for', () => {
    const social = question(state, 'disosialisasikan');
    const training = question(state, 'Pelatihan apa saja');
    const never = questionsNeverAsked(state);
    expect(never.map((n) => n.category)).toEqual(['Informan kunci', 'Informan utama']);
    const key = never[0]!.questionIds;
    const main = never[1]!.questionIds;
    expect(key).not.toContain(social.id);
    expect(key).not.toContain(training.id);
    expect(main).toContain(social.id);
    expect(main).not.toContain(training.id);
    expect(main).toHaveLength(orderedQuestions(state).length - 1);
    // A question meant for officials only is not missing from the MSME owners' interviews.
    const onlyAsn = run(state, 'setGuideAudience', (s) => setGuideAudience(s, social.id, [], ['ASN']));
    expect(questionsNeverAsked(onlyAsn)[1]!.questionIds).not.toContain(social.id);
  });

  it('reaches the supervisor’s warnings panel as one warning per category', () => {
    const warnings = conclusionWarnings(state).filter((w) => w.kind === 'question-never-asked');
    expect(warnings.map((w) => w.kind === 'question-never-asked' && [w.category, w.questionIds.length])).toEqual([
      ['Informan kunci', orderedQuestions(state).length - 2],
      ['Informan utama', orderedQuestions(state).length - 1],
    ]);
  });
});
