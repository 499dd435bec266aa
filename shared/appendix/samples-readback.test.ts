/**
 * The comparison a careful supervisor makes: each sample project's default appendix read back
 * from the .docx, its tables checked against the project's own data — every triangulation
 * verdict the student's (or "Belum dinilai"), every conclusion's evidence with its words and
 * source, every count of the conceptual matrix the distinct segments of the code and its
 * sub-codes in that column, every source note the data's year.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { stateFromSnapshot, type ProjectState } from '../model/changeset';
import type { Code, Document } from '../model/types';
import { childrenOf, codeLabel, descendantIds } from '../project/code-tree';
import { triangulationVerdictsFromState } from '../reduction/display-inputs';
import { buildSampleProject, SAMPLE_SLUGS, sampleFiles, samplePdfFiles, type SampleSpec } from '../samples';
import { appendixPartsWithData, buildAppendix, DEFAULT_APPENDIX_PARTS, describeAppendixParts } from './index';
import { readDocx, type ReadDocx, type ReadTable } from './read-docx';
import { NOW } from './test-support';

const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));

async function sample(slug: string): Promise<ProjectState> {
  const spec = JSON.parse(readFileSync(join(samplesDir, slug, 'sample.json'), 'utf8')) as SampleSpec;
  const texts: Record<string, string | Uint8Array> = Object.fromEntries(sampleFiles(spec).map((file) => [file, readFileSync(join(samplesDir, slug, file), 'utf8')]));
  // The documentation PDF too, as the demo loads it: its codings are a source of their own.
  for (const file of samplePdfFiles(spec)) texts[file] = new Uint8Array(readFileSync(join(samplesDir, slug, file)));
  return stateFromSnapshot(await buildSampleProject(spec, texts, NOW));
}

/** The framework a caption names ("Triangulasi Sumber Pemberdayaan"), and its codes by label. */
function framework(state: ProjectState, caption: string): { root: Code | null; byLabel: Map<string, Code> } {
  const roots = childrenOf(state, null);
  const root = roots.find((code) => caption.includes(codeLabel(code, 'id')) && childrenOf(state, code.id).length > 0) ?? null;
  const codes = root ? descendantIds(state, root.id).map((id) => state.codes[id]!) : roots.filter((code) => childrenOf(state, code.id).length === 0);
  return { root, byLabel: new Map(codes.map((code) => [codeLabel(code, 'id'), code])) };
}

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe.each(SAMPLE_SLUGS)('the default appendix of sample %s, checked against the project', (slug) => {
  let state: ProjectState;
  let doc: ReadDocx;
  const tablesOf = (caption: RegExp): ReadTable[] => doc.tables.filter((t) => caption.test(t.caption));
  beforeAll(async () => {
    state = await sample(slug);
    doc = readDocx(await buildAppendix(state, { parts: [...DEFAULT_APPENDIX_PARTS], locale: 'id', now: '2031-01-01T00:00:00.000Z' }));
  });

  it('holds every part with data and no empty one', () => {
    const withData = appendixPartsWithData(state);
    const titles = doc.paragraphs.filter(([style]) => style === 'Heading1').map(([, text]) => text);
    const expected = describeAppendixParts('id').filter((part) => withData[part.id]).map((part, i) => `Lampiran ${i + 1}. ${part.label}`);
    expect(titles).toEqual(expected);
    expect(titles.join('\n')).not.toContain('Kesepakatan antarkoder');
  });

  it('prints in the triangulation tables exactly the verdicts the student gave, every other row "Belum dinilai"', () => {
    const verdicts = triangulationVerdictsFromState(state);
    const seen = new Set<string>();
    // A table split over several sources' pages carries the verdict on its last page only.
    const tables = tablesOf(/^Tabel L\d+\.\d+ Triangulasi Sumber/).filter((t) => t.rows[0]!.at(-1)!.text === 'Hasil triangulasi');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const { byLabel } = framework(state, table.caption);
      for (const row of table.rows.slice(1)) {
        if (row.length === 2) continue; // a dimension heading
        const code = byLabel.get(row[1]!.text);
        expect(code, `${table.caption}: ${row[1]!.text}`).toBeDefined();
        const verdict = verdicts[code!.id]?.verdict ?? null;
        const cell = row.at(-1)!;
        const first = cell.text.split('\n')[0];
        if (verdict) {
          seen.add(code!.id);
          expect(first, row[1]!.text).toBe({ sama: 'Sama', berbeda: 'Berbeda', spesifik: 'Spesifik' }[verdict]);
          expect(cell.bold, row[1]!.text).toBe(true);
        } else {
          expect(first, row[1]!.text).toBe('Belum dinilai');
          expect(cell.bold, row[1]!.text).toBe(false);
        }
        if (verdicts[code!.id]?.note) expect(cell.text).toContain(verdicts[code!.id]!.note!);
      }
    }
    expect([...seen].sort()).toEqual(Object.entries(verdicts).filter(([, v]) => v.verdict).map(([id]) => id).sort());
  });

  it('prints in the technique table the technique verdict and note the student gave, every other row "Belum dinilai"', () => {
    const verdicts = triangulationVerdictsFromState(state);
    const judged = Object.entries(verdicts).filter(([, v]) => v.techniqueVerdict);
    expect(judged).toHaveLength(1);
    const seen = new Set<string>();
    const tables = tablesOf(/^Tabel L\d+\.\d+ Triangulasi Teknik/).filter((t) => t.rows[0]!.at(-1)!.text === 'Hasil triangulasi teknik');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const { byLabel } = framework(state, table.caption);
      for (const row of table.rows.slice(1)) {
        if (row.length === 2) continue; // a dimension heading
        const code = byLabel.get(row[1]!.text)!;
        const given = verdicts[code.id];
        const first = row.at(-1)!.text.split('\n')[0];
        if (given?.techniqueVerdict) {
          seen.add(code.id);
          expect(first, row[1]!.text).toBe({ sama: 'Sama', berbeda: 'Berbeda', spesifik: 'Spesifik' }[given.techniqueVerdict]);
          expect(words(row.at(-1)!.text)).toContain(words(given.techniqueNote!));
        } else {
          expect(first, row[1]!.text).toBe('Belum dinilai');
        }
      }
    }
    expect([...seen]).toEqual(judged.map(([id]) => id));
  });

  it('prints each conclusion with its verdict and every piece of evidence, its words and its source', () => {
    const rows = tablesOf(/^Tabel L\d+\.\d+ Kesimpulan/).flatMap((t) => t.rows);
    const conclusions = Object.values(state.conclusions);
    expect(conclusions.length).toBeGreaterThan(0);
    for (const conclusion of conclusions) {
      const row = rows.find((r) => r[2]?.text === conclusion.text.trim());
      expect(row, conclusion.text).toBeDefined();
      expect(row![3]!.text).toBe(conclusion.verdict.trim() || 'Belum dinilai');
      const evidence = [...new Set(conclusion.evidenceSegmentIds)].filter((id) => state.segments[id]);
      const lines = row![4]!.text.split('\n').map((line) => line.replace(/^• /, ''));
      expect(lines, conclusion.text).toHaveLength(evidence.length);
      evidence.forEach((id, i) => {
        const segment = state.segments[id]!;
        const document: Document = state.documents[segment.documentId]!;
        const informant = document.informantId ? state.informants[document.informantId]! : null;
        expect(lines[i]!.startsWith(`“${words(document.text.slice(segment.start, segment.end))}” (`), lines[i]).toBe(true);
        if (document.kind === 'interview' && informant) expect(lines[i]).toMatch(new RegExp(`\\(Wawancara dengan (Bapak |Ibu )?${escape(informant.name)}, `));
      });
    }
  });

  it('counts in the conceptual matrix, per column, the distinct segments of each code and its sub-codes', () => {
    const tables = tablesOf(/^Tabel L\d+\.\d+ Matriks Konseptual/);
    expect(tables.length).toBeGreaterThan(0);
    let checked = 0;
    for (const table of tables) {
      const { byLabel } = framework(state, table.caption);
      const header = table.rows[0]!.map((cell) => cell.text);
      expect(header.at(-1)).toBe('Jumlah');
      const columns = header.slice(2, -1);
      const feeds = (label: string, document: Document): boolean => {
        if (label === 'Observasi') return document.kind === 'observation';
        if (label === 'Dokumen') return document.kind === 'document';
        const informant = Object.values(state.informants).find((i) => i.label === label);
        return document.kind === 'interview' && informant !== undefined && document.informantId === informant.id;
      };
      for (const row of table.rows.slice(1)) {
        const code = byLabel.get(row[1]!.text)!;
        const counted = new Set([code.id, ...descendantIds(state, code.id)]);
        const expected = columns.map(
          (label) => Object.values(state.segments).filter((s) => s.codeIds.some((id) => counted.has(id)) && feeds(label, state.documents[s.documentId]!)).length,
        );
        const printed = row.length === 2 ? columns.map(() => 0) : row.slice(2, -1).map((cell) => (cell.text === '–' ? 0 : Number(cell.text)));
        expect(printed, `${table.caption}: ${row[1]!.text}`).toEqual(expected);
        if (row.length > 2) expect(row.at(-1)!.text).toBe(String(expected.reduce((a, b) => a + b, 0) || '–'));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('names its sources: the data and the interviews’ year under data tables, the theory under the codebook only', () => {
    const years = [...new Set(Object.values(state.informants).map((i) => i.interviewDate.slice(0, 4)))].sort();
    const year = years.length === 1 ? years[0]! : `${years[0]}–${years.at(-1)}`;
    const notes = doc.paragraphs.filter(([style, text]) => style === 'PilahSourceNote' && text.startsWith('Sumber:'));
    for (const [, text] of notes) {
      if (text === `Sumber: Data primer diolah peneliti, ${year}`) continue;
      // The only other kind: the codebook's, naming the theory.
      expect(text).toMatch(new RegExp(`^Sumber: .+, diolah peneliti, ${year}$`));
    }
    const codebookTables = doc.tables.filter((t) => t.part.endsWith('. Buku kode')).length;
    expect(notes.filter(([, text]) => !text.startsWith('Sumber: Data primer')).length).toBeLessThanOrEqual(codebookTables);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
