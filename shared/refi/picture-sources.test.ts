/**
 * Photos in the project file: written as REFI-QDA PictureSources (valid against Project.xsd)
 * with the image itself in sources/, read back exactly by Pilah, read by caption and coding
 * from a file without Pilah's extras, and another tool's photo regions read as codings of
 * the whole photo.
 */
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateAgainstXsd } from '../../test/support/xsd';
import type { Document, ProjectSnapshot, Segment } from '../model/types';
import { guidForId } from './guid';
import { importQdpx } from './import-qdpx';
import { readQdpx } from './read-qdpx';
import { writeQdpx } from './write-qdpx';
import { childNamed, childrenNamed, itemsIn, parseXmlTree } from './xml-tree';
import { CODE, INFORMANT, PROJECT_ID, realisticProject } from './testing/realistic-project';

const PROJECT_XSD = new URL('../../../shared/refi-qda/schemas/Project.xsd', import.meta.url).pathname;
const PNG = new Uint8Array(readFileSync(new URL('../../test/fixtures/pictures/plain.png', import.meta.url)));
const JPG = new Uint8Array(readFileSync(new URL('../../test/fixtures/pictures/plain.jpg', import.meta.url)));
const utf8 = new TextDecoder();
const PHOTO_ID = 'f0f00000-7777-4a00-8000-000000000001';
const CAPTION = 'Rapat anggota koperasi di balai desa';

function withPhoto(): ProjectSnapshot {
  const s = realisticProject();
  const photo: Document = {
    id: PHOTO_ID,
    projectId: PROJECT_ID,
    informantId: INFORMANT.budi,
    title: 'Rapat anggota',
    kind: 'document',
    text: CAPTION,
    turns: [],
    sourceFileName: 'IMG_2031.png',
    memo: 'Peserta rapat lebih banyak perempuan.',
    importedAt: '2026-09-02T09:00:00.000Z',
    order: 5,
    medium: 'picture',
    picture: { caption: CAPTION, date: '2024-03-15', place: 'Balai Desa Tlanakan', width: 40, height: 30 },
    original: { mediaType: 'image/png', bytes: PNG },
  };
  const coding: Segment = {
    id: 'f0f00000-7777-4a00-8000-000000000002',
    projectId: PROJECT_ID,
    documentId: PHOTO_ID,
    start: 0,
    end: CAPTION.length,
    codeIds: [CODE.enabling],
    memo: 'Forum musyawarah anggota: bukti pelibatan.',
    reduced: '',
    coderId: null,
    createdAt: '2026-09-02T09:05:00.000Z',
    modifiedAt: '2026-09-02T09:05:00.000Z',
  };
  return { ...s, documents: [...s.documents, photo], segments: [...s.segments, coding] };
}

