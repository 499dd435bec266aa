import { describe, expect, it } from 'vitest';
import type { ProjectState } from '../../../../shared/model/changeset';
import { makeCode } from '../test-fixtures';
import { codeOptions } from './code-options';

const codes = [
  makeCode('emp', null, 'Pemberdayaan', 'Empowerment', 0),
  makeCode('ena', 'emp', 'Penciptaan iklim', 'Enabling', 0),
  makeCode('mod', 'ena', 'Akses modal', 'Access to capital', 0),
  makeCode('pro', 'emp', 'Perlindungan', 'Protecting', 1),
];
const state = { codes: Object.fromEntries(codes.map((c) => [c.id, c])) } as unknown as ProjectState;
const labels = (excludeId: string | null, excludeDescendants: boolean, locale: 'id' | 'en' = 'id') =>
  codeOptions(state, locale, excludeId, excludeDescendants).map((o) => o.label);

describe('codeOptions ("Pindahkan ke…", "Gabungkan ke…")', () => {
  it('lists every code by its path, in tree order', () => {
    expect(labels(null, false)).toEqual([
      'Pemberdayaan',
      'Pemberdayaan › Penciptaan iklim',
      'Pemberdayaan › Penciptaan iklim › Akses modal',
      'Pemberdayaan › Perlindungan',
    ]);
  });

  it('leaves out the code itself and, for moving, its own sub-codes', () => {
    expect(labels('ena', true)).toEqual(['Pemberdayaan', 'Pemberdayaan › Perlindungan']);
    expect(labels('ena', false)).toEqual(['Pemberdayaan', 'Pemberdayaan › Penciptaan iklim › Akses modal', 'Pemberdayaan › Perlindungan']);
  });

  it('speaks the current language', () => {
    expect(labels('emp', true, 'en')).toEqual([]);
    expect(labels('pro', true, 'en')[1]).toBe('Empowerment › Enabling');
  });
});
