import { describe, expect, it } from 'vitest';
import { code, documentIdOf, projectWith, transcript } from '../project/test-support';
import { characterCounts, characterFigures } from './character';
import { agreementReport } from './report';
import { codeRange, codeWords, withCoder } from './test-support';
import { segmentCounts, segmentFigures } from './segment';
import { alphaFigures } from './alpha';
import { AgreementError } from './errors';
import type { Segment } from '../model/types';
import { kappaBand } from './bands';

const B = 'coder-b';
const FORTY = 'abcdefghij'.repeat(4);

function worked() {
  let state = withCoder(projectWith(['factors'], [transcript('T1', FORTY)]), B, 'Rina');
  const doc = documentIdOf(state, 'T1');
  const pendukung = code(state, 'Faktor pendukung').id;
  state = codeRange(state, null, doc, 0, 20, [pendukung]);
  state = codeRange(state, B, doc, 10, 30, [pendukung]);
  return { state, doc, pendukung };
}

describe('character level (agreement.md §1)', () => {
  it('computes the worked example: P_o = 0.5, P_e = 0.5, κ = 0', () => {
    const counts = characterCounts(40, [{ start: 0, end: 20 }], [{ start: 10, end: 30 }]);
    expect(counts).toEqual({ units: 40, both: 10, onlyA: 10, onlyB: 10, neither: 10 });
    const figures = characterFigures(counts);
    expect(figures.percentAgreement).toBe(50);
    expect(figures.kappa).toBe(0);
  });

  it('gives the worked example through a project with two coders', () => {
    const { state, pendukung } = worked();
    const report = agreementReport(state, null, B);
    expect(report.codes.map((c) => c.id)).toEqual([pendukung]);
    const row = report.character.codes[0]!;
    expect(row.counts).toEqual({ units: 40, both: 10, onlyA: 10, onlyB: 10, neither: 10 });
    expect(row.figures).toEqual({ percentAgreement: 50, kappa: 0 });
    expect(report.character.overall).toEqual({ percentAgreement: 50, kappa: 0, codes: 1 });
    expect(report.coderB.name).toBe('Rina');
  });

  it('counts a character coded twice by one coder once', () => {
    const counts = characterCounts(40, [{ start: 0, end: 20 }, { start: 5, end: 15 }], [{ start: 0, end: 20 }]);
    expect(counts).toEqual({ units: 40, both: 20, onlyA: 0, onlyB: 0, neither: 20 });
    expect(characterFigures(counts)).toEqual({ percentAgreement: 100, kappa: 1 });
  });

  it('reports κ = 1 with a note when chance agreement is 1', () => {
    expect(characterFigures({ units: 10, both: 10, onlyA: 0, onlyB: 0, neither: 0 })).toEqual({ percentAgreement: 100, kappa: 1, note: 'no-variation' });
  });

  it('pools characters over transcripts instead of averaging per-transcript κ', () => {
    let state = withCoder(projectWith(['factors'], [transcript('T1', FORTY), transcript('T2', FORTY)]), B, 'Rina');
    const [t1, t2] = [documentIdOf(state, 'T1'), documentIdOf(state, 'T2')];
    const id = code(state, 'Faktor pendukung').id;
    state = codeRange(state, null, t1, 0, 20, [id]);
    state = codeRange(state, B, t1, 10, 30, [id]);
    state = codeRange(state, null, t2, 0, 10, [id]);
    state = codeRange(state, B, t2, 0, 10, [id]);
    const report = agreementReport(state, null, B);
    const row = report.character.codes[0]!;
    // 80 characters: both 20, neither 40, A only 10, B only 10.
    expect(row.counts).toEqual({ units: 80, both: 20, onlyA: 10, onlyB: 10, neither: 40 });
    const pA = 30 / 80;
    const chance = pA * pA + (1 - pA) * (1 - pA);
    expect(row.figures.percentAgreement).toBeCloseTo(75, 10);
    expect(row.figures.kappa).toBeCloseTo((0.75 - chance) / (1 - chance), 12);
    expect(row.byDocument.map((d) => d.figures.kappa)).toEqual([0, 1]);
    expect(report.character.byDocument.map((d) => d.kappa)).toEqual([0, 1]);
  });

  it('averages across codes for the overall row, over codes someone used', () => {
    const setup = worked();
    let state = setup.state;
    const doc = setup.doc;
    const penghambat = code(state, 'Faktor penghambat').id;
    state = codeRange(state, null, doc, 30, 40, [penghambat]);
    state = codeRange(state, B, doc, 30, 40, [penghambat]);
    const report = agreementReport(state, null, B);
    expect(report.codes).toHaveLength(2);
    expect(report.character.overall).toEqual({ percentAgreement: 75, kappa: 0.5, codes: 2 });
  });
});

