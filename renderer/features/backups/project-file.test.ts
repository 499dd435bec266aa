import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { makeSnapshot } from '../../testing/fixtures';
import { projectFileBytes } from '../../lib/project-file-writer';
import { restoreBackup } from './project-file';

it('restores a backup as a new copy and leaves the original project untouched', async () => {
  const store = useAppStore;
  await store.getState().addProject(makeSnapshot('p1'));
  const original = store.getState().current!;
  const backup = await api.backupWrite({ projectId: 'p1', title: original.project.title, bytes: projectFileBytes(original) });
  await store.getState().perform('editJournal', () => ({ project: { journal: 'sesudah cadangan' } }));

  await restoreBackup('p1', backup);

  const restored = store.getState().current!;
  expect(restored.project.id).not.toBe('p1');
  expect(restored.project.title).toMatch(/^Pemberdayaan UMKM di Dinas Koperasi \(dipulihkan .+\)$/);
  expect(restored.project.journal).toBe('');
  expect(Object.values(restored.documents).map((d) => d.text)).toEqual(Object.values(original.documents).map((d) => d.text));
  await store.getState().refreshProjects();
  expect(store.getState().projects.map((p) => p.id)).toContain('p1');
  await store.getState().openProject('p1');
  expect(store.getState().current!.project.journal).toBe('sesudah cadangan');
});