describe('photos in the project file', () => {
  it('writes a PictureSource with the image in sources/ and a whole-photo PictureSelection, valid against Project.xsd', async () => {
    const files = unzipSync(writeQdpx(withPhoto(), { appVersion: '0.1.0', standardOnly: true }));
    const xml = utf8.decode(files['project.qde']!);
    expect((await validateAgainstXsd(xml, PROJECT_XSD)).errors).toEqual([]);
    const source = itemsIn(parseXmlTree(xml), 'Sources', 'PictureSource');
    expect(source).toHaveLength(1);
    const path = source[0]!.attributes.path!;
    expect(path).toBe(`internal://${guidForId(PHOTO_ID)}.png`);
    expect(files[`sources/${guidForId(PHOTO_ID)}.png`]).toEqual(PNG);
    expect(files[`sources/${guidForId(PHOTO_ID)}.txt`]).toBeUndefined();
    expect(childNamed(childNamed(source[0]!, 'TextDescription')!, 'PlainTextContent')!.text).toBe(CAPTION);
    const selection = childrenNamed(source[0]!, 'PictureSelection');
    expect(selection.map((s) => [s.attributes.firstX, s.attributes.firstY, s.attributes.secondX, s.attributes.secondY])).toEqual([['0', '0', '40', '30']]);
    expect(childNamed(childNamed(selection[0]!, 'Coding')!, 'CodeRef')!.attributes.targetGUID).toBe(guidForId(CODE.enabling));
  });

  it('reads its own file back exactly: image bytes, caption, date, place, informant, memo and coding', () => {
    const written = withPhoto();
    const { snapshot, warnings } = readQdpx(writeQdpx(written, { appVersion: '0.1.0' }));
    expect(warnings).toEqual([]);
    const photo = snapshot.documents.find((d) => d.id === PHOTO_ID)!;
    expect(photo).toEqual(written.documents.find((d) => d.id === PHOTO_ID));
    expect(snapshot.segments.filter((s) => s.documentId === PHOTO_ID)).toEqual(written.segments.filter((s) => s.documentId === PHOTO_ID));
    // The transcripts are as they were.
    expect(snapshot.documents.filter((d) => d.medium !== 'picture').map((d) => d.text)).toEqual(written.documents.filter((d) => d.medium !== 'picture').map((d) => d.text));
  });

  it('opens the photo through the full opener too (the app and pilah import), bytes and all', async () => {
    const { snapshot } = await importQdpx(writeQdpx(withPhoto(), { appVersion: '0.1.0' }));
    expect(snapshot.documents.find((d) => d.id === PHOTO_ID)).toEqual(withPhoto().documents.find((d) => d.id === PHOTO_ID));
  });

  it('reads a standard-only file: the photo with its caption, pixel size and whole-photo coding', () => {
    const { snapshot } = readQdpx(writeQdpx(withPhoto(), { appVersion: '0.1.0', standardOnly: true }));
    const photo = snapshot.documents.find((d) => d.medium === 'picture')!;
    expect(photo).toMatchObject({ text: CAPTION, kind: 'document', picture: { caption: CAPTION, width: 40, height: 30 }, memo: 'Peserta rapat lebih banyak perempuan.' });
    expect(photo.original!.bytes).toEqual(PNG);
    expect(snapshot.segments.filter((s) => s.documentId === photo.id).map((s) => [s.start, s.end, s.memo])).toEqual([[0, CAPTION.length, 'Forum musyawarah anggota: bukti pelibatan.']]);
  });

  it("reads another tool's photo regions as codings of the whole photo, and says when a photo's file is missing", () => {
    const U = 'AAAAAAAA-0000-4000-8000-000000000001';
    const C1 = 'BBBBBBBB-0000-4000-8000-000000000001';
    const C2 = 'BBBBBBBB-0000-4000-8000-000000000002';
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Foreign" origin="QualCoder 3.5">
  <Users><User guid="${U}" name="Rina"/></Users>
  <CodeBook><Codes><Code guid="${C1}" name="Sarana" isCodable="true"/><Code guid="${C2}" name="Partisipasi" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <PictureSource guid="CCCCCCCC-0000-4000-8000-000000000001" name="rapat.jpg" path="internal://rapat.jpg" creatingUser="${U}">
      <PictureSelection guid="DDDDDDDD-0000-4000-8000-000000000001" firstX="1" firstY="2" secondX="20" secondY="30" creatingUser="${U}">
        <Description>kursi penuh</Description>
        <Coding guid="EEEEEEEE-0000-4000-8000-000000000001" creatingUser="${U}"><CodeRef targetGUID="${C1}"/></Coding>
      </PictureSelection>
      <PictureSelection guid="DDDDDDDD-0000-4000-8000-000000000002" firstX="30" firstY="2" secondX="60" secondY="40" creatingUser="${U}">
        <Coding guid="EEEEEEEE-0000-4000-8000-000000000002" creatingUser="${U}"><CodeRef targetGUID="${C2}"/></Coding>
      </PictureSelection>
    </PictureSource>
    <PictureSource guid="CCCCCCCC-0000-4000-8000-000000000002" name="hilang.jpg" path="internal://hilang.jpg">
      <PictureSelection guid="DDDDDDDD-0000-4000-8000-000000000003" firstX="1" firstY="2" secondX="20" secondY="30">
        <Coding guid="EEEEEEEE-0000-4000-8000-000000000003"><CodeRef targetGUID="${C1}"/></Coding>
      </PictureSelection>
    </PictureSource>
  </Sources>
</Project>`;
    const bytes = zipSync({ 'project.qde': new TextEncoder().encode(xml), 'sources/rapat.jpg': JPG });
    const { snapshot, warnings } = readQdpx(bytes, { locale: 'en' });
    expect(snapshot.documents).toHaveLength(1);
    const photo = snapshot.documents[0]!;
    expect(photo).toMatchObject({ title: 'rapat.jpg', text: 'rapat.jpg', medium: 'picture', kind: 'document', picture: { width: 64, height: 48 } });
    const codings = snapshot.segments.filter((s) => s.documentId === photo.id);
    expect(codings).toHaveLength(1);
    expect(codings[0]).toMatchObject({ start: 0, end: photo.text.length, memo: 'kursi penuh' });
    expect(codings[0]!.codeIds.map((id) => snapshot.codes.find((c) => c.id === id)!.label.id).sort()).toEqual(['Partisipasi', 'Sarana']);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'skipped-sources', what: 'PictureSource', count: 1 }),
        expect.objectContaining({ code: 'skipped-media-codings', what: 'PictureSource', count: 1 }),
      ]),
    );
  });
});
