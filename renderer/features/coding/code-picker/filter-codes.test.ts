import { describe, expect, it } from 'vitest';
import { makeCode } from '../test-fixtures';
import { filterCodes } from './filter-codes';

const codes = [
  makeCode('f', null, 'Faktor pendukung', 'Supporting factor'),
  makeCode('p', null, 'Perlindungan', 'Protecting'),
  makeCode('k', null, 'Komunikasi', 'Communication'),
  makeCode('s', null, 'Sumber daya', 'Resources'),
  makeCode('e', null, 'Pemberdayaan ekonomi', 'Economic empowerment'),
];

describe('filterCodes', () => {
  it.each([
    ['empty query: everything', '', ['f', 'p', 'k', 's', 'e']],
    ['Indonesian label', 'dukung', ['f']],
    ['English label', 'protect', ['p']],
    ['case and accents ignored', 'KOMUNIKÁSI', ['k']],
    ['every word must match', 'daya sumber', ['s']],
    ['labels starting with the query come first', 'pe', ['p', 'e', 'f']],
    ['nothing matches', 'xyz', []],
  ])('%s', (_name, query, expected) => {
    expect(filterCodes(codes, query).map((c) => c.id)).toEqual(expected);
  });
});
