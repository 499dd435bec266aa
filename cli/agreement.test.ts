/**
 * `pilah agreement` as a user runs it, on project files written with writeQdpx: two files
 * (the second coder's own project) or one project holding two coders.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { agreementReport, importSecondCoder } from '../shared/agreement';
import { codeRange, codeWords, NOW, withCoder } from '../shared/agreement/test-support';
import { applyChangeset, snapshotFromState, stateFromSnapshot, type ProjectState } from '../shared/model/changeset';
import { createProject } from '../shared/project/create-project';
import { addImportedTranscripts } from '../shared/project/documents';
import { code, documentIdOf, LATER, transcript } from '../shared/project/test-support';
import { readQdpx, writeQdpx } from '../shared/refi';
import type { AgreementJson } from './commands/agreement';
import { pilah } from './testing/run-cli';

const FORTY = 'abcdefghij'.repeat(4);
const ANSWER = 'P: Apa kendalanya?\nI: Modal kami kurang, dan pelatihan jarang.';

/** A project with the two transcripts, as its owner would make it (`title` sets the ids apart). */
function project(title: string, researcher: string): ProjectState {
  const state = stateFromSnapshot(createProject({ title, researcher, frameworks: ['factors'] }, NOW));
  return applyChangeset(state, addImportedTranscripts(state, [transcript('T1', FORTY), transcript('W2', ANSWER)], NOW).changeset);
}

let dir: string;
let student: ProjectState;
let second: ProjectState;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-agreement-'));
  student = project('Skripsi', 'Ayu');
  second = project('Salinan koder kedua', 'Rina');
  const sides = [
    // The worked example of agreement.md on T1; on W2 both code the same words.
    { coder: 'student', range: [0, 20], doc: 'T1', code: 'Faktor pendukung' },
    { coder: 'second', range: [10, 30], doc: 'T1', code: 'Faktor pendukung' },
  ] as const;
  for (const side of sides) {
    const s = side.coder === 'student' ? student : second;
    const next = codeRange(s, null, documentIdOf(s, side.doc), side.range[0], side.range[1], [code(s, side.code).id]);
    if (side.coder === 'student') student = next;
    else second = next;
  }
  student = codeWords(student, null, documentIdOf(student, 'W2'), 'Modal kami kurang', [code(student, 'Faktor penghambat').id]);
  second = codeWords(second, null, documentIdOf(second, 'W2'), 'Modal kami kurang', [code(second, 'Faktor penghambat').id]);
  await writeFile(join(dir, 'ayu.qdpx'), writeQdpx(snapshotFromState(student)));
  // Rina coded on another day: her codings are hers, not copies of Ayu's.
  second = { ...second, segments: Object.fromEntries(Object.entries(second.segments).map(([id, s]) => [id, { ...s, createdAt: LATER, modifiedAt: LATER }])) };
  await writeFile(join(dir, 'rina.qdpx'), writeQdpx(snapshotFromState(second)));

  let together = withCoder(student, 'koder-rina', 'Rina');
  together = codeRange(together, 'koder-rina', documentIdOf(together, 'T1'), 10, 30, [code(together, 'Faktor pendukung').id]);
  together = codeWords(together, 'koder-rina', documentIdOf(together, 'W2'), 'Modal kami', [code(together, 'Faktor penghambat').id]);
  await writeFile(join(dir, 'bersama.qdpx'), writeQdpx(snapshotFromState(together)));
  await writeFile(join(dir, 'lain.qdpx'), writeQdpx(snapshotFromState(project('Lain', 'X'))));
  const unrelated = stateFromSnapshot(createProject({ title: 'Beda', frameworks: ['factors'] }, NOW));
  await writeFile(join(dir, 'beda.qdpx'), writeQdpx(snapshotFromState(applyChangeset(unrelated, addImportedTranscripts(unrelated, [transcript('X', 'Teks lain sama sekali.')], NOW).changeset))));
  await writeFile(join(dir, 'rusak.qdpx'), 'bukan arsip zip');
});

