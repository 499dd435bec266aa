/**
 * Bad input in the app, in Debian's Chromium against the built renderer: a student drops a
 * pile of broken files beside a good one, opens a project file that is not one, and drags
 * a transcript onto the drop zone. Each bad file is named in its own sentence, the good
 * file goes in, nothing half-imported is left behind, and one undo takes back only the
 * good import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession, createEmpowermentProject } from './support/browser';
import { describeImportError, ImportError, type ImportErrorCode } from '../../shared/import';
import { describeProjectFileError, readQdpx } from '../../shared/refi';
import type { Locale } from '../../shared/model/types';
import { emptyFile, makeBinaryText, makeLegacyDoc, makeSpreadsheetZip, makeTextlessDocx, makeTruncatedDocx, makeZipBomb } from '../fixtures/hostile-files';

const FIRST = {
  name: 'I1-kepala-bidang.txt',
  text: [
    'Transkrip Wawancara',
    'Nama informan : Ibu Ratna Sari',
    'Jabatan : Kepala Bidang Pemberdayaan UMKM',
    '',
    'P: Bagaimana dinas mengenalkan program pelatihan kepada pelaku usaha?',
    'I: Kami mengumumkan pelatihan lewat grup WhatsApp kecamatan setiap awal bulan.',
  ].join('\n'),
};
const GOOD = {
  name: 'I2-pendamping-lapangan.txt',
  text: [
    'P: Apa kendala pendampingan di lapangan?',
    'I: Pendamping hanya empat orang untuk delapan belas kecamatan, jadi kunjungan ke pelaku usaha jarang.',
  ].join('\n'),
};
const DROPPED = {
  name: 'O1-catatan-lapangan.txt',
  text: 'Catatan lapangan: gelar produk UMKM di alun-alun ramai pengunjung, stan keripik tempe paling laris.',
};

/** The bad files and the problem each one must be reported as. */
const BAD: { name: string; bytes: () => Uint8Array | Promise<Uint8Array>; code: ImportErrorCode }[] = [
  { name: 'wawancara-terpotong.docx', bytes: makeTruncatedDocx, code: 'truncated' },
  { name: 'wawancara-lama.doc', bytes: makeLegacyDoc, code: 'legacy-doc' },
  { name: 'wawancara-kosong.docx', bytes: emptyFile, code: 'empty' },
  { name: 'bom-zip.docx', bytes: makeZipBomb, code: 'zip-bomb' },
  { name: 'foto-bukan-teks.txt', bytes: makeBinaryText, code: 'undecodable' },
  // Two more a student meets: a scan saved as Word (no text) and a workbook renamed to .docx.
  { name: 'hasil-pindaian.docx', bytes: makeTextlessDocx, code: 'no-text' },
  { name: 'rekap-informan.docx', bytes: makeSpreadsheetZip, code: 'not-docx' },
];

const file = (name: string, bytes: Uint8Array, mimeType = 'application/octet-stream') => ({ name, mimeType, buffer: Buffer.from(bytes) });
const text = (t: { name: string; text: string }) => file(t.name, new TextEncoder().encode(t.text), 'text/plain');

let app: AppSession;
let locale: Locale;

