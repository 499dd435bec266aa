import { describe, expect, it } from 'vitest';
import type { Code, Comment, Conclusion, Document, Informant, ProjectSnapshot, Segment } from '../model/types';
import { realisticProject } from '../refi/testing/realistic-project';
import { snapshotToDocs } from './docs';
import { progressFromDocs, projectProgress } from './progress';

const P = 'p1';
const T0 = '2026-09-01T08:00:00.000Z';

const code = (id: string, parentId: string | null, order = 0): Code => ({
  id, projectId: P, parentId, label: { id: id, en: id }, definition: { id: '', en: '' }, color: '#336699', source: '', frameworkId: null, order, memo: '',
});
const informant = (id: string, order: number): Informant => ({
  id, projectId: P, label: `I${order}`, name: id, position: '', category: '', group: '', interviewDate: '', place: '', attributes: {}, memo: '', order,
});
const document = (id: string, informantId: string | null, order: number): Document => ({
  id, projectId: P, informantId, title: id, kind: 'interview', text: 'x'.repeat(100), turns: [], sourceFileName: `${id}.txt`, memo: '', importedAt: T0, order,
});
const segment = (id: string, documentId: string, codeIds: string[], coderId: string | null = null, at = T0): Segment => ({
  id, projectId: P, documentId, start: 0, end: 10, codeIds, memo: '', reduced: '', coderId, createdAt: at, modifiedAt: at,
});
const conclusion = (id: string, codeId: string, evidenceSegmentIds: string[], coderId: string | null = null): Conclusion => ({
  id, projectId: P, codeId, text: 'Kesimpulan', verdict: '', evidenceSegmentIds, coderId, createdAt: T0, modifiedAt: T0,
});
const comment = (id: string, parentId: string | null, authorId: string | null, resolvedAt: string | null, createdAt = T0): Comment => ({
  id, projectId: P, target: { kind: 'project' }, parentId, authorId, text: 'Komentar', createdAt, resolvedAt, resolvedBy: resolvedAt ? authorId : null,
});

/**
 * A framework with two dimensions (one of them with two indicators), a flat code of the
 * student's own, two informants and a document without an informant; a second coder and a
 * supervisor.
 */
function project(): ProjectSnapshot {
  const base = realisticProject().project;
  return {
    project: { ...base, id: P, title: 'Pemberdayaan UMKM', researcher: 'Dewi', createdAt: T0, modifiedAt: T0 },
    codes: [code('root', null), code('dimA', 'root'), code('ind1', 'dimA'), code('ind2', 'dimA', 1), code('dimB', 'root', 1), code('own', null, 1)],
    informants: [informant('sri', 1), informant('budi', 2)],
    documents: [document('dSri', 'sri', 1), document('dBudi', 'budi', 2), document('dNone', null, 3)],
    segments: [
      segment('s1', 'dSri', ['ind1']),
      segment('s2', 'dSri', ['ind1', 'ind2']),
      segment('s3', 'dBudi', ['ind1']),
      segment('s4', 'dNone', ['own']),
      segment('s5', 'dBudi', []),
      // A second coder's codings count for agreement, not in the analysis.
      segment('s6', 'dBudi', ['ind2'], 'rudi', '2026-09-03T10:00:00.000Z'),
    ],
    coders: [
      { id: 'rudi', projectId: P, name: 'Rudi', role: 'secondCoder', createdAt: T0 },
      { id: 'ani', projectId: P, name: 'Ani', role: 'supervisor', createdAt: T0 },
    ],
    cellSummaries: [
      { id: 'cs1', projectId: P, codeId: 'ind1', informantId: 'sri', text: 'Ringkasan', coderId: null, modifiedAt: T0 },
      { id: 'cs2', projectId: P, codeId: 'ind2', informantId: 'sri', text: '   ', coderId: null, modifiedAt: T0 },
      // A summary of a cell without data is not one of the cells to write.
      { id: 'cs3', projectId: P, codeId: 'ind2', informantId: 'budi', text: 'Tanpa data', coderId: null, modifiedAt: T0 },
    ],
    triangulationNotes: [],
    conclusions: [conclusion('k1', 'ind1', ['s1']), conclusion('k2', 'ind2', ['gone']), conclusion('k3', 'dimA', ['s2']), conclusion('k4', 'own', [])],
    comments: [
      comment('c1', null, 'ani', null),
      comment('c1r', 'c1', null, null, '2026-09-04T09:30:00.000Z'),
      comment('c2', null, 'ani', '2026-09-02T00:00:00.000Z'),
      comment('c3', null, 'ani', null),
    ],
  };
}

describe('a project\'s progress as the supervisor reads it', () => {
  it('counts coded segments, summaries of cells with data, indicators concluded with evidence and open threads', () => {
    const progress = projectProgress(project());
    expect(progress).toMatchObject({
      projectId: P,
      title: 'Pemberdayaan UMKM',
      researcher: 'Dewi',
      // s1–s4: s5 has no code, s6 is the second coder's.
      codedSegments: 4,
      // ind1 × sri, ind1 × budi, ind2 × sri; `own` has segments only in a document without an informant.
      cellsWithData: 3,
      summariesWritten: 1,
      // ind1, ind2, dimB (no sub-codes yet), own.
      indicators: 4,
      // k1 on ind1 cites s1; k2 cites a deleted segment; k3 is on a dimension; k4 cites nothing.
      indicatorsConcluded: 1,
      // c1 (its reply is part of it) and c3.
      openComments: 2,
      lastActivity: '2026-09-04T09:30:00.000Z',
    });
  });

  it("gives each coder's share, the owner first", () => {
    const { coders } = projectProgress(project());
    expect(coders).toEqual([
      { coderId: null, name: 'Dewi', role: 'student', codedSegments: 4, summaries: 2, conclusionsWithEvidence: 2, comments: 1 },
      { coderId: 'ani', name: 'Ani', role: 'supervisor', codedSegments: 0, summaries: 0, conclusionsWithEvidence: 0, comments: 3 },
      { coderId: 'rudi', name: 'Rudi', role: 'secondCoder', codedSegments: 1, summaries: 0, conclusionsWithEvidence: 0, comments: 0 },
    ]);
  });

  it('reads the same figures from the database documents, with or without the transcripts', () => {
    const snapshot = project();
    const docs = snapshotToDocs(snapshot);
    expect(progressFromDocs(docs)).toEqual(projectProgress(snapshot));
    expect(progressFromDocs(docs.filter((d) => d.type !== 'doctext'))).toEqual(projectProgress(snapshot));
  });

  it('leaves out what was deleted on the server (tombstones)', () => {
    const docs = snapshotToDocs(project()).map((d) => (d._id === 'segment:s1' || d._id === 'comment:c3' ? { ...d, _deleted: true } : d));
    const progress = progressFromDocs(docs);
    expect(progress.codedSegments).toBe(3);
    // k1 lost its only evidence.
    expect(progress.indicatorsConcluded).toBe(0);
    expect(progress.openComments).toBe(1);
  });

  it('says nothing is done in a new project', () => {
    const empty: ProjectSnapshot = { ...project(), segments: [], cellSummaries: [], conclusions: [], comments: [], coders: [] };
    expect(projectProgress(empty)).toMatchObject({ codedSegments: 0, cellsWithData: 0, summariesWritten: 0, indicatorsConcluded: 0, openComments: 0, lastActivity: T0 });
  });
});
