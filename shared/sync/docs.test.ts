import { describe, expect, it } from 'vitest';
import { stateFromSnapshot } from '../model/changeset';
import type { Document, ProjectSnapshot } from '../model/types';
import { CODE, DOCUMENT, INFORMANT, realisticProject, SEGMENT } from '../refi/testing/realistic-project';
import { base64ToBytes, bytesToBase64 } from './base64';
import { judgeConflict, racedDeletion } from './conflicts';
import { canonicalSnapshot, docsForChangeset, documentsWithoutText, snapshotFromDocs, snapshotToDocs, SyncMappingError, type SyncDoc } from './docs';
import { planPush } from './push-plan';

/** The realistic project plus a photo document with its original bytes (every byte value). */
function projectWithPhoto(): ProjectSnapshot {
  const s = realisticProject();
  const bytes = new Uint8Array(259).map((_, i) => i % 256);
  const photo: Document = {
    ...s.documents[0]!,
    id: 'd0c00000-3333-4c00-9000-0000000000ff',
    title: 'Foto papan nama',
    text: 'Papan nama koperasi',
    turns: [],
    medium: 'picture',
    picture: { caption: 'Papan nama koperasi', date: '2026-08-12', place: 'Sukamaju', width: 640, height: 480 },
    original: { mediaType: 'image/png', bytes },
  };
  s.documents.push(photo);
  return s;
}

/** Through JSON, as a server stores and returns the documents. */
const overTheWire = (docs: SyncDoc[]): SyncDoc[] => JSON.parse(JSON.stringify(docs)) as SyncDoc[];

describe('a project as CouchDB documents', () => {
  it('comes back identical from its documents (after JSON, as a server returns them)', () => {
    const snapshot = projectWithPhoto();
    const back = snapshotFromDocs(overTheWire(snapshotToDocs(snapshot)));
    expect(back).toEqual(canonicalSnapshot(snapshot));
    const photo = back.documents.find((d) => d.medium === 'picture')!;
    expect([...photo.original!.bytes]).toEqual([...snapshot.documents.at(-1)!.original!.bytes]);
  });

  it('gives each row its own typed document, keeps owners, and keeps transcripts out of the metadata', () => {
    const docs = snapshotToDocs(realisticProject());
    const byId = new Map(docs.map((d) => [d._id, d]));
    const cafe = byId.get(`segment:${SEGMENT.cafe}`)!;
    expect(cafe).toMatchObject({ type: 'segment', coderId: 'koder-kedua', documentId: DOCUMENT.interview });
    expect(byId.get('project:0b7c1f0e-2a44-4c1e-9a0f-5d3b8e6f1a01')?.type).toBe('project');
    const interview = byId.get(`document:${DOCUMENT.interview}`)!;
    expect(interview.text).toBeUndefined();
    expect(byId.get(`doctext:${DOCUMENT.interview}`)!.text).toMatch(/^Nama: Ibu Sri Wahyuni/);
    expect(byId.get(`cellSummary:${CODE.empowering}:${INFORMANT.sri}`)?.type).toBe('cellSummary');
    expect(byId.get(`triangulationNote:${CODE.inhibiting}`)?.type).toBe('triangulationNote');
    expect(docs.filter((d) => d.type === 'comment').map((d) => d.authorId)).toContain('c0de0000-5555-4e00-b000-000000000002');
    for (const d of docs) expect(d._id.startsWith(`${d.type}:`)).toBe(true);
  });

  it('two summaries of one cell (from a merged file) become the one the app shows', () => {
    const s = realisticProject();
    const shown = s.cellSummaries[0]!;
    s.cellSummaries.push({ ...shown, id: 'older', text: 'Versi lama', modifiedAt: '2020-01-01T00:00:00.000Z' });
    const back = snapshotFromDocs(snapshotToDocs(s));
    expect(back.cellSummaries).toEqual([shown]);
  });

  it('names the documents whose transcript has not arrived', () => {
    const docs = snapshotToDocs(realisticProject());
    expect(documentsWithoutText(docs)).toEqual([]);
    expect(documentsWithoutText(docs.filter((d) => d._id !== `doctext:${DOCUMENT.second}`))).toEqual([`document:${DOCUMENT.second}`]);
  });

  it('refuses documents without a project', () => {
    const docs = snapshotToDocs(realisticProject()).filter((d) => d.type !== 'project');
    expect(() => snapshotFromDocs(docs)).toThrow(SyncMappingError);
  });
});

