/**
 * The displays checked against a slow, obviously correct reference — every cell counted by
 * scanning all segments (and all pairs of segments), coverage by marking characters — on
 * the three sample projects and on a randomly coded project full of overlaps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectState } from '../model/changeset';
import { stateFromSnapshot } from '../model/changeset';
import type { Segment } from '../model/types';
import { childrenOf, descendantIds } from '../project/code-tree';
import { buildSampleProject, SAMPLE_SLUGS, sampleFiles, type SampleSpec } from '../samples';
import { buildAllDisplays, cellSegments, coOccurrenceMatrix, crossedMatrix, type DisplayMatrix } from './index';
import { largeProject } from './test-support';

const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));

async function sample(slug: string): Promise<ProjectState> {
  const spec = JSON.parse(readFileSync(join(samplesDir, slug, 'sample.json'), 'utf8')) as SampleSpec;
  const texts: Record<string, string> = {};
  for (const file of sampleFiles(spec)) texts[file] = readFileSync(join(samplesDir, slug, file), 'utf8');
  return stateFromSnapshot(await buildSampleProject(spec, texts, '2023-12-01T08:00:00.000Z'));
}

/** A small project coded at random: 1–3 codes per segment from both frameworks, many overlaps. */
function randomlyCoded(): ProjectState {
  const base = largeProject(5, 3, 3, 400);
  const codeIds = Object.keys(base.codes).filter((id) => id !== 'root' && id !== 'cross');
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const segments: Record<string, Segment> = {};
  for (const segment of Object.values(base.segments)) {
    const text = base.documents[segment.documentId]!.text;
    const start = next(3000);
    const picked = Array.from({ length: 1 + next(3) }, () => codeIds[next(codeIds.length)]!);
    segments[segment.id] = { ...segment, start, end: Math.min(text.length, start + 1 + next(150)), codeIds: picked };
  }
  return { ...base, segments };
}

const overlap = (s: Segment, t: Segment): boolean =>
  s.documentId === t.documentId && Math.min(s.end, t.end) - Math.max(s.start, t.start) > 0;

/** The reference counting rule: same segment, or pairs of different overlapping segments. */
function referenceMeetings(state: ProjectState, rowSet: Set<string>, columnSet: Set<string>, diagonal: boolean): { count: number; ids: string[] } {
  const live = Object.values(state.segments).filter((s) => state.documents[s.documentId]);
  const has = (s: Segment, set: Set<string>) => s.codeIds.some((id) => set.has(id));
  let count = 0;
  const ids = new Set<string>();
  for (const s of live) {
    if (has(s, rowSet) && has(s, columnSet)) {
      count++;
      ids.add(s.id);
    }
  }
  if (!diagonal) {
    for (let i = 0; i < live.length; i++) {
      for (let j = i + 1; j < live.length; j++) {
        const [s, t] = [live[i]!, live[j]!];
        if (!overlap(s, t)) continue;
        if ((has(s, rowSet) && has(t, columnSet)) || (has(t, rowSet) && has(s, columnSet))) {
          count++;
          ids.add(s.id).add(t.id);
        }
      }
    }
  }
  return { count, ids: [...ids].sort() };
}

/** Characters where a segment of each set lies, by marking every character. */
function referenceSharedShare(state: ProjectState, rowSet: Set<string>, columnSet: Set<string>): number {
  let shared = 0;
  let total = 0;
  for (const document of Object.values(state.documents)) {
    total += document.text.length;
    const a = new Uint8Array(document.text.length);
    const b = new Uint8Array(document.text.length);
    for (const s of Object.values(state.segments)) {
      if (s.documentId !== document.id) continue;
      if (s.codeIds.some((id) => rowSet.has(id))) a.fill(1, s.start, s.end);
      if (s.codeIds.some((id) => columnSet.has(id))) b.fill(1, s.start, s.end);
    }
    for (let i = 0; i < a.length; i++) if (a[i] && b[i]) shared++;
  }
  return total ? shared / total : 0;
}

