import { describe, expect, it } from 'vitest';
import type { FrameworkId } from '../model/types';
import { FRAMEWORKS } from '../frameworks/instantiate';
import { createProject } from './create-project';

describe('createProject', () => {
  it.each(FRAMEWORKS.map((f) => f.id))('from %s: a codebook with the framework root active', (id: FrameworkId) => {
    const snapshot = createProject({ title: ' Pemberdayaan UMKM ', researcher: 'Siti', frameworks: [id] }, '2026-01-01T00:00:00.000Z');
    const roots = snapshot.codes.filter((c) => c.parentId === null);
    expect(roots).toHaveLength(1);
    expect(snapshot.project).toMatchObject({
      title: 'Pemberdayaan UMKM',
      researcher: 'Siti',
      institution: '',
      journal: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      modifiedAt: '2026-01-01T00:00:00.000Z',
      settings: {
        informantCategories: ['Informan kunci', 'Informan utama', 'Informan pendukung'],
        informantGroups: ['ASN', 'Pelaku UMKM'],
        activeFrameworkCodeId: roots[0]!.id,
      },
    });
    for (const code of snapshot.codes) {
      expect(code.projectId).toBe(snapshot.project.id);
      expect(code.label.id && code.label.en && code.definition.id && code.definition.en).toBeTruthy();
    }
    expect(snapshot.informants).toEqual([]);
    expect(snapshot.documents).toEqual([]);
  });

  it('combines frameworks in the chosen order, the first one active, ids unique', () => {
    const snapshot = createProject({ title: 'Modal sosial', frameworks: ['woolcock', 'mouzelis', 'woolcock'] });
    const roots = snapshot.codes.filter((c) => c.parentId === null).sort((a, b) => a.order - b.order);
    expect(roots.map((r) => r.frameworkId)).toEqual(['woolcock', 'mouzelis']);
    expect(snapshot.project.settings.activeFrameworkCodeId).toBe(roots[0]!.id);
    expect(new Set(snapshot.codes.map((c) => c.id)).size).toBe(snapshot.codes.length);
  });

  it('starts empty without frameworks, and refuses a blank title', () => {
    const empty = createProject({ title: 'Kosong', frameworks: [] });
    expect(empty.codes).toEqual([]);
    expect(empty.project.settings.activeFrameworkCodeId).toBeNull();
    expect(() => createProject({ title: '  ', frameworks: [] })).toThrow(expect.objectContaining({ code: 'empty-label' }));
  });

  it('gives two projects different ids', () => {
    const a = createProject({ title: 'A', frameworks: ['factors'] });
    const b = createProject({ title: 'A', frameworks: ['factors'] });
    expect(a.project.id).not.toBe(b.project.id);
    expect(a.codes[0]!.id).not.toBe(b.codes[0]!.id);
  });
});
