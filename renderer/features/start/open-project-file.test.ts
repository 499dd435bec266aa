import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeQdpx } from '../../../shared/refi';
import { makeSnapshot } from '../../testing/fixtures';
import { needsReview, readProjectFile } from './open-project-file';

const FOREIGN = zipSync({
  'Project.qde': strToU8(`<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:codebook:1:0" name="Dari ATLAS" origin="ATLAS.ti 8.4.0">
  <CodeBook><Codes><Code guid="A0000000-0000-4000-8000-000000000001" name="Anggaran::Keterbatasan" isCodable="true"/></Codes></CodeBook>
  <Sources><PictureSource guid="A0000000-0000-4000-8000-000000000002" name="foto.jpg" path="internal://foto.jpg"/></Sources>
</Project>`),
});

describe('opening a project file', () => {
  it('reads a real .qdpx into a copy with fresh ids and the same content, opened without a question', async () => {
    const original = makeSnapshot('p1');
    const result = await readProjectFile({ name: 'proyek.qdpx', bytes: writeQdpx(original) }, 'id');
    if (!result.ok) throw new Error(result.message);
    expect(result.snapshot.project.id).not.toBe(original.project.id);
    expect(result.snapshot.project.title).toBe(original.project.title);
    expect(result.snapshot.documents.map((d) => d.text)).toEqual(original.documents.map((d) => d.text));
    const [segment] = result.snapshot.segments;
    expect(segment?.documentId).toBe(result.snapshot.documents[0]!.id);
    expect([segment?.start, segment?.end]).toEqual([original.segments[0]!.start, original.segments[0]!.end]);
    expect(result.warnings).toEqual([]);
    expect(needsReview(result)).toBe(false);
  });

  it('says which program made another tool’s file and lists what it left out, in the user’s language', async () => {
    const result = await readProjectFile({ name: 'atlas.qdpx', bytes: FOREIGN }, 'id');
    if (!result.ok) throw new Error(result.message);
    expect(result.producer.id).toBe('atlasti');
    expect(result.warnings).toContain('1 sumber gambar dilewati: Pilah hanya membuka transkrip teks.');
    expect(needsReview(result)).toBe(true);
  });

  it('explains a file that is not a project file, naming it', async () => {
    const result = await readProjectFile({ name: 'skripsi.qdpx', bytes: new TextEncoder().encode('bukan arsip') }, 'id');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('skripsi.qdpx');
    expect(needsReview(result)).toBe(true);
  });
});
