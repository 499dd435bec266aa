/**
 * The Dokumentasi penelitian lampiran, read back from the .docx: each photo's image part holds
 * the photo's own bytes, placed as wide as the page's text with its aspect kept, under it
 * "Gambar N. <caption>" in order with the date, place and informant; and a project without
 * photos leaves the part out, the export dialog saying why.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyChangeset, type ProjectState } from '../model/changeset';
import { addImportedPictures, updatePicture } from '../project/pictures';
import { readPicture } from '../import/picture';
import { buildAppendix } from './build';
import { DEFAULT_APPENDIX_FORMAT, textWidthTwips } from './format';
import { describeAppendixParts, partsToWrite } from './parts';
import { readDocx } from './read-docx';
import { handMadeProject, NOW } from './test-support';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../test/fixtures/pictures/${name}`, import.meta.url)));
const JPG = fixture('plain.jpg');
const PNG = fixture('plain.png');
const EMU_PER_PIXEL = 9525;

function withPhotos(): { state: ProjectState; kabidName: string } {
  const { state, kabid } = handMadeProject();
  const added = addImportedPictures(state, [readPicture({ name: 'rapat.jpg', bytes: JPG }), readPicture({ name: 'papan.png', bytes: PNG })], NOW);
  let next = applyChangeset(state, added.changeset);
  const [rapat, papan] = added.documentIds as [string, string];
  next = applyChangeset(next, updatePicture(next, rapat, { caption: 'Rapat anggota koperasi', date: '2023-11-14', place: 'Balai Desa Randuwangi', informantId: kabid.id }));
  next = applyChangeset(next, updatePicture(next, papan, { caption: 'Papan informasi program' }));
  return { state: next, kabidName: kabid.name };
}

describe('Dokumentasi penelitian', () => {
  it('places each photo with its own bytes, page-wide with its aspect kept, captioned Gambar N in order', async () => {
    const { state, kabidName } = withPhotos();
    const bytes = await buildAppendix(state, { parts: ['transcripts', 'pictures'], locale: 'id', now: NOW });
    const files = unzipSync(bytes);
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    const stored = media.map((name) => files[name]!);
    expect(stored.some((b) => b.length === JPG.length && b.every((x, i) => x === JPG[i]))).toBe(true);
    expect(stored.some((b) => b.length === PNG.length && b.every((x, i) => x === PNG[i]))).toBe(true);

    const docx = readDocx(bytes);
    const texts = docx.paragraphs.map(([, text]) => text);
    expect(texts).toContain('Lampiran 2. Dokumentasi penelitian');
    const captions = texts.filter((t) => t.startsWith('Gambar '));
    expect(captions).toEqual(['Gambar L2.1. Rapat anggota koperasi', 'Gambar L2.2. Papan informasi program']);
    expect(texts).toContain(`Tanggal: 14 November 2023; Tempat: Balai Desa Randuwangi; Informan/lokasi: ${kabidName} (I1)`);
    // The photos are not printed again as transcripts.
    expect(docx.tables.some((t) => t.rows.some((r) => r.some((c) => c.text === 'Rapat anggota koperasi')))).toBe(false);

    const extents = [...strFromU8(files['word/document.xml']!).matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m): [number, number] => [Number(m[1]), Number(m[2])]);
    const textWidth = Math.floor(textWidthTwips(DEFAULT_APPENDIX_FORMAT, 'portrait') / 15) * EMU_PER_PIXEL;
    expect(extents).toHaveLength(2);
    for (const [cx] of extents) expect(cx).toBe(textWidth);
    expect(extents[0]![1] / extents[0]![0]).toBeCloseTo(48 / 64, 2);
    expect(extents[1]![1] / extents[1]![0]).toBeCloseTo(30 / 40, 2);
  });

  it('turns a sideways camera photo itself (Word and LibreOffice ignore EXIF), undistorted and page-wide', async () => {
    const { state } = handMadeProject();
    const sideways = fixture('sideways-exif6.jpg');
    const photo = readPicture({ name: 'papan.jpg', bytes: sideways });
    expect([photo.width, photo.height]).toEqual([120, 240]);
    const bytes = await buildAppendix(applyChangeset(state, addImportedPictures(state, [photo], NOW).changeset), { parts: ['pictures'], locale: 'id', now: NOW });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    // The stored picture lies down (240 × 120) and is drawn turned a quarter clockwise.
    expect(xml).toContain('<a:xfrm rot="5400000">');
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml)!.map(Number) as [number, number, number];
    expect(cx / cy).toBeCloseTo(240 / 120, 2);
    // Turned, it is as tall as the frame is wide, and no wider than the text.
    expect(cy).toBeLessThanOrEqual(Math.floor(textWidthTwips(DEFAULT_APPENDIX_FORMAT, 'portrait') / 15) * EMU_PER_PIXEL);
  });

  it('numbers the figures "Figure 1.1" in English with lettered-off chapter numbering', async () => {
    const { state } = withPhotos();
    const bytes = await buildAppendix(state, { parts: ['pictures'], locale: 'en', now: NOW, format: { tableNumbering: 'chapter', chapter: '4' } });
    expect(readDocx(bytes).paragraphs.map(([, t]) => t).filter((t) => t.startsWith('Figure '))).toEqual(['Figure 4.1. Rapat anggota koperasi', 'Figure 4.2. Papan informasi program']);
  });

  it('is left out of a project without photos, and the export dialog says why', () => {
    const { state } = handMadeProject();
    expect(partsToWrite(state, ['transcripts', 'pictures'])).toEqual(['transcripts']);
    const info = describeAppendixParts('id', state).find((p) => p.id === 'pictures')!;
    expect(info).toMatchObject({ label: 'Dokumentasi penelitian', hasData: false, emptyNote: 'Belum ada foto lapangan.' });
    expect(describeAppendixParts('id', withPhotos().state).find((p) => p.id === 'pictures')!.hasData).toBe(true);
  });
});
