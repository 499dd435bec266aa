/**
 * PDFs through the app's import path: a documentation PDF goes in with its pages and the file
 * itself (kept on disk, in IndexedDB), a scanned one is refused in one sentence; the student
 * corrects its issuer, date and number as one undoable action.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { updateDocumentSource } from '../../../shared/project';
import { PilahDatabase } from '../../db/database';
import { ProjectRepository } from '../../db/project-repository';
import { createAppStore } from '../../store';
import { makeSnapshot } from '../../testing/fixtures';
import { pdfFixture } from '../../../test/fixtures/pdf';
import { importChangeset, readTranscripts } from './import-files';

const pdf = (fixture: Parameters<typeof pdfFixture>[0], name: string = fixture) => ({ name, bytes: pdfFixture(fixture) });

describe('importing PDFs in the app', () => {
  let db: PilahDatabase;
  afterEach(() => db?.delete());

  it('says a scanned PDF has no text layer, and imports the other file', async () => {
    const { imported, results } = await readTranscripts([pdf('hasil-pindai.pdf', 'SK Bupati (scan).pdf'), pdf('laporan-kinerja.pdf')], { locale: 'id' });
    expect(results.map((r) => r.status)).toEqual(['error', 'done']);
    expect(results[0]!.message).toBe(
      'Berkas "SK Bupati (scan).pdf" tidak memiliki lapisan teks (hasil pindai); Pilah tidak membaca teks dari gambar, jadi cari versi PDF yang teksnya dapat disalin atau ketik ulang isinya sebagai .docx, lalu impor lagi.',
    );
    expect(imported.map((t) => t.fileName)).toEqual(['laporan-kinerja.pdf']);
  });

  it('stores the PDF with its pages and bytes, and edits its source info as one undo step', async () => {
    db = new PilahDatabase(`test-${crypto.randomUUID()}`);
    const repo = new ProjectRepository(db);
    const store = createAppStore(() => repo);
    await store.getState().addProject(makeSnapshot('p1'));
    const { imported } = await readTranscripts([pdf('laporan-kinerja.pdf')], { locale: 'id' });
    await store.getState().perform('importTranscripts', (s) => importChangeset(s, imported) ?? {});
    const added = Object.values(store.getState().current!.documents).find((d) => d.medium === 'pdf')!;
    expect(added).toMatchObject({ kind: 'document', informantId: null });

    const stored = (await db.documents.get(added.id))!;
    expect(stored.pages).toEqual(added.pages);
    expect([...stored.original!.bytes]).toEqual([...pdfFixture('laporan-kinerja.pdf')]);

    await store.getState().perform('editDocumentSource', (s) => updateDocumentSource(s, added.id, { issuer: '  Dinas Koperasi dan UMKM Kabupaten Contoh ', number: '500/123/2023' }));
    expect((await db.documents.get(added.id))!.sourceInfo).toMatchObject({ issuer: 'Dinas Koperasi dan UMKM Kabupaten Contoh', number: '500/123/2023' });
    await store.getState().undo();
    expect((await db.documents.get(added.id))!.sourceInfo!.issuer).toBe('Dinas Koperasi dan Usaha Mikro');
  });
});
