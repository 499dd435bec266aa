import { describe, expect, it } from 'vitest';
import { chooseOffsetModel, excerptMatches, expectedOffsetModel, isWordBoundary } from './offset-scoring';

const cp = (s: string): number => Array.from(s).length;

describe('chooseOffsetModel', () => {
  // Code points, CRLF counted once: what ATLAS.ti writes. The selection's name is its excerpt.
  const text = 'P: Bagaimana 👍 programnya?\r\nI: Programnya berjalan baik 😀 sejak awal.\r\nP: Kendalanya?\r\nI: Anggaran terbatas.';
  const lf = text.replace(/\r\n/g, '\n');
  const quote = 'Anggaran terbatas';
  const start = cp(lf.slice(0, lf.indexOf(quote)));
  const source = { raw: text, selections: [{ start, end: start + cp(quote), name: quote }] };

  it('keeps the producer’s model when the file agrees with it', () => {
    const choice = chooseOffsetModel(expectedOffsetModel('atlasti'), [source]);
    expect(choice).toMatchObject({ model: { unit: 'code-point', crlfAsOne: true }, asExpected: true });
  });

  it('takes the model the stored excerpt confirms when the producer’s usual one does not fit', () => {
    const choice = chooseOffsetModel(expectedOffsetModel('nvivo-windows'), [source]);
    expect(choice).toMatchObject({ model: { unit: 'code-point', crlfAsOne: true }, asExpected: false });
    expect(choice.scores.find((s) => s.model.unit === 'code-point' && s.model.crlfAsOne)?.excerptMatches).toBe(1);
  });

  it('is not overturned by one selection that runs past the text', () => {
    const many = { raw: text, selections: [...Array.from({ length: 30 }, () => source.selections[0]!), { start: 5, end: cp(lf) + 1, name: '' }] };
    expect(chooseOffsetModel(expectedOffsetModel('atlasti'), [many]).asExpected).toBe(true);
  });

  it('leaves a model under which no range fits the text', () => {
    const wrong = { raw: text, selections: [{ start: start + 2, end: cp(lf) + 1, name: '' }] };
    const choice = chooseOffsetModel(expectedOffsetModel('atlasti'), [wrong]);
    expect(choice.asExpected).toBe(false);
    // Only UTF-16 units make the text long enough for that range.
    expect(choice.model.unit).toBe('utf16');
  });

  it('does not score when every model reads the text the same way (no CR, no emoji)', () => {
    const choice = chooseOffsetModel(expectedOffsetModel('maxqda'), [{ raw: 'satu dua tiga', selections: [{ start: 5, end: 8, name: '' }] }]);
    expect(choice).toEqual({ model: { unit: 'code-point', crlfAsOne: true }, asExpected: true, scores: [] });
  });
});

describe('word boundaries and excerpts', () => {
  it.each([
    { text: 'kata lain', i: 4, expected: true },
    { text: 'kata lain', i: 2, expected: false },
    { text: 'a👍b', i: 2, expected: false },
    { text: 'a👍b', i: 1, expected: true },
  ])('$text at $i: $expected', ({ text, i, expected }) => {
    expect(isWordBoundary(text, i)).toBe(expected);
  });

  it('matches ATLAS.ti names cut with "…" and whole excerpts, not labels such as "line:12"', () => {
    expect(excerptMatches('For some reason babies aren’t…', 'For some reason babies aren’t supposed to')).toBe(true);
    expect(excerptMatches('Oh, that was great.', 'Oh, that was\ngreat.')).toBe(true);
    expect(excerptMatches('line:663', 'line:663')).toBe(false);
    expect(excerptMatches('damage done by fatty foods', 'I did try the gluten free bread')).toBe(false);
  });
});
