import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { ProjectSnapshot } from '../model/types';
import { readQdpx } from './read-qdpx';
import { writeQdpx } from './write-qdpx';
import { CODE, DOCUMENT, INFORMANT, SEGMENT, realisticProject } from './testing/realistic-project';

const byId = <T extends { id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sorted = (s: ProjectSnapshot): ProjectSnapshot => ({
  project: s.project,
  codes: byId(s.codes),
  informants: byId(s.informants),
  documents: byId(s.documents),
  segments: byId(s.segments),
  coders: byId(s.coders),
  cellSummaries: byId(s.cellSummaries),
  triangulationNotes: byId(s.triangulationNotes),
  conclusions: byId(s.conclusions),
  comments: byId(s.comments),
});

describe('readQdpx of a file Pilah wrote', () => {
  it('restores the whole project exactly (round trip)', () => {
    const original = realisticProject();
    const { snapshot, warnings } = readQdpx(writeQdpx(original, { appVersion: '0.1.0' }));
    expect(warnings).toEqual([]);
    expect(sorted(snapshot)).toEqual(sorted(original));
  });

  it('survives a second round trip byte for byte', () => {
    const now = '2026-09-04T12:00:00Z';
    const first = writeQdpx(realisticProject(), { now });
    const second = writeQdpx(readQdpx(first).snapshot, { now });
    expect(unzipSync(second)).toEqual(unzipSync(first));
  });

  it('keeps segment text exact after the emoji: UTF-16 offsets slice the same quotes', () => {
    const original = realisticProject();
    const { snapshot } = readQdpx(writeQdpx(original));
    const textOf = (s: ProjectSnapshot, id: string): string => {
      const segment = s.segments.find((x) => x.id === id)!;
      return s.documents.find((d) => d.id === segment.documentId)!.text.slice(segment.start, segment.end);
    };
    for (const id of Object.values(SEGMENT)) expect(textOf(snapshot, id)).toBe(textOf(original, id));
  });

  it('still carries codes, informants, texts, codings and memos when Pilah’s extras are missing', () => {
    const original = realisticProject();
    const files = unzipSync(writeQdpx(original));
    delete files['pilah/project.json'];
    const { snapshot } = readQdpx(zipSync(files));
    expect(snapshot.project.title).toBe(original.project.title);
    expect(snapshot.project.journal).toBe(original.project.journal);
    expect(snapshot.project.focus).toBe(original.project.focus);
    expect(snapshot.project.researcher).toBe('Dewi Lestari');
    const enabling = snapshot.codes.find((c) => c.id === CODE.enabling)!;
    expect(enabling.parentId).toBe(CODE.empowerment);
    expect(enabling.label.id).toBe('Menciptakan iklim (enabling)');
    expect(snapshot.codes.find((c) => c.id === CODE.inhibiting)!.memo).toBe(original.codes.find((c) => c.id === CODE.inhibiting)!.memo);
    const sri = snapshot.informants.find((i) => i.id === INFORMANT.sri)!;
    const { projectId: _p, ...sriFields } = original.informants.find((i) => i.id === INFORMANT.sri)!;
    expect(sri).toMatchObject(sriFields);
    expect(snapshot.documents.find((d) => d.id === DOCUMENT.interview)!.informantId).toBe(INFORMANT.sri);
    for (const segment of original.segments) {
      const read = snapshot.segments.find((s) => s.id === segment.id || s.start === segment.start)!;
      expect([read.start, read.end, read.memo]).toEqual([segment.start, segment.end, segment.memo]);
      expect(read.codeIds).toHaveLength(segment.codeIds.length);
    }
  });

  it('reads an extras file it cannot understand as a plain REFI-QDA project, with a warning', () => {
    const files = unzipSync(writeQdpx(realisticProject()));
    files['pilah/project.json'] = strToU8('{"format":"pilah-project","version":99}');
    const { snapshot, warnings } = readQdpx(zipSync(files));
    expect(warnings.map((w) => w.code)).toEqual(['unreadable-extras']);
    expect(snapshot.segments).toHaveLength(realisticProject().segments.length);
  });
});

describe('readQdpx performance', () => {
  it('writes and reads a 50-transcript project with 10,000 segments without slowing down (no quadratic work)', () => {
    const base = realisticProject();
    const paragraph = 'P: Bagaimana peran dinas? 🙂\nI: Dinas memberi “pelatihan” dan pendampingan bagi pelaku UMKM di desa kami.\n';
    const documents = Array.from({ length: 50 }, (_, d) => ({
      ...base.documents[0]!,
      id: `d0c00000-0000-4000-8000-${String(d).padStart(12, '0')}`,
      title: `Transkrip ${d + 1}`,
      text: paragraph.repeat(400),
      order: d,
    }));
    const segments = documents.flatMap((doc) =>
      Array.from({ length: 200 }, (_, k) => ({
        ...base.segments[0]!,
        id: `5e600000-0000-4000-8000-${String(doc.order * 1000 + k).padStart(12, '0')}`,
        documentId: doc.id,
        start: k * paragraph.length + 31,
        end: k * paragraph.length + 80,
        codeIds: [CODE.enabling, CODE.inhibiting],
      })),
    );
    const big: ProjectSnapshot = { ...base, documents, segments };
    // CPU time rather than wall time, so a busy CI machine does not fail the test.
    const cpuMs = <T>(work: () => T): [T, number] => {
      const before = process.cpuUsage();
      const result = work();
      const used = process.cpuUsage(before);
      return [result, (used.user + used.system) / 1000];
    };
    const [bytes, writeMs] = cpuMs(() => writeQdpx(big));
    const [{ snapshot }, readMs] = cpuMs(() => readQdpx(bytes));
    console.log(`50 transcripts, 10k segments: write ${writeMs.toFixed(0)} ms, read ${readMs.toFixed(0)} ms CPU, ${(bytes.length / 1024).toFixed(0)} KiB`);
    expect(snapshot.segments).toHaveLength(10_000);
    // About half a second each on a laptop; quadratic work would take minutes at this size.
    expect(writeMs).toBeLessThan(3000);
    expect(readMs).toBeLessThan(3000);
  });
});