describe("a changeset's documents", () => {
  const before = stateFromSnapshot(realisticProject());

  it('writes a renamed document without its transcript, and a new one with it', () => {
    const renamed = { ...before.documents[DOCUMENT.interview]!, title: 'Wawancara I1' };
    const docs = docsForChangeset(before, { put: { documents: [renamed] } });
    expect(docs.map((d) => d._id)).toEqual([`document:${DOCUMENT.interview}`]);
    const added = { ...renamed, id: 'new-doc', text: 'Teks baru' };
    const docs2 = docsForChangeset(before, { put: { documents: [added] } });
    expect(docs2.map((d) => d._id)).toEqual(['document:new-doc', 'doctext:new-doc']);
    expect(docs2[1]!.text).toBe('Teks baru');
  });

  it('deletes as tombstones that keep the type and the owner', () => {
    const docs = docsForChangeset(before, { delete: { segments: [SEGMENT.cafe] } });
    expect(docs).toEqual([expect.objectContaining({ _id: `segment:${SEGMENT.cafe}`, _deleted: true, type: 'segment', coderId: 'koder-kedua' })]);
  });

  it('deletes a cell with two summaries (from a merged file) as one tombstone', () => {
    const shown = before.cellSummaries[Object.keys(before.cellSummaries)[0]!]!;
    const state = { ...before, cellSummaries: { ...before.cellSummaries, dup: { ...shown, id: 'dup', modifiedAt: '2000-01-01T00:00:00.000Z' } } };
    const docs = docsForChangeset(state, { delete: { cellSummaries: [shown.id, 'dup'] } });
    expect(docs.map((d) => [d._id, d._deleted])).toEqual([[`cellSummary:${shown.codeId}:${shown.informantId}`, true]]);
  });

  it('writes the whole project row when a project field changes', () => {
    const docs = docsForChangeset(before, { project: { journal: 'Catatan baru' } });
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ _id: `project:${before.project.id}`, journal: 'Catatan baru', title: before.project.title });
  });
});

describe('conflicts', () => {
  const memo = (text: string, extra: Partial<SyncDoc> = {}): SyncDoc => ({ _id: 'code:x', type: 'code', memo: text, color: '#000000', ...extra });

  it('surfaces two versions of a memo with both texts', () => {
    const verdict = judgeConflict(memo('dari laptop'), [memo('dari PC kampus')]);
    expect(verdict?.fields).toEqual(['memo']);
    expect(verdict?.versions.map((v) => v.memo)).toEqual(['dari laptop', 'dari PC kampus']);
  });

  it('settles silently when the versions differ in nothing anyone wrote', () => {
    expect(judgeConflict(memo('sama', { color: '#111111' }), [memo('sama', { color: '#222222' })])).toBeNull();
  });

  it('reports a deletion that a concurrent edit beat', () => {
    const winner = memo('diedit', { _rev: '2-b' });
    expect(racedDeletion(winner, ['2-b', '2-a'])).toEqual({ id: 'code:x', type: 'code', deletedRevs: ['2-a'] });
    expect(racedDeletion(winner, ['2-b'])).toBeNull();
  });
});

describe('push plan', () => {
  it('writes new and changed documents on top of the server revision, skips equal ones, refuses deleted ids', () => {
    const [project, code, segment, other] = snapshotToDocs(realisticProject());
    const plan = planPush(
      [project!, code!, segment!, other!],
      [
        { id: project!._id, rev: '3-a', doc: { ...project!, _rev: '3-a' } },
        { id: code!._id, rev: '2-b', doc: { ...code!, _rev: '2-b', memo: 'lain' } },
        { id: segment!._id, rev: '4-c', deleted: true, doc: null },
        { id: other!._id },
      ],
    );
    expect(plan.unchanged).toEqual([project!._id]);
    expect(plan.deletedOnServer).toEqual([segment!._id]);
    expect(plan.write).toEqual([{ ...code!, _rev: '2-b' }, other!]);
    expect(plan.newerOnServer).toEqual([]);
  });

  it('does not let an old copy of the file take back a summary written later on the server', () => {
    const summary = snapshotToDocs(realisticProject()).find((d) => d.type === 'cellSummary')!;
    const later = { ...summary, _rev: '2-x', text: 'Ringkasan yang lebih baru', modifiedAt: '2030-01-01T00:00:00.000Z' };
    expect(planPush([summary], [{ id: summary._id, rev: '2-x', doc: later }])).toMatchObject({ write: [], newerOnServer: [summary._id] });
    const older = { ...summary, _rev: '2-x', text: 'Ringkasan lama', modifiedAt: '2001-01-01T00:00:00.000Z' };
    expect(planPush([summary], [{ id: summary._id, rev: '2-x', doc: older }]).write).toEqual([{ ...summary, _rev: '2-x' }]);
  });
});

describe('base64', () => {
  it('round-trips every length and byte', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 256]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 37) % 256);
      expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
    }
    expect(bytesToBase64(new TextEncoder().encode('Kafé'))).toBe('S2Fmw6k=');
  });
});
