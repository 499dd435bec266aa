/**
 * Two coders end to end, in Debian's Chromium against the built renderer. The student opens
 * a demo project and saves it as a project file; the second coder's version of that file is
 * made in Node (same transcripts and codes, some "Pelatihan" codings cut short or left out,
 * all coded on another day) and imported on the agreement screen as the second coder. The
 * tables show what agreementReport computes for the same data; accepting the second coder's
 * side of a disagreement raises agreement on that code, as acceptCoding computes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode } from './support/samples';
import { acceptCoding, agreementReport, formatCoefficient, formatPercent, importSecondCoder, listDisagreements, type AgreementReport } from '../../shared/agreement';
import { applyChangeset, stateFromSnapshot, type ProjectState } from '../../shared/model/changeset';
import type { Locale, ProjectSnapshot } from '../../shared/model/types';
import { readQdpx, writeQdpx } from '../../shared/refi';
import { translate } from '../../shared/i18n';

const SLUG = 'koperasi-umkm-kabupaten';
const CODE = 'Pelatihan';
const SECOND = 'Rina Kartika';
const LATER = '2026-03-04T05:06:07.000Z';

let app: AppSession;
let locale: Locale;
let dir: string;
let student: ProjectSnapshot;
let secondFile: string;
/** The project as the app holds it after the import, computed in Node. */
let expected: ProjectState;
let secondCoderId: string;
let codeId: string;

const t = (key: string, values?: Record<string, string | number>) => translate(locale, key, values);

/**
 * The second coder's project: the student's file with every coding made anew on another
 * day; of the segments coded "Pelatihan", the first loses its second half, the third is left
 * out and the fifth ends a word earlier.
 */
function secondCodersVersion(snapshot: ProjectSnapshot): ProjectSnapshot {
  const pelatihan = snapshot.codes.find((c) => c.label.id === CODE)!.id;
  const title = (documentId: string) => snapshot.documents.find((d) => d.id === documentId)!.title;
  // In reading order (not by id, which differs from run to run), so every run cuts the same codings.
  const withCode = snapshot.segments
    .filter((s) => s.codeIds.includes(pelatihan))
    .sort((a, b) => title(a.documentId).localeCompare(title(b.documentId)) || a.start - b.start)
    .map((s) => s.id);
  const segments = snapshot.segments.flatMap((s) => {
    const again = { ...s, id: `kedua-${s.id}`, createdAt: LATER, modifiedAt: LATER, memo: '', reduced: '' };
    const nth = withCode.indexOf(s.id);
    if (nth === 0) return [{ ...again, end: s.start + Math.floor((s.end - s.start) / 2) }];
    if (nth === 2) return [];
    if (nth === 4) {
      const text = snapshot.documents.find((d) => d.id === s.documentId)!.text.slice(s.start, s.end);
      return [{ ...again, end: s.start + text.trimEnd().lastIndexOf(' ') }];
    }
    return [again];
  });
  return { ...snapshot, project: { ...snapshot.project, researcher: SECOND }, segments, coders: [], comments: [], conclusions: [], cellSummaries: [], triangulationNotes: [] };
}

function row(page: Page, table: string, rowKey: string) {
  return page.getByTestId(table).locator(`tr[data-row="${rowKey}"]`);
}

async function figuresOf(page: Page, table: string, rowKey: string): Promise<[string, string]> {
  const r = row(page, table, rowKey);
  return [(await r.getByTestId('agreement-percent').textContent())!, (await r.getByTestId('agreement-kappa').textContent())!.replace('*', '')];
}

const shown = (report: AgreementReport, method: 'character' | 'segment', id: string): [string, string] => {
  const figures = report[method].codes.find((r) => r.codeId === id)!.figures;
  return [formatPercent(locale, figures.percentAgreement), formatCoefficient(locale, figures.kappa)];
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pilah-agreement-e2e-'));
  app = await openApp();
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
  if (dir && !process.env.PILAH_KEEP_E2E) await rm(dir, { recursive: true, force: true });
});

