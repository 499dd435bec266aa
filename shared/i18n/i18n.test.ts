import { describe, expect, it } from 'vitest';
import { namespaces, translate } from './index';

describe('locales', () => {
  for (const [name, ns] of Object.entries(namespaces)) {
    it(`${name}: Indonesian and English have the same keys, none empty`, () => {
      expect(Object.keys(ns.en).sort()).toEqual(Object.keys(ns.id).sort());
      for (const [key, value] of [...Object.entries(ns.id), ...Object.entries(ns.en)]) {
        expect(value.trim(), `${name}:${key}`).not.toBe('');
      }
    });
  }

  it('translates with placeholders and falls back to the key', () => {
    expect(translate('en', 'common:undo')).toBe('Undo');
    expect(translate('id', 'common:undo')).toBe('Urungkan');
    expect(translate('id', 'common:no-such-key')).toBe('common:no-such-key');
  });
});
