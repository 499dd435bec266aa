import { emptyLaterTables } from './defaults';
import { describe, expect, it } from 'vitest';
import type { Changeset, ProjectState } from './changeset';
import { applyChangeset, COPY_AHEAD_ROWS, invertChangeset, isEmptyChangeset, makeCommand, prepareTableCopies, snapshotFromState, stateFromSnapshot } from './changeset';
import type { Code, Segment } from './types';

const project = {
  id: 'p',
  title: 'Proyek',
  researcher: 'Siti',
  institution: '',
  focus: '',
  journal: '',
  settings: { informantCategories: ['Informan kunci'], informantGroups: ['ASN'], activeFrameworkCodeId: null, verdictScale: [] },
  createdAt: '2026-01-01T00:00:00.000Z',
  modifiedAt: '2026-01-01T00:00:00.000Z',
};
const codeRow = (id: string, label: string): Code => ({
  id,
  projectId: 'p',
  parentId: null,
  label: { id: label, en: label },
  definition: { id: '', en: '' },
  color: '#0072B2',
  source: '',
  frameworkId: null,
  order: 0,
  memo: '',
});
const segmentRow = (id: string, codeIds: string[]): Segment => ({
  id,
  projectId: 'p',
  documentId: 'd',
  start: 0,
  end: 5,
  codeIds,
  memo: '',
  reduced: '',
  coderId: null,
  createdAt: '',
  modifiedAt: '',
});

const before: ProjectState = stateFromSnapshot({
  project,
  codes: [codeRow('c1', 'Modal'), codeRow('c2', 'Pelatihan')],
  informants: [],
  documents: [],
  segments: [segmentRow('s1', ['c1'])],
  ...emptyLaterTables(),
});

const cases: { name: string; changeset: Changeset }[] = [
  { name: 'a new row', changeset: { put: { codes: [codeRow('c3', 'Regulasi')] } } },
  { name: 'an edited row', changeset: { put: { segments: [segmentRow('s1', ['c1', 'c2'])] } } },
  { name: 'a deleted row', changeset: { delete: { codes: ['c2'] } } },
  { name: 'deleting a row that is not there', changeset: { delete: { codes: ['nope'] } } },
  { name: 'project fields', changeset: { project: { title: 'Baru', journal: 'Catatan' } } },
  {
    name: 'everything at once',
    changeset: {
      project: { focus: 'UMKM' },
      put: { codes: [codeRow('c2', 'Pelatihan teknis'), codeRow('c4', 'Baru')], segments: [segmentRow('s2', ['c4'])] },
      delete: { segments: ['s1'], codes: ['c1'] },
    },
  },
];

describe('applyChangeset and invertChangeset', () => {
  it.each(cases)('undoing $name restores the state exactly, and redoing repeats it', ({ changeset }) => {
    const after = applyChangeset(before, changeset);
    const inverse = invertChangeset(before, changeset);
    expect(applyChangeset(after, inverse)).toEqual(before);
    expect(applyChangeset(applyChangeset(after, inverse), changeset)).toEqual(after);
  });

  it('never mutates the state it is given, and copies only the tables it touches', () => {
    const frozen = structuredClone(before);
    const after = applyChangeset(before, { put: { codes: [codeRow('c1', 'Modal usaha')] } });
    expect(before).toEqual(frozen);
    expect(after.codes.c1!.label.id).toBe('Modal usaha');
    expect(after.segments).toBe(before.segments);
    expect(after.codes).not.toBe(before.codes);
  });

  it('applies deletes before puts, so a row deleted and put again stays', () => {
    const after = applyChangeset(before, { delete: { codes: ['c1'] }, put: { codes: [codeRow('c1', 'Lagi')] } });
    expect(after.codes.c1!.label.id).toBe('Lagi');
  });

  it('makeCommand labels a do/undo pair', () => {
    const command = makeCommand(before, 'commands:addCode', cases[0]!.changeset);
    expect(command.labelKey).toBe('commands:addCode');
    expect(command.backward).toEqual({ put: {}, delete: { codes: ['c3'] } });
  });

  it('isEmptyChangeset tells a no-op from a change', () => {
    expect(isEmptyChangeset({})).toBe(true);
    expect(isEmptyChangeset({ put: { codes: [] }, delete: {}, project: {} })).toBe(true);
    expect(isEmptyChangeset({ project: { title: 'x' } })).toBe(false);
    expect(isEmptyChangeset({ delete: { segments: ['s1'] } })).toBe(false);
  });

  it('snapshots and states convert both ways', () => {
    expect(stateFromSnapshot(snapshotFromState(before))).toEqual(before);
  });
});

describe('tables copied ahead of the next action', () => {
  const big = stateFromSnapshot({
    project,
    codes: [codeRow('c1', 'Modal')],
    informants: [],
    documents: [],
    segments: Array.from({ length: COPY_AHEAD_ROWS }, (_, i) => segmentRow(`s${i}`, ['c1'])),
    ...emptyLaterTables(),
  });

  it('give the same next state, leave the table they copied as it was, and serve one action only', () => {
    const original = { ...big.segments };
    prepareTableCopies(big);
    const edit: Changeset = { put: { segments: [segmentRow('s1', ['c1', 'c2']), segmentRow('new', ['c1'])] }, delete: { segments: ['s2'] } };
    const first = applyChangeset(big, edit);
    // The same action again from the same state: no copy is left, so it copies the table itself.
    const second = applyChangeset(big, { delete: { segments: ['s3'] } });
    expect(big.segments).toEqual(original);
    const expected: Record<string, Segment> = { ...original, s1: segmentRow('s1', ['c1', 'c2']), new: segmentRow('new', ['c1']) };
    delete expected.s2;
    expect(first.segments).toEqual(expected);
    expect(second.segments.s3).toBeUndefined();
    expect(second.segments.s2).toEqual(original.s2);
    expect(first.segments).not.toBe(second.segments);
  });
});
