import 'fake-indexeddb/auto';
import { Document as DocxDocument, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PickedFile } from '../../../shared/ipc-contract';
import { applyChangeset, stateFromSnapshot } from '../../../shared/model/changeset';
import { PilahDatabase } from '../../db/database';
import { ProjectRepository } from '../../db/project-repository';
import { createAppStore } from '../../store';
import { makeSnapshot } from '../../testing/fixtures';
import { importChangeset, importFiles, readTranscripts } from './import-files';

async function docxFile(name: string, lines: string[]): Promise<PickedFile> {
  const doc = new DocxDocument({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return { name, bytes: new Uint8Array(await Packer.toBuffer(doc)) };
}
const textFile = (name: string, text: string): PickedFile => ({ name, bytes: new TextEncoder().encode(text) });

let files: PickedFile[];
beforeEach(async () => {
  files = [
    await docxFile('Wawancara Kepala Bidang.docx', ['Nama: Hendra Wijaya', 'Jabatan: Kepala Bidang UMKM', 'P: Bagaimana program pelatihan berjalan?', 'I: Pelatihan kami adakan setiap bulan.']),
    { name: 'catatan-lama.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) },
    textFile('Wawancara Pelaku UMKM.txt', '\uFEFFP: Apakah Ibu ikut pelatihan?\r\nI: Ya, dua kali tahun ini.\r\n'),
  ];
});

describe('importing several transcripts', () => {
  it('adds every readable file in one changeset and explains the ones that failed', async () => {
    const state = stateFromSnapshot(makeSnapshot('p1'));
    const progress: string[] = [];
    const { changeset, results } = await importFiles(files, state, {
      locale: 'id',
      onProgress: (i, r) => progress.push(`${i}:${r.status}`),
    });
    expect(results.map((r) => r.status)).toEqual(['done', 'error', 'done']);
    expect(results[1]!.message).toContain('catatan-lama.doc');
    expect(progress).toEqual(['0:importing', '0:done', '1:importing', '1:error', '2:importing', '2:done']);

    const after = applyChangeset(state, changeset!);
    const added = Object.values(after.documents).filter((d) => !state.documents[d.id]);
    expect(added.map((d) => d.title).sort()).toEqual(['Wawancara Kepala Bidang', 'Wawancara Pelaku UMKM']);
    const txt = added.find((d) => d.sourceFileName.endsWith('.txt'))!;
    expect(txt.text.startsWith('P: Apakah Ibu ikut pelatihan?\nI: Ya')).toBe(true); // BOM and CR gone
    expect(added.find((d) => d.sourceFileName.endsWith('.docx'))!.text).toContain('Pelatihan kami adakan setiap bulan.');
    expect(added.every((d) => d.informantId && after.informants[d.informantId])).toBe(true);
  });

  it('refuses a dropped file by its size without reading it, and imports the others', async () => {
    let reads = 0;
    const huge = { name: 'rekaman-besar.txt', size: 200 * 1024 * 1024, read: async () => (reads++, new Uint8Array(1)) };
    const small = { name: 'kecil.txt', size: 20, read: async () => (reads++, new TextEncoder().encode('P: Halo.\nI: Halo juga.')) };
    const { imported, results } = await readTranscripts([huge, small], { locale: 'en' });
    expect(reads).toBe(1);
    expect(results.map((r) => r.status)).toEqual(['error', 'done']);
    expect(results[0]!.message).toBe(
      'The file "rekaman-besar.txt" is too large (over 20 MB); split the transcript into several files or remove its images, then import it again.',
    );
    expect(imported.map((t) => t.fileName)).toEqual(['kecil.txt']);
  });

  it('tells the user a .txt was read as Windows-1252', async () => {
    const bytes = Uint8Array.from('P: Caf\xe9 \x93Maju\x94?\nI: Ya.', (c) => c.charCodeAt(0));
    const { results } = await readTranscripts([{ name: 'lama.txt', bytes }, files[2]!], { locale: 'en' });
    expect(results[0]).toMatchObject({ status: 'done', notice: expect.stringMatching(/^The file "lama\.txt" is not valid UTF-8, so it was read as Windows-1252/) });
    expect(results[1]!.notice).toBeUndefined();
  });

  it('when no file can be read, there is nothing to add', async () => {
    const { imported, results } = await readTranscripts([files[1]!, textFile('kosong.txt', '')], { locale: 'en' });
    expect(results.every((r) => r.status === 'error' && r.message)).toBe(true);
    expect(importChangeset(stateFromSnapshot(makeSnapshot('p1')), imported)).toBeNull();
  });

  describe('through the store', () => {
    let db: PilahDatabase;
    afterEach(() => db.delete());

    it('one undo removes the whole import, in memory and on disk', async () => {
      db = new PilahDatabase(`test-${crypto.randomUUID()}`);
      const repo = new ProjectRepository(db);
      const store = createAppStore(() => repo);
      await store.getState().addProject(makeSnapshot('p1'));
      const { imported } = await readTranscripts(files, { locale: 'id' });
      await store.getState().perform('importTranscripts', (s) => importChangeset(s, imported) ?? {});
      expect(Object.keys(store.getState().current!.documents)).toHaveLength(3);
      expect(await db.documents.where('projectId').equals('p1').count()).toBe(3);

      await store.getState().undo();
      expect(Object.keys(store.getState().current!.documents)).toEqual(['p1-d1']);
      expect(await db.documents.where('projectId').equals('p1').count()).toBe(1);
      expect(await db.informants.where('projectId').equals('p1').count()).toBe(1);
    });
  });
});

describe('importing fieldwork photos beside transcripts', () => {
  it('adds a photo as documentation after the transcripts, and refuses a text named .jpg in one sentence', async () => {
    const { readFileSync } = await import('node:fs');
    const jpg = new Uint8Array(readFileSync(new URL('../../../test/fixtures/pictures/plain.jpg', import.meta.url)));
    const state = stateFromSnapshot(makeSnapshot('p1'));
    const { changeset, results } = await importFiles(
      [files[0]!, { name: 'Rapat anggota.jpg', bytes: jpg }, textFile('palsu.JPG', 'bukan foto')],
      state,
      { locale: 'en' },
    );
    expect(results.map((r) => r.status)).toEqual(['done', 'done', 'error']);
    expect(results[2]!.message).toBe(
      'The file "palsu.JPG" is not a JPG or PNG photo (its content is another format even though its name says photo); save it again as .jpg or .png, then import it again.',
    );
    const after = applyChangeset(state, changeset!);
    const added = Object.values(after.documents).filter((d) => !state.documents[d.id]).sort((a, b) => a.order - b.order);
    expect(added.map((d) => [d.title, d.medium ?? 'text'])).toEqual([
      ['Wawancara Kepala Bidang', 'text'],
      ['Rapat anggota', 'picture'],
    ]);
    expect(added[1]).toMatchObject({ kind: 'document', text: 'Rapat anggota', picture: { width: 64, height: 48, caption: 'Rapat anggota' }, original: { mediaType: 'image/jpeg' } });
    expect(added[1]!.original!.bytes).toEqual(jpg);
  });
});
