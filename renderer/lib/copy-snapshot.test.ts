import { expect, it } from 'vitest';
import { makeSnapshot } from '../testing/fixtures';
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
