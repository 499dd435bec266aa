import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../store';
import { copyTitle, findDuplicate } from './duplicate-project';

const summary = (id: string, title: string, researcher: string): ProjectSummary => ({
  id,
  title,
  researcher,
  modifiedAt: '2026-11-01T08:00:00.000Z',
  documents: 3,
  segments: 10,
});

const RECENT = [
  summary('a', 'Pemberdayaan UMKM Kabupaten Randuwangi', 'Siti Rahma'),
  summary('b', 'Implementasi Program Penguatan Usaha Mikro', 'Dewi Lestari'),
  summary('c', 'Judul yang diganti mahasiswa', 'Siti Rahma'),
];

describe('a project file already among the recent projects', () => {
  it.each([
    ['the project it was saved from', { originalId: 'b', title: 'lain', researcher: 'lain' }, 'b'],
    ['the project it was saved from before a copy opened from it', { originalId: 'b', title: 'lain', researcher: 'lain' }, 'b'],
    ['the copy opened from it before, renamed since', { originalId: 'orig-1', title: 'Judul asli', researcher: 'Siti Rahma' }, 'c'],
    ['by title and researcher when the id is unknown', { originalId: 'orig-9', title: ' pemberdayaan umkm kabupaten randuwangi ', researcher: 'Siti Rahma' }, 'a'],
    ['by title and researcher for another tool’s file', { originalId: null, title: 'Implementasi Program Penguatan Usaha Mikro', researcher: 'Dewi Lestari' }, 'b'],
    ['not when only the title is the same', { originalId: null, title: 'Pemberdayaan UMKM Kabupaten Randuwangi', researcher: 'Budi' }, null],
    ['not a new project', { originalId: 'orig-9', title: 'Modal Sosial', researcher: 'Siti Rahma' }, null],
  ])('is found: %s', (_, file, expected) => {
    // Newest first, as the start screen lists them: 'c' was opened from the file of 'b' too.
    expect(findDuplicate(file, RECENT, { c: 'orig-1', a: 'b' })?.id ?? null).toBe(expected);
  });

  it('keeps a second copy under a name no recent project has', () => {
    const name = (title: string, n: number) => `${title} (salinan ${n})`;
    expect(copyTitle('Pemberdayaan UMKM Kabupaten Randuwangi', RECENT, name)).toBe('Pemberdayaan UMKM Kabupaten Randuwangi (salinan 2)');
    const withCopies = [...RECENT, summary('d', 'Pemberdayaan UMKM Kabupaten Randuwangi (salinan 2)', 'Siti Rahma'), summary('e', 'Pemberdayaan UMKM Kabupaten Randuwangi (salinan 3)', 'Siti Rahma')];
    expect(copyTitle('Pemberdayaan UMKM Kabupaten Randuwangi', withCopies, name)).toBe('Pemberdayaan UMKM Kabupaten Randuwangi (salinan 4)');
  });
});
