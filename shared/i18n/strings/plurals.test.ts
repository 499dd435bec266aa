/**
 * English counts read "1 segment", not "1 segments": i18next (as the renderer sets it up)
 * picks a key's `_one` form for a count of one. Indonesian nouns do not change.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { namespaces, resources, translate } from '../index';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({ resources: resources(), lng: 'en', ns: Object.keys(namespaces), keySeparator: false, interpolation: { escapeValue: false } });
});

describe('plural forms', () => {
  it('uses the singular in English for one and the plural for more', () => {
    const en = i18n.getFixedT('en');
    expect(en('conclusions:picker.link', { count: 1 })).toBe('Link 1 segment');
    expect(en('conclusions:picker.link', { count: 2 })).toBe('Link 2 segments');
    expect(en('conclusions:warnings.one-group', { code: 'Training', group: 'ASN', count: 1 })).toBe('Training is supported by the ASN group only (1 segment).');
    expect(en('common:nav.dataProgress', { count: 1 })).toBe('1 document');
    expect(en('start:segmentCount', { count: 1 })).toBe('1 segment');
  });

  it('chooses the same plural forms outside React (CLI, main, exports) as i18next does', () => {
    for (const count of [0, 1, 2, 5]) {
      for (const key of ['cli:importedPhotos', 'cli:importedTranscripts', 'start:segmentCount']) {
        expect(translate('en', key, { count })).toBe(i18n.getFixedT('en')(key, { count }));
        expect(translate('id', key, { count })).toBe(i18n.getFixedT('id')(key, { count }));
      }
    }
    expect(translate('en', 'cli:importedPhotos', { count: 1 })).toBe('1 photo');
    expect(translate('en', 'cli:importedPhotos', { count: 2 })).toBe('2 photos');
  });

  it('keeps the one Indonesian form whatever the count', () => {
    const id = i18n.getFixedT('id');
    expect(id('conclusions:picker.link', { count: 1 })).toBe('Tautkan 1 segmen');
    expect(id('conclusions:picker.link', { count: 3 })).toBe('Tautkan 3 segmen');
  });

});
