import { describe, expect, it } from 'vitest';
import { canonicalizeSourceText, codePointCounter, positionTable, sourcePositions, SPEC_OFFSETS } from './offsets';

describe('codePointCounter', () => {
  it.each([
    { text: 'tanpa emoji', offset: 5, expected: 5 },
    { text: 'a👍b', offset: 1, expected: 1 },
    { text: 'a👍b', offset: 3, expected: 2 },
    { text: 'a👍b', offset: 4, expected: 3 },
    { text: '😔😔x', offset: 5, expected: 3 },
    { text: 'é“kutipan”', offset: 11, expected: 11 },
  ])('$text: UTF-16 offset $offset is code point $expected', ({ text, offset, expected }) => {
    expect(codePointCounter(text)(offset)).toBe(expected);
    expect(Array.from(text).slice(0, expected).join('')).toBe(text.slice(0, offset));
  });
});

describe('positionTable', () => {
  it.each([
    { raw: 'a👍b', model: { unit: 'code-point', crlfAsOne: false }, positions: [0, 1, 3, 4] },
    { raw: 'a👍b', model: { unit: 'utf16', crlfAsOne: false }, positions: [0, 1, 2, 3, 4] },
    { raw: 'a\r\nb', model: { unit: 'code-point', crlfAsOne: true }, positions: [0, 1, 3, 4] },
    { raw: 'a\r\nb', model: { unit: 'code-point', crlfAsOne: false }, positions: [0, 1, 2, 3, 4] },
  ] as const)('$raw in $model.unit units, CRLF as one: $model.crlfAsOne', ({ raw, model, positions }) => {
    expect([...positionTable(raw, model)]).toEqual(positions);
  });
});

describe('canonicalizeSourceText', () => {
  it.each([
    { raw: 'satu\r\ndua', text: 'satu\ndua' },
    { raw: 'satu\rdua', text: 'satu\ndua' },
    { raw: '\uFEFFjudul', text: 'judul' },
    { raw: 'baris\u000Bbaru\u000Chalaman', text: 'baris\nbaru\nhalaman' },
    { raw: 'a\tb', text: 'a b' },
    { raw: 'x\u0000y\u0007z\u0085', text: 'xyz' },
    { raw: 'tetap  sama  \n\n\n\n', text: 'tetap  sama  \n\n\n\n' },
  ])('$raw → $text', ({ raw, text }) => {
    expect(canonicalizeSourceText(raw).text).toBe(text);
  });

  it('maps every raw index to where that character landed, so quotes survive normalising', () => {
    const raw = 'P: Halo\r\n\u0007I: Apa kabar\r\nP: Baik';
    const { text, rawToText } = canonicalizeSourceText(raw);
    const start = raw.indexOf('Apa');
    const end = raw.indexOf('Baik') + 4;
    expect(text.slice(rawToText[start], rawToText[end])).toBe('Apa kabar\nP: Baik');
    expect(rawToText[raw.length]).toBe(text.length);
  });
});

describe('sourcePositions', () => {
  it('lands every position where the canonical text and the position table put it, with or without the fast path', () => {
    const texts = ['P: Apa kabar?\nI: Baik.', 'P:\tApa\r\nI: 😀 baik\u2028lagi\ufeff', 'Ibu 😀 Sri', 'a\rb\u0007c', ''];
    const models = [SPEC_OFFSETS, { unit: 'utf16', crlfAsOne: false }, { unit: 'code-point', crlfAsOne: true }] as const;
    for (const raw of texts) {
      for (const model of models) {
        const canonical = canonicalizeSourceText(raw);
        const table = positionTable(raw, model);
        const positions = sourcePositions(raw, model);
        expect(positions.text).toBe(canonical.text);
        expect(positions.count).toBe(table.length);
        for (let p = 0; p < table.length; p++) expect(positions.toText(p)).toBe(canonical.rawToText[table[p]!]);
      }
    }
  });
});
