import { describe, expect, it } from 'vitest';
import { makeCode } from '../test-fixtures';
import { treeRows } from './tree-rows';

const codes = [
  makeCode('emp', null, 'Pemberdayaan', 'Empowerment', 0),
  makeCode('pro', 'emp', 'Perlindungan', 'Protecting', 2),
  makeCode('ena', 'emp', 'Penciptaan iklim', 'Enabling', 1),
  makeCode('mod', 'ena', 'Akses modal', 'Access to capital', 0),
  makeCode('own', null, 'Kode saya', 'My code', 1),
];
const view = (collapsed: string[], filter = '') =>
  treeRows(codes, new Set(collapsed), filter).map((r) => `${'  '.repeat(r.depth)}${r.code.id}${r.expanded ? '-' : r.hasChildren ? '+' : ''}`);

describe('treeRows', () => {
  it.each([
    ['all open, in codebook order', [], '', ['emp-', '  ena-', '    mod', '  pro', 'own']],
    ['a collapsed code hides its children', ['ena'], '', ['emp-', '  ena+', '  pro', 'own']],
    ['a collapsed root hides everything under it', ['emp'], '', ['emp+', 'own']],
    ['filter shows matches with their path, opened', ['emp', 'ena'], 'modal', ['emp-', '  ena-', '    mod']],
    ['filter matches English labels', [], 'my code', ['own']],
  ])('%s', (_name, collapsed, filter, expected) => {
    expect(view(collapsed, filter)).toEqual(expected);
  });

  it('marks which rows match the filter themselves', () => {
    expect(treeRows(codes, new Set(), 'modal').map((r) => r.match)).toEqual([false, false, true]);
  });

  it('shows a code whose parent is missing at the top', () => {
    expect(treeRows([makeCode('x', 'gone', 'Yatim', 'Orphan')], new Set()).map((r) => r.depth)).toEqual([0]);
  });
});