function expectMatchesReference(state: ProjectState, matrix: DisplayMatrix, withDescendants: boolean, isCoOccurrence: boolean): number {
  let meetings = 0;
  const setOf = (codeId: string) => new Set([codeId, ...(withDescendants ? descendantIds(state, codeId) : [])]);
  matrix.rows.forEach((row, r) => {
    matrix.columns.forEach((column, c) => {
      const rowSet = setOf(row.codeId);
      const columnSet = setOf(column.codeId!);
      const expected = referenceMeetings(state, rowSet, columnSet, isCoOccurrence && r === c);
      const cell = matrix.cells[r]![c]!;
      expect({ cell: `${row.label} × ${column.label}`, count: cell.count, ids: [...cell.segmentIds].sort() }).toEqual({
        cell: `${row.label} × ${column.label}`,
        ...expected,
      });
      expect(cell.coverage).toBeCloseTo(referenceSharedShare(state, rowSet, columnSet), 12);
      meetings += cell.count;
    });
  });
  return meetings;
}

describe.each([...SAMPLE_SLUGS.map((slug) => ({ name: slug, load: () => sample(slug) })), { name: 'randomly coded', load: async () => randomlyCoded() }])(
  'displays agree with the reference on $name',
  ({ load }) => {
    let state: ProjectState;
    beforeAll(async () => {
      state = await load();
    });

    it('co-occurrence and crossed frameworks count every meeting by the rule', () => {
      const roots = childrenOf(state, null);
      const [first, second] = [roots[0]!, roots[1] ?? roots[0]!];
      const codeIds = [first.id, ...descendantIds(state, first.id), ...(second === first ? [] : descendantIds(state, second.id))];
      const coOccurrence = coOccurrenceMatrix(state, { codeIds });
      const crossed = crossedMatrix(state, { rowRootCodeId: first.id, columnRootCodeId: second.id });
      // Both count a code with its sub-codes, as every display does (counting.ts).
      const met = expectMatchesReference(state, coOccurrence, true, true) + expectMatchesReference(state, crossed, true, false);
      expect(met).toBeGreaterThan(0);
    });

    it('code × informant displays hold exactly the segments of that code and informant, and click through to them', () => {
      for (const root of childrenOf(state, null)) {
        const all = buildAllDisplays(state, root.id);
        const matrix = all.conceptual;
        matrix.rows.forEach((row, r) => {
          matrix.columns.forEach((column, c) => {
            // The reference rule, spelled out: a row holds every segment coded with its code or a
            // descendant; informant columns hold their interviews; observation notes and documents
            // have columns of their own; "no informant" holds interviews of nobody.
            const counted = new Set([row.codeId, ...descendantIds(state, row.codeId)]);
            const feeds = (documentId: string): boolean => {
              const document = state.documents[documentId]!;
              if (column.key === 'source:observation' || column.key === 'source:document') return `source:${document.kind}` === column.key;
              if (document.kind !== 'interview') return false;
              const known = document.informantId !== null && state.informants[document.informantId] !== undefined;
              return column.informantIds.length ? known && column.informantIds.includes(document.informantId!) : !known;
            };
            const expected = Object.values(state.segments).filter((s) => s.codeIds.some((id) => counted.has(id)) && feeds(s.documentId));
            const cell = matrix.cells[r]![c]!;
            expect([...cell.segmentIds].sort()).toEqual(expected.map((s) => s.id).sort());
            expect(cellSegments(state, matrix, r, c).map((hit) => hit.segment.id)).toEqual(cell.segmentIds);
            const text = Object.values(state.documents).filter((d) => feeds(d.id)).reduce((n, d) => n + d.text.length, 0);
            if (text > 0) {
              const marked = expected.reduce((set, s) => {
                for (let i = s.start; i < s.end; i++) set.add(`${s.documentId}:${i}`);
                return set;
              }, new Set<string>());
              expect(cell.coverage).toBeCloseTo(marked.size / text, 12);
            }
          });
        });
        // Role-ordered columns pool informants without losing or doubling a segment.
        expect(matrix.columns.map((column) => column.label)).not.toContain('Tanpa informan');
        const total = (m: DisplayMatrix) => m.cells.flat().reduce((n, cell) => n + cell.count, 0);
        expect(total(all.byGroup)).toBe(total(matrix));
        expect(total(all.byCategory)).toBe(total(matrix));
      }
    });
  },
);