describe('pilah agreement', () => {
  it('prints the exact JSON for two project files', async () => {
    const run = await pilah(['agreement', 'ayu.qdpx', 'rina.qdpx', '--json', '--lang', 'id'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as AgreementJson;
    expect(Object.keys(json)).toEqual(['method', 'codes', 'overall', 'segment']);
    expect(json.method).toBe('character');
    // Faktor pendukung: agreement.md's worked example on T1, and W2's characters coded by
    // neither, pooled (every character of both transcripts counted once).
    const units = FORTY.length + ANSWER.length;
    const observed = (units - 20) / units;
    const p = 20 / units;
    const chance = p * p + (1 - p) * (1 - p);
    expect(json.codes.map((c) => c.code)).toEqual(['Faktor pendukung', 'Faktor penghambat']);
    expect(json.codes[0]!.percentAgreement).toBeCloseTo(observed * 100, 10);
    expect(json.codes[0]!.kappa).toBeCloseTo((observed - chance) / (1 - chance), 10);
    expect(json.codes[1]).toEqual({ code: 'Faktor penghambat', percentAgreement: 100, kappa: 1 });
    expect(json.overall.percentAgreement).toBeCloseTo((observed * 100 + 100) / 2, 10);
    expect(json.overall.kappa).toBeCloseTo(((observed - chance) / (1 - chance) + 1) / 2, 10);
    // Segment level: [0,20) and [10,30) share 10 of 30 characters, below 90%: a=0, b=1, c=1;
    // "Modal kami kurang" matches (a=2). k = 2 codes, P_c = 0.5.
    expect(json.segment).toEqual({
      method: 'segment',
      threshold: 90,
      codes: [
        { code: 'Faktor pendukung', percentAgreement: 0, kappa: -1 },
        { code: 'Faktor penghambat', percentAgreement: 100, kappa: 1 },
      ],
      overall: { percentAgreement: 50, kappa: 0 },
    });
  });

  it('prints what agreementReport computes for the same files', async () => {
    const imported = importSecondCoder(student, snapshotFromState(second), { name: 'Rina' }, NOW);
    const report = agreementReport(applyChangeset(student, imported.changeset), null, imported.coderId, { threshold: 30 });
    const json = JSON.parse((await pilah(['agreement', 'ayu.qdpx', 'rina.qdpx', '--json', '--threshold', '30'], dir)).stdout) as AgreementJson;
    expect(json.segment.threshold).toBe(30);
    expect(json.segment.codes.map((c) => c.kappa)).toEqual(report.segment.codes.map((r) => r.figures.kappa));
    expect(json.segment.overall.kappa).toBe(report.segment.overall.kappa);
  });

  it('compares two coders inside one project, chosen with --coders', async () => {
    const run = await pilah(['agreement', 'bersama.qdpx', '--coders', 'owner,Rina', '--json', '--lang', 'en'], dir);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as AgreementJson;
    const twoFiles = JSON.parse((await pilah(['agreement', 'ayu.qdpx', 'rina.qdpx', '--json', '--lang', 'en'], dir)).stdout) as AgreementJson;
    expect(json.codes[0]).toEqual(twoFiles.codes[0]);
    expect(json.codes[1]!.code).toBe('Inhibiting factor');
    expect(json.codes[1]!.percentAgreement).toBeLessThan(100);
    // Without --coders, the only two coders who coded are compared.
    const implicit = JSON.parse((await pilah(['agreement', 'bersama.qdpx', '--json', '--lang', 'en'], dir)).stdout) as AgreementJson;
    expect(implicit).toEqual(json);
  });

  it('prints a readable table with the formulas, in the chosen language', async () => {
    const run = await pilah(['agreement', 'ayu.qdpx', 'rina.qdpx', '--lang', 'id'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kesepakatan antarkoder: Ayu (A) dan Rina (B)');
    expect(run.stdout).toMatch(/Faktor › Faktor pendukung\s+10\s+20\s+20\s+80,4\s+0,378\n/);
    expect(run.stdout).toContain('P_o = (keduanya + tidak keduanya) / N');
    expect(run.stdout).toContain('Tingkat segmen (t = 90%, k = 2)');
    expect(run.stdout).toContain('Rata-rata 2 kode');
  });

  it.each([
    ['an unreadable file', ['rusak.qdpx', 'rina.qdpx'], 1, /rusak\.qdpx/],
    ['a missing file', ['tidak-ada.qdpx', 'rina.qdpx'], 1, /tidak-ada\.qdpx/],
    ['files with no transcript in common', ['ayu.qdpx', 'beda.qdpx'], 1, /No transcript/],
    ['a second file with no codings', ['ayu.qdpx', 'lain.qdpx'], 1, /no coding/],
    ['an unknown coder', ['bersama.qdpx', '--coders', 'owner,Budi'], 2, /no coder "Budi".*Rina/],
    ['a coder the first file lacks', ['ayu.qdpx', 'rina.qdpx', '--coders', 'Budi,Rina'], 2, /no coder "Budi" in ayu\.qdpx.*Ayu \(2\)/],
    ['--coders with one name', ['ayu.qdpx', 'rina.qdpx', '--coders', 'Ayu'], 2, /--coders A,B/],
    ['a threshold of 0', ['ayu.qdpx', 'rina.qdpx', '--threshold', '0'], 2, /1 to 100/],
    ['one project with one coder', ['ayu.qdpx'], 2, /--coders A,B/],
    ['no file', [], 2, /pilah agreement/],
  ])('refuses %s with one sentence', async (_what, args, exit, message) => {
    const run = await pilah(['agreement', ...args], dir);
    expect(run.code).toBe(exit);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

/**
 * Real exports from other tools name the project's creator as owner and each coding's own
 * user: in the NVivo sample the creator coded nothing, Gergo coded everything.
 */
describe('pilah agreement on another tool’s files', () => {
  const NVIVO = resolve('../shared/refi-qda/samples/nvivo-win-12.6_oltas0517.qdpx');
  const ANA = 'c0de0000-a9a0-4000-8000-000000000001';

  beforeAll(async () => {
    // The second coder's copy of the same NVivo project: Ana coded Gergo's passages of one
    // transcript on her own (every other one a few characters shorter); Gergo's codings are
    // still in her copy, and its creator again coded nothing.
    const { snapshot } = readQdpx(new Uint8Array(readFileSync(NVIVO)), { now: NOW });
    const first = snapshot.segments[0]!.documentId;
    const anas = snapshot.segments
      .filter((s) => s.documentId === first)
      .map((s, i) => ({ ...s, id: `ana-${i}`, coderId: ANA, end: i % 2 === 0 ? s.end : Math.max(s.start + 1, s.end - 5), createdAt: LATER, modifiedAt: LATER }));
    const copy = { ...snapshot, coders: [...snapshot.coders, { id: ANA, projectId: snapshot.project.id, name: 'Ana', role: 'secondCoder' as const, createdAt: LATER }], segments: [...snapshot.segments, ...anas] };
    await writeFile(join(dir, 'nvivo-ana.qdpx'), writeQdpx(copy, { standardOnly: true }));
    // Her copy with only her codings: nothing to choose on either side.
    await writeFile(join(dir, 'nvivo-ana-only.qdpx'), writeQdpx({ ...copy, segments: anas }, { standardOnly: true }));
  });

  it('compares the users who coded, not the creators who did not (naming the coder where a file has several)', async () => {
    const runs = [
      ['nvivo-ana-only.qdpx'],
      ['nvivo-ana.qdpx', '--coder-b', 'Ana'],
      ['nvivo-ana.qdpx', '--coders', 'Gergo,ana'],
    ];
    for (const args of runs) {
      const run = await pilah(['agreement', NVIVO, ...args, '--lang', 'en'], dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Inter-coder agreement: Gergo (A) and Ana (B)');
      expect(run.stdout).toMatch(/^1 transcripts? compared/m);
    }
    const json = JSON.parse((await pilah(['agreement', NVIVO, 'nvivo-ana.qdpx', '--coder-b', 'Ana', '--json'], dir)).stdout) as AgreementJson;
    expect(json.codes.length).toBeGreaterThan(10);
    expect(json.overall.percentAgreement).toBeGreaterThan(50);
    expect(json.overall.percentAgreement).toBeLessThan(100);
  });

  it('lists the coders found when a file has several who coded, and names none it lacks', async () => {
    const run = await pilah(['agreement', NVIVO, 'nvivo-ana.qdpx', '--lang', 'en'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Several coders coded in nvivo-ana\.qdpx: floriansipos \(0\), Ana \(\d+\), Gergo \(\d+\)\. Name the one to compare with --coder-b NAME\./);
    const unknown = await pilah(['agreement', NVIVO, 'nvivo-ana.qdpx', '--coder-a', 'Ana', '--coder-b', 'Ana', '--lang', 'en'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no coder "Ana" in nvivo-win-12\.6_oltas0517\.qdpx\. Coders \(segments coded\): floriansipos \(0\), Gergo \(\d+\)/);
  });
});
