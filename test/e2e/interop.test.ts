/**
 * Data exchange on the backups screen, in Debian's Chromium against the built renderer: a
 * student exports a demo project as a standard-only .qdpx (a download), which validates
 * against Project.xsd, holds no Pilah extras and reads back with its codes and segments;
 * then imports a CSV codebook whose new codes appear in the codebook tree, as one step that
 * one undo takes back; exports the codebook as .qdc (valid against Codebook.xsd), CSV and
 * Excel, the .qdc and the workbook adding nothing when imported back; a CSV with a bad row is refused with the row named
 * and nothing added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './support/browser';
import { buildSampleInNode } from './support/samples';
import { validateAgainstXsd } from '../support/xsd';
import { readQdpx } from '../../shared/refi';
import { readQdc } from '../../shared/refi/read-qdc';
import { readCodebookCsv } from '../../shared/codebook-io';
import { readCodebookXlsx } from '../../shared/codebook-io/xlsx';
import { translate } from '../../shared/i18n';
import { codeLabel } from '../../shared/project';
import type { Locale, ProjectSnapshot } from '../../shared/model/types';

const SLUG = 'koperasi-umkm-kabupaten';
const PROJECT_XSD = new URL('../../../shared/refi-qda/schemas/Project.xsd', import.meta.url).pathname;
const CODEBOOK_XSD = new URL('../../../shared/refi-qda/schemas/Codebook.xsd', import.meta.url).pathname;
const NEW_CODE = 'Literasi keuangan digital';
const NEW_CHILD = 'Pembukuan lewat aplikasi';

let app: AppSession;
let locale: Locale;
let sample: ProjectSnapshot;

beforeAll(async () => {
  sample = await buildSampleInNode(SLUG);
  app = await openApp();
  locale = (await app.page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
});

afterAll(async () => {
  await app?.close();
});

/** The labels shown in the codebook tree. */
const treeLabels = (page: Page) => page.getByRole('treeitem').evaluateAll((items) => items.map((i) => i.querySelector('[title]')?.getAttribute('title') ?? ''));

async function pickCsv(page: Page, name: string, csv: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-codebook').click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
}

