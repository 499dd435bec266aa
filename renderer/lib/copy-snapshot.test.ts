import { expect, it } from 'vitest';
import { makeSnapshot } from '../testing/fixtures';
import { CODE, realisticProject, SUPERVISOR } from '../../shared/refi/testing/realistic-project';
import { copySnapshotWithNewIds } from './copy-snapshot';

it('copies a project under new ids and keeps every reference pointing inside the copy', () => {
  const original = makeSnapshot('p1');
  original.codes[1]!.parentId = original.codes[0]!.id;
  original.project.settings.activeFrameworkCodeId = original.codes[0]!.id;
  let n = 0;
  const copy = copySnapshotWithNewIds(original, { title: 'Salinan' }, () => `n${++n}`);

  const oldIds = new Set([original.project.id, ...original.codes.map((c) => c.id), ...original.segments.map((s) => s.id)]);
  expect(oldIds.has(copy.project.id)).toBe(false);
  expect(copy.project.title).toBe('Salinan');
  const codeIds = copy.codes.map((c) => c.id);
  expect(copy.codes[1]!.parentId).toBe(codeIds[0]);
  expect(copy.project.settings.activeFrameworkCodeId).toBe(codeIds[0]);
  expect(copy.documents[0]!.informantId).toBe(copy.informants[0]!.id);
  expect(copy.segments[0]!.documentId).toBe(copy.documents[0]!.id);
  expect(copy.segments[0]!.codeIds).toEqual([codeIds[0]]);
  for (const table of ['codes', 'informants', 'documents', 'segments'] as const) {
    expect(copy[table].every((row) => row.projectId === copy.project.id)).toBe(true);
  }
  // Content is untouched.
  expect(copy.documents[0]!.text).toBe(original.documents[0]!.text);
  expect(original.project.id).toBe('p1');
});

it('keeps the analysis and the review pointing at the copied codes, informants, segments and coders', () => {
  const original = realisticProject();
  original.codes[0]!.memoBy = SUPERVISOR;
  const copy = copySnapshotWithNewIds(original);
  const idOf = <T extends { id: string }>(rows: T[], find: (row: T) => boolean) => rows.find(find)!.id;
  const codeIn = (s: typeof original, id: string) => s.codes.find((c) => c.id === id)!.label.id;

  const summary = copy.cellSummaries[0]!;
  expect(codeIn(copy, summary.codeId)).toBe(codeIn(original, CODE.empowering));
  expect(copy.informants.some((i) => i.id === summary.informantId)).toBe(true);
  const conclusion = copy.conclusions[0]!;
  expect(conclusion.evidenceSegmentIds.every((id) => copy.segments.some((s) => s.id === id))).toBe(true);
  expect(conclusion.evidenceSegmentIds).toHaveLength(2);
  const reply = copy.comments.find((c) => c.parentId !== null)!;
  expect(copy.comments.some((c) => c.id === reply.parentId)).toBe(true);
  const onSegment = copy.comments.find((c) => c.target.kind === 'segment')!;
  const target = onSegment.target;
  expect(target.kind === 'segment' && copy.segments.some((s) => s.id === target.segmentId)).toBe(true);
  const supervisor = idOf(copy.coders, (c) => c.role === 'supervisor');
  expect(onSegment.authorId).toBe(supervisor);
  expect(copy.codes[0]!.memoBy).toBe(supervisor);
  expect(copy.codes[1]!.memoBy).toBeUndefined();
  expect(new Set(copy.comments.map((c) => c.id)).size).toBe(original.comments.length);
  expect(copy.comments.some((c) => original.comments.some((o) => o.id === c.id))).toBe(false);
});
