/**
 * The technique triangulation verdicts and notes travel in Pilah's extras of a .qdpx: written,
 * read back exactly, and a file written before them reads as it always did.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ProjectSnapshot, TriangulationNote } from '../model/types';
import { EXTRAS_PATH } from './extras';
import { readQdpx } from './read-qdpx';
import { writeQdpx } from './write-qdpx';
import { CODE, realisticProject } from './testing/realistic-project';

const notesOf = (s: ProjectSnapshot): TriangulationNote[] => [...s.triangulationNotes].sort((a, b) => a.id.localeCompare(b.id));

/** The realistic project with a technique verdict beside a source verdict, and a row judged by technique only. */
function withTechnique(): ProjectSnapshot {
  const project = realisticProject();
  const [first] = project.triangulationNotes;
  return {
    ...project,
    triangulationNotes: [
      { ...first!, techniqueVerdict: 'berbeda', techniqueNote: 'Dokumen anggaran & observasi: modal tidak disebut.' },
      {
        id: '5a000000-6666-4f00-8000-0000000000aa',
        projectId: project.project.id,
        codeId: CODE.enabling,
        verdict: null,
        note: '',
        techniqueVerdict: 'spesifik',
        coderId: null,
        modifiedAt: first!.modifiedAt,
      },
    ],
  };
}

describe('technique triangulation in the project file', () => {
  it('writes the technique verdicts and notes and reads them back exactly', () => {
    const original = withTechnique();
    const bytes = writeQdpx(original, { appVersion: '0.1.0' });
    const extras = JSON.parse(strFromU8(unzipSync(bytes)[EXTRAS_PATH]!)) as { triangulationNotes: TriangulationNote[] };
    expect(extras.triangulationNotes.map((n) => n.techniqueVerdict)).toEqual(expect.arrayContaining(['berbeda', 'spesifik']));
    const { snapshot, warnings } = readQdpx(bytes);
    expect(warnings).toEqual([]);
    expect(notesOf(snapshot)).toEqual(notesOf(original));
  });

  it('reads a file written before technique triangulation unchanged: no technique fields appear', () => {
    const original = realisticProject();
    const files = unzipSync(writeQdpx(original));
    const extras = JSON.parse(strFromU8(files[EXTRAS_PATH]!)) as { triangulationNotes: Record<string, unknown>[] };
    // As an older Pilah wrote it: the row has no technique keys at all.
    expect(extras.triangulationNotes.every((n) => !('techniqueVerdict' in n) && !('techniqueNote' in n))).toBe(true);
    files[EXTRAS_PATH] = strToU8(JSON.stringify(extras));
    const { snapshot, warnings } = readQdpx(zipSync(files));
    expect(warnings).toEqual([]);
    expect(notesOf(snapshot)).toEqual(notesOf(original));
    expect(snapshot.triangulationNotes.every((n) => !('techniqueVerdict' in n) && !('techniqueNote' in n))).toBe(true);
  });
});
