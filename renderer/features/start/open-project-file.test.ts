import { describe, expect, it } from 'vitest';
import { writeQdpx } from '../../../shared/refi';
import { makeSnapshot } from '../../testing/fixtures';
import { readProjectFile } from './open-project-file';

describe('opening a project file', () => {
  it('reads a real .qdpx into a copy with fresh ids and the same content', () => {
    const original = makeSnapshot('p1');
    const result = readProjectFile({ name: 'proyek.qdpx', bytes: writeQdpx(original) }, 'id');
    if (!result.ok) throw new Error(result.message);
    expect(result.snapshot.project.id).not.toBe(original.project.id);
    expect(result.snapshot.project.title).toBe(original.project.title);
    expect(result.snapshot.documents.map((d) => d.text)).toEqual(original.documents.map((d) => d.text));
    const [segment] = result.snapshot.segments;
    expect(segment?.documentId).toBe(result.snapshot.documents[0]!.id);
    expect([segment?.start, segment?.end]).toEqual([original.segments[0]!.start, original.segments[0]!.end]);
    expect(result.warnings).toEqual([]);
  });

  it('explains a file that is not a project file, naming it', () => {
    const result = readProjectFile({ name: 'skripsi.qdpx', bytes: new TextEncoder().encode('bukan arsip') }, 'id');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('skripsi.qdpx');
  });
});