describe('segment level (agreement.md §2)', () => {
  const seg = (start: number, end: number): Segment => ({
    id: `${start}-${end}`,
    projectId: 'p',
    documentId: 'd',
    start,
    end,
    codeIds: ['c'],
    memo: '',
    reduced: '',
    coderId: null,
    createdAt: '',
    modifiedAt: '',
  });

  it.each([
    // overlap 9 of union 10 = 90%: a match at the default threshold
    [[seg(0, 10)], [seg(0, 9)], 90, { a: 2, b: 0, c: 0 }],
    // 8 of 10: no match at 90, a match at 80
    [[seg(0, 10)], [seg(0, 8)], 90, { a: 0, b: 1, c: 1 }],
    [[seg(0, 10)], [seg(0, 8)], 80, { a: 2, b: 0, c: 0 }],
    // a segment only one coder made
    [[seg(0, 10), seg(20, 30)], [seg(0, 10)], 90, { a: 2, b: 1, c: 0 }],
    // touching but not overlapping is no match
    [[seg(0, 10)], [seg(10, 20)], 10, { a: 0, b: 1, c: 1 }],
  ])('counts a, b, c for %j against %j at %i%%', (a, b, threshold, expected) => {
    expect(segmentCounts(a, b, threshold)).toMatchObject(expected);
  });

  it('corrects for chance after Brennan & Prediger', () => {
    const f = segmentFigures({ segmentsA: 3, segmentsB: 2, a: 4, b: 1, c: 0 }, 1 / 4)!;
    expect(f.percentAgreement).toBeCloseTo(80, 10);
    expect(f.kappa).toBeCloseTo((0.8 - 0.25) / 0.75, 12);
    expect(segmentFigures({ segmentsA: 0, segmentsB: 0, a: 0, b: 0, c: 0 }, 0.5)).toBeNull();
  });

  it('follows the threshold given to the report and states t and k', () => {
    const { state } = worked();
    // A [0,20), B [10,30): 10 shared of 30 → 33%.
    const strict = agreementReport(state, null, B, { locale: 'en' });
    expect(strict.segment.codes[0]!.counts).toMatchObject({ a: 0, b: 1, c: 1, segmentsA: 1, segmentsB: 1 });
    expect(strict.segment.k).toBe(2);
    expect(strict.segment.codes[0]!.figures.kappa).toBe(-1);
    const lenient = agreementReport(state, null, B, { threshold: 30, locale: 'en' });
    expect(lenient.segment.codes[0]!.figures).toEqual({ percentAgreement: 100, kappa: 1 });
    expect(lenient.formulas.segment.join('\n')).toContain('≥ 30%');
    expect(lenient.formulas.segment.join('\n')).toContain('k = 2');
  });
});

describe("Krippendorff's alpha on paragraphs", () => {
  it('computes nominal α from the coincidence matrix', () => {
    // 10 units: both 1 on 4, both 0 on 5, one disagreement. n = 20, n1 = 9, n0 = 11.
    const f = alphaFigures({ units: 10, both: 4, onlyA: 1, onlyB: 0, neither: 5 });
    expect(f.kappa).toBeCloseTo(1 - (19 * 1) / (11 * 9), 12);
    expect(f.percentAgreement).toBe(90);
  });

  it('uses lines as units when a transcript has no turns', () => {
    let state = withCoder(projectWith(['factors'], [transcript('T1', 'satu dua\ntiga empat\n\nlima enam')]), B, 'Rina');
    const doc = documentIdOf(state, 'T1');
    const id = code(state, 'Faktor pendukung').id;
    state = codeWords(state, null, doc, 'dua', [id]);
    state = codeWords(state, B, doc, 'satu', [id]);
    state = codeWords(state, B, doc, 'lima', [id]);
    const row = agreementReport(state, null, B).alpha.codes[0]!;
    expect(row.counts).toEqual({ units: 3, both: 1, onlyA: 0, onlyB: 1, neither: 1 });
  });
});

describe('agreementReport', () => {
  it('leaves out transcripts only one coder coded, and says so', () => {
    let state = withCoder(projectWith(['factors'], [transcript('T1', FORTY), transcript('T2', FORTY + 'x')]), B, 'Rina');
    const id = code(state, 'Faktor pendukung').id;
    state = codeRange(state, null, documentIdOf(state, 'T1'), 0, 20, [id]);
    state = codeRange(state, B, documentIdOf(state, 'T1'), 0, 20, [id]);
    state = codeRange(state, null, documentIdOf(state, 'T2'), 0, 20, [id]);
    const report = agreementReport(state, null, B);
    expect(report.documents.map((d) => d.title)).toEqual(['T1']);
    expect(report.skippedDocuments).toEqual([{ id: documentIdOf(state, 'T2'), title: 'T2', codedBy: 'a' }]);
  });

  it.each([
    ['the same coder twice', null, null, {}, 'same-coder'],
    ['a threshold of 0', null, B, { threshold: 0 }, 'bad-threshold'],
    ['a threshold above 100', null, B, { threshold: 101 }, 'bad-threshold'],
  ] as const)('refuses %s', (_what, a, b, options, codeName) => {
    const { state } = worked();
    expect(() => agreementReport(state, a, b, options)).toThrow(expect.objectContaining({ code: codeName }));
  });

  it('refuses when no transcript was coded by both', () => {
    let state = withCoder(projectWith(['factors'], [transcript('T1', FORTY)]), B, 'Rina');
    state = codeRange(state, null, documentIdOf(state, 'T1'), 0, 20, [code(state, 'Faktor pendukung').id]);
    expect(() => agreementReport(state, null, B)).toThrow(AgreementError);
  });

  it('names Fleiss bands', () => {
    expect([0.2, 0.4, 0.75, 0.76].map(kappaBand)).toEqual(['poor', 'fair', 'fair', 'excellent']);
  });
});