const documentTitles = () =>
  app.page.getByTestId('document-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

beforeAll(async () => {
  app = await openApp();
});

afterAll(async () => {
  await app?.close();
});

describe('bad input in the app', () => {
  it('starts a project with one imported transcript', async () => {
    const { page } = app;
    await createEmpowermentProject(page, 'Uji berkas rusak');
    locale = (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';

    await page.getByTestId('nav-data').click();
    await page.getByTestId('import-input').setInputFiles([text(FIRST)]);
    await expect.poll(() => page.getByTestId('import-file').getAttribute('data-status')).toBe('done');
    await expect.poll(documentTitles).toEqual(['I1-kepala-bidang']);
  });

  it('reports each bad file by name, imports the good one, and stays usable', async () => {
    const { page } = app;
    const files = [...(await Promise.all(BAD.map(async (b) => file(b.name, await b.bytes())))), text(GOOD)];
    await page.getByTestId('import-input').setInputFiles(files);

    const rows = page.getByTestId('import-file');
    await expect.poll(() => rows.count()).toBe(files.length);
    // Every file finished: none left waiting or spinning.
    await expect
      .poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))), { timeout: 60_000 })
      .toEqual([...BAD.map(() => 'error'), 'done']);

    for (const [i, bad] of BAD.entries()) {
      const row = rows.nth(i);
      const sentence = describeImportError(new ImportError(bad.code, bad.name), locale);
      expect(sentence).toContain(`"${bad.name}"`);
      expect(await row.textContent(), `row of ${bad.name}`).toContain(sentence);
    }
    expect(await rows.nth(BAD.length).textContent()).toContain(GOOD.name);
    // Exactly the first transcript and the good one: no half-imported documents.
    await expect.poll(documentTitles).toEqual(['I1-kepala-bidang', 'I2-pendamping-lapangan']);
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
    expect(await page.getByTestId('error-banner').count()).toBe(0);

    // The page still works: the good transcript opens for coding.
    await page.getByTestId('document-open').nth(1).click();
    await expect.poll(() => page.getByTestId('transcript-view').textContent()).toContain('delapan belas kecamatan');
    await page.getByTestId('nav-data').click();
    await expect.poll(documentTitles).toHaveLength(2);
  });

  it('takes back only the good import with one undo', async () => {
    const { page } = app;
    await page.getByTestId('undo').click();
    await expect.poll(documentTitles).toEqual(['I1-kepala-bidang']);
    // The first transcript stays, with its informant from the header.
    const informants = await page.getByTestId('informants-table').locator('input, textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(informants).toContain('Ibu Ratna Sari');
    await page.getByTestId('redo').click();
    await expect.poll(documentTitles).toEqual(['I1-kepala-bidang', 'I2-pendamping-lapangan']);
    await page.getByTestId('undo').click();
    await expect.poll(documentTitles).toEqual(['I1-kepala-bidang']);
  });

  it('imports a transcript dropped on the drop zone', async () => {
    const { page } = app;
    const zone = page.getByTestId('import-dropzone');
    const dataTransfer = await page.evaluateHandle(({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/plain' }));
      return transfer;
    }, DROPPED);
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    await expect.poll(documentTitles).toEqual(['I1-kepala-bidang', 'O1-catatan-lapangan']);
    // The progress list now shows this import alone, finished.
    await expect
      .poll(() => page.getByTestId('import-file').evaluateAll((els) => els.map((e) => [e.getAttribute('data-status'), e.textContent ?? ''])))
      .toEqual([['done', expect.stringContaining(DROPPED.name)]]);
  });

  it('refuses a broken project file on the start screen and creates no project', async () => {
    const { page } = app;
    await page.getByTestId('close-project').click();
    await page.getByTestId('start-screen').waitFor();
    await expect.poll(() => page.getByTestId('project-item').count()).toBe(1);

    const name = 'proyek-skripsi-rusak.qdpx';
    const bytes = await makeTruncatedDocx(); // a zip cut off halfway, as an interrupted copy leaves it
    let failure: unknown = null;
    try {
      readQdpx(bytes);
    } catch (err) {
      failure = err;
    }
    expect(failure, 'the shared reader must refuse these bytes').not.toBeNull();

    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-project-file').click();
    await (await chooser).setFiles([file(name, bytes)]);
    const error = page.getByTestId('project-file-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(describeProjectFileError(failure, locale, name));
    expect(await error.textContent()).toContain(name);

    await page.keyboard.press('Escape');
    await expect.poll(() => error.count()).toBe(0);
    await expect.poll(() => page.getByTestId('project-item').count()).toBe(1);
    expect(await page.getByTestId('project-title-header').count()).toBe(0);
    expect(await page.getByTestId('project-item').first().textContent()).toContain('Uji berkas rusak');
  });

  it('showed no errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