describe('inter-coder agreement, two coders end to end', () => {
  it('the student saves the demo project as a project file; the second coder codes their copy', async () => {
    const { page } = app;
    const sample = await buildSampleInNode(SLUG);
    await page.getByTestId(`open-sample-${SLUG}`).click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    await page.getByTestId('nav-backups').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('save-project-file').click();
    student = readQdpx(new Uint8Array(await readFile((await (await download).path())!))).snapshot;
    secondFile = join(dir, 'rina.qdpx');
    await writeFile(secondFile, writeQdpx(secondCodersVersion(student)));
    codeId = student.codes.find((c) => c.label.id === CODE)!.id;
  });

  it("imports the second coder's file as one undoable step and names what it placed", async () => {
    const { page } = app;
    await page.getByTestId('nav-agreement').click();
    await page.getByTestId('agreement-need-two').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('agreement-import').click();
    await (await chooser).setFiles(secondFile);
    const name = page.getByTestId('agreement-import-name');
    await expect.poll(() => name.inputValue()).toBe(SECOND);
    await page.getByTestId('agreement-import-confirm').click();
    const summary = page.getByTestId('agreement-import-summary');
    await summary.waitFor();

    const imported = importSecondCoder(stateFromSnapshot(student), readQdpx(new Uint8Array(await readFile(secondFile))).snapshot, { name: SECOND });
    expected = applyChangeset(stateFromSnapshot(student), imported.changeset);
    secondCoderId = imported.coderId;
    expect(await summary.textContent()).toContain(t('agreement:importDone', { count: imported.report.segmentsImported, documents: imported.report.matchedDocuments.length }));
    await summary.getByRole('button').last().click();
  });

  it('shows per code and overall what agreementReport computes, at character and segment level', async () => {
    const { page } = app;
    const report = agreementReport(expected, null, secondCoderId, { locale });
    expect(report.codes.length).toBeGreaterThan(10);
    await expect.poll(() => figuresOf(page, 'agreement-codes-character', codeId)).toEqual(shown(report, 'character', codeId));
    expect(shown(report, 'character', codeId)[0]).not.toBe(formatPercent(locale, 100));
    // A code the two coded alike.
    const alike = report.character.codes.find((r) => r.figures.kappa === 1)!.codeId;
    expect(await figuresOf(page, 'agreement-codes-character', alike)).toEqual(shown(report, 'character', alike));
    const overall = await figuresOf(page, 'agreement-codes-character', 'overall');
    expect(overall).toEqual([formatPercent(locale, report.character.overall.percentAgreement), formatCoefficient(locale, report.character.overall.kappa)]);
    expect(await page.getByTestId('agreement-formulas').first().textContent()).toContain(report.formulas.character[1]);

    const firstDocument = report.documents[0]!.id;
    const perDocument = report.character.byDocument[0]!;
    expect(await figuresOf(page, 'agreement-documents-character', firstDocument)).toEqual([formatPercent(locale, perDocument.percentAgreement), formatCoefficient(locale, perDocument.kappa)]);

    await page.getByTestId('agreement-tab-segment').click();
    await expect.poll(() => figuresOf(page, 'agreement-codes-segment', codeId)).toEqual(shown(report, 'segment', codeId));
    expect(await page.getByTestId('agreement-formulas').first().textContent()).toContain('90%');
    // A lower threshold: 90% → 40% with the keyboard, ten steps of 5; the segment cut in half now matches.
    await page.getByTestId('agreement-threshold').getByRole('slider').focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    const lenient = agreementReport(expected, null, secondCoderId, { locale, threshold: 40 });
    await expect.poll(() => figuresOf(page, 'agreement-codes-segment', codeId)).toEqual(shown(lenient, 'segment', codeId));
    expect(shown(lenient, 'segment', codeId)).not.toEqual(shown(report, 'segment', codeId));
    expect(await page.getByTestId('agreement-formulas').first().textContent()).toContain('40%');
    await page.getByTestId('agreement-tab-character').click();
  });

  it("shows where the coders differ and accepting the second coder's side raises agreement on the code", async () => {
    const { page } = app;
    const before = agreementReport(expected, null, secondCoderId, { locale });
    const differences = listDisagreements(expected, null, secondCoderId, codeId);
    expect(differences).toHaveLength(3);
    await row(page, 'agreement-codes-character', codeId).click();
    const drawer = page.getByTestId('agreement-differences');
    await expect.poll(() => drawer.getByTestId('agreement-difference').count()).toBe(3);
    const first = drawer.getByTestId('agreement-difference').first();
    // Side by side: the student coded the whole passage, the second coder half of it.
    const document = expected.documents[differences[0]!.documentId]!;
    expect(await first.getByTestId('agreement-side-a').textContent()).toContain(document.text.slice(differences[0]!.start, differences[0]!.end));

    await first.getByTestId('agreement-accept-b').click();
    await expect.poll(() => drawer.getByTestId('agreement-difference').count()).toBe(2);
    const after = agreementReport(applyChangeset(expected, acceptCoding(expected, differences[0]!, null, secondCoderId, 'b')), null, secondCoderId, { locale });
    await page.screenshot({ path: join(dir, 'differences.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);
    await expect.poll(() => figuresOf(page, 'agreement-codes-character', codeId)).toEqual(shown(after, 'character', codeId));
    const rise = after.character.codes.find((r) => r.codeId === codeId)!.figures.percentAgreement - before.character.codes.find((r) => r.codeId === codeId)!.figures.percentAgreement;
    expect(rise).toBeGreaterThan(0);
    expect(await figuresOf(page, 'agreement-codes-character', codeId)).not.toEqual(shown(before, 'character', codeId));
    await page.screenshot({ path: join(dir, 'tables.png'), fullPage: true });

    // Undo gives the coders their own codings back, and the first figures return.
    await page.getByTestId('undo').click();
    await expect.poll(() => figuresOf(page, 'agreement-codes-character', codeId)).toEqual(shown(before, 'character', codeId));
    // A passage opens the transcript there, on the student's segment.
    await row(page, 'agreement-codes-character', codeId).click();
    await drawer.getByTestId('agreement-open-transcript').first().click();
    await page.getByTestId('segment-inspector').waitFor();
    const opened = differences[0]!.segmentsA[0]!;
    expect(await page.getByTestId('segment-quote').textContent()).toContain(document.text.slice(opened.start, opened.end).slice(0, 40));

    // A coder can hide the other coder's codings in the transcript (to code blind) and show them again.
    const both = differences.findIndex((d) => d.segmentsA.length > 0 && d.segmentsB.length > 0);
    expect(both).toBeGreaterThan(-1);
    await page.getByTestId('nav-agreement').click();
    await row(page, 'agreement-codes-character', codeId).click();
    await drawer.getByTestId('agreement-open-transcript').nth(both).click();
    await page.getByTestId('segment-inspector').waitFor();
    const coderOf = await storedCoders(page);
    const shownCoders = async () =>
      (await page.locator('[data-testid^="stripe-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.slice(7, 43)))).map((id) => coderOf.get(id) ?? null);
    expect(await shownCoders()).toContain(secondCoderIdInApp(coderOf));
    await page.getByTestId('show-others-codings').click();
    await expect.poll(async () => (await shownCoders()).filter((c) => c !== null)).toEqual([]);
    await page.getByTestId('show-others-codings').click();
    await expect.poll(shownCoders).toContain(secondCoderIdInApp(coderOf));

    // Undoing the import removes the second coder and every one of their codings.
    await page.getByTestId('undo').click();
    await page.getByTestId('nav-agreement').click();
    await page.getByTestId('agreement-need-two').waitFor();
    expect(app.errors).toEqual([]);
  });
});

/** Each stored segment's coder (null = the owner), read from the app's IndexedDB. */
async function storedCoders(page: Page): Promise<Map<string, string | null>> {
  const rows = await page.evaluate(
    () =>
      new Promise<[string, string | null][]>((resolve, reject) => {
        const open = indexedDB.open('pilah');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('segments').objectStore('segments').getAll();
          request.onsuccess = () => resolve((request.result as { id: string; coderId: string | null }[]).map((s) => [s.id, s.coderId ?? null]));
          request.onerror = () => reject(request.error);
        };
      }),
  );
  return new Map(rows);
}

/** The one coder id other than the owner's among the stored segments. */
function secondCoderIdInApp(coders: Map<string, string | null>): string {
  const ids = new Set([...coders.values()].filter((id): id is string => id !== null));
  expect(ids.size).toBe(1);
  return [...ids][0]!;
}
