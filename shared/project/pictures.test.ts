/**
 * A photo's details and codings as the student edits them: the caption is the photo's text,
 * so a new caption carries every coding of the photo along (still the whole photo), an empty
 * caption is refused, and date, place and informant change without touching the codings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyChangeset, stateFromSnapshot } from '../model/changeset';
import { readPicture } from '../import/picture';
import { applyCodes } from './coding';
import { createProject } from './create-project';
import { DomainError } from './errors';
import { addImportedPictures, updatePicture, wholePicture } from './pictures';

const JPG = new Uint8Array(readFileSync(new URL('../../test/fixtures/pictures/plain.jpg', import.meta.url)));
const NOW = '2024-02-01T08:00:00.000Z';

function photoProject() {
  let state = stateFromSnapshot(createProject({ title: 'Foto', frameworks: ['empowerment'] }, NOW));
  const added = addImportedPictures(state, [readPicture({ name: 'IMG_0412.jpg', bytes: JPG })], NOW);
  state = applyChangeset(state, added.changeset);
  const id = added.documentIds[0]!;
  const code = Object.values(state.codes).find((c) => c.parentId !== null)!;
  const coded = applyCodes(state, { documentId: id, ...wholePicture(state.documents[id]!), codeIds: [code.id] }, NOW);
  return { state: applyChangeset(state, coded.changeset), id, segmentId: coded.segmentId };
}

describe('photos in a project', () => {
  it('adds a photo as documentation, captioned with its file title, with its pixel size and bytes', () => {
    const { state, id } = photoProject();
    expect(state.documents[id]).toMatchObject({
      kind: 'document',
      medium: 'picture',
      title: 'IMG_0412',
      text: 'IMG_0412',
      informantId: null,
      picture: { caption: 'IMG_0412', date: '', place: '', width: 64, height: 48 },
      original: { mediaType: 'image/jpeg', bytes: JPG },
    });
  });

  it('stretches the codings over a new caption, so they still cover the whole photo', () => {
    const { state, id, segmentId } = photoProject();
    const next = applyChangeset(state, updatePicture(state, id, { caption: '  Papan   informasi program di kantor dinas ' }));
    expect(next.documents[id]!.text).toBe('Papan informasi program di kantor dinas');
    expect(next.documents[id]!.picture!.caption).toBe('Papan informasi program di kantor dinas');
    expect(next.segments[segmentId]).toMatchObject({ start: 0, end: 'Papan informasi program di kantor dinas'.length });
  });

  it('changes date, place and informant without touching the codings, and refuses an empty caption', () => {
    const { state, id, segmentId } = photoProject();
    const informantId = crypto.randomUUID();
    const withInformant = applyChangeset(state, {
      put: { informants: [{ id: informantId, projectId: state.project.id, label: 'I1', name: 'Bu Sri', position: '', category: '', group: '', interviewDate: '', place: '', attributes: {}, memo: '', order: 0 }] },
    });
    const changes = updatePicture(withInformant, id, { date: '2023-11-14', place: 'Balai desa', informantId });
    expect(changes.put?.segments).toBeUndefined();
    const next = applyChangeset(withInformant, changes);
    expect(next.documents[id]).toMatchObject({ informantId, picture: { date: '2023-11-14', place: 'Balai desa', caption: 'IMG_0412' } });
    expect(next.segments[segmentId]).toEqual(state.segments[segmentId]);
    expect(() => updatePicture(state, id, { caption: '   ' })).toThrow(DomainError);
    expect(updatePicture(state, id, { place: '' })).toEqual({});
  });
});