describe('data exchange', () => {
  it('opens the demo project at the data-exchange section', async () => {
    const { page } = app;
    await page.getByTestId(`open-sample-${SLUG}`).click();
    await expect.poll(() => page.getByTestId('project-title-header').textContent()).toBe(sample.project.title);
    await page.getByTestId('nav-backups').click();
    await page.getByTestId('interop-section').waitFor();
  });

  it('exports a standard-only .qdpx that validates against Project.xsd and has no Pilah extras', async () => {
    const { page } = app;
    await page.getByTestId('qdpx-standard-only').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-qdpx').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.qdpx$/);
    const bytes = new Uint8Array(await readFile((await file.path())!));
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).not.toContain('pilah/project.json');
    // One file per document, a PDF's text representation beside it, and the research journal's, which travels as a file.
    const pdfs = sample.documents.filter((d) => d.medium === 'pdf').length;
    expect(pdfs).toBe(1);
    expect(Object.keys(entries).filter((n) => n.startsWith('sources/'))).toHaveLength(sample.documents.length + pdfs + (sample.project.journal ? 1 : 0));
    const result = await validateAgainstXsd(new TextDecoder().decode(entries['project.qde']), PROJECT_XSD);
    expect(result.errors).toEqual([]);
    const { snapshot } = readQdpx(bytes);
    expect(snapshot.codes.map((c) => c.label.id).sort()).toEqual(sample.codes.map((c) => codeLabel(c, 'id')).sort());
    expect(snapshot.segments).toHaveLength(sample.segments.length);
    await expect.poll(() => page.getByTestId('interop-notice').textContent()).toContain(file.suggestedFilename());
  });

  it('imports a CSV codebook: new codes appear in the codebook, existing ones merge, one undo takes it back', async () => {
    const { page } = app;
    const existing = codeLabel(sample.codes.find((c) => c.parentId === null)!, 'id');
    const csv = [
      'Nama;Induk;Definisi;Warna',
      `${NEW_CHILD};${NEW_CODE};Mencatat usaha dengan aplikasi;#009E73`,
      `${NEW_CODE};;Kemampuan memakai layanan keuangan daring;#CC79A7`,
      `${existing};;;`,
    ].join('\r\n');
    await pickCsv(page, 'buku-kode.csv', csv);
    await expect
      .poll(() => page.getByTestId('interop-notice').textContent())
      .toContain(translate(locale, 'interop:import-done', { file: 'buku-kode.csv', added: 2, merged: 1 }));

    await page.getByTestId('nav-coding').click();
    await page.getByTestId('codebook-tree').waitFor();
    await expect.poll(() => treeLabels(page)).toEqual(expect.arrayContaining([NEW_CODE, NEW_CHILD, existing]));
    expect((await treeLabels(page)).filter((l) => l === existing)).toHaveLength(1);

    await page.getByTestId('undo').click();
    await expect.poll(async () => (await treeLabels(page)).filter((l) => l === NEW_CODE || l === NEW_CHILD)).toEqual([]);
  });

  it('exports the codebook as .qdc, CSV and Excel, and importing the .qdc or the workbook back adds nothing', async () => {
    const { page } = app;
    await page.getByTestId('nav-backups').click();
    const qdcDownload = page.waitForEvent('download');
    await page.getByTestId('export-codebook-qdc').click();
    const qdcPath = (await (await qdcDownload).path())!;
    const qdc = await readFile(qdcPath);
    expect((await validateAgainstXsd(qdc.toString('utf8'), CODEBOOK_XSD)).errors).toEqual([]);
    expect(readQdc(new Uint8Array(qdc)).codes).toHaveLength(sample.codes.length);

    const csvDownload = page.waitForEvent('download');
    await page.getByTestId('export-codebook-csv').click();
    const csv = await readFile((await (await csvDownload).path())!);
    expect(readCodebookCsv(new Uint8Array(csv)).map((r) => r.name).sort()).toEqual(sample.codes.map((c) => codeLabel(c, locale)).sort());

    const xlsxDownload = page.waitForEvent('download');
    await page.getByTestId('export-codebook-xlsx').click();
    const xlsx = await readFile((await (await xlsxDownload).path())!);
    expect((await readCodebookXlsx(new Uint8Array(xlsx))).map((r) => r.name).sort()).toEqual(sample.codes.map((c) => codeLabel(c, locale)).sort());

    const taguetteDownload = page.waitForEvent('download');
    await page.getByTestId('export-codebook-taguette').click();
    const taguette = await taguetteDownload;
    expect(taguette.suggestedFilename()).toMatch(/\(Taguette\)\.csv$/);
    const taguetteCsv = await readFile((await taguette.path())!);
    expect(new TextDecoder().decode(taguetteCsv).split('\r\n')[0]).toBe('tag,parent,description,number of highlights');

    for (const [name, buffer] of [['kembali.qdc', qdc], ['kembali.xlsx', xlsx], ['kembali-taguette.csv', taguetteCsv]] as const) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('import-codebook').click();
      await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
      await expect.poll(() => page.getByTestId('interop-notice').textContent()).toContain(translate(locale, 'interop:import-nothing', { file: name }));
    }
  });

  it('refuses a CSV with a bad row, names the row, and adds nothing', async () => {
    const { page } = app;
    await page.getByTestId('nav-backups').click();
    await pickCsv(page, 'salah.csv', ['Name,Parent,Colour', `${NEW_CODE},,#0072B2`, 'Anak,Tidak ada,#0072B2'].join('\n'));
    await expect.poll(() => page.getByTestId('interop-problems').textContent()).toContain(translate(locale, 'interop:row-unknown-parent', { row: 3, value: 'Tidak ada' }));
    await page.getByTestId('nav-coding').click();
    await page.getByTestId('codebook-tree').waitFor();
    expect(await treeLabels(page)).not.toContain(NEW_CODE);
  });
});
