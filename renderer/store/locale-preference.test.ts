import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadLocalePreference, saveLocalePreference } from './locale-preference';

const g = globalThis as { localStorage?: Pick<Storage, 'getItem' | 'setItem'> };
let saved: Map<string, string>;
beforeEach(() => {
  saved = new Map();
  g.localStorage = { getItem: (k) => saved.get(k) ?? null, setItem: (k, v) => void saved.set(k, v) };
});
afterEach(() => {
  delete g.localStorage;
});

it('starts in Indonesian and remembers the language the user chose', () => {
  expect(loadLocalePreference()).toBe('id');
  saveLocalePreference('en');
  expect(loadLocalePreference()).toBe('en');
});

it('ignores a stored value that is not a language of the app', () => {
  saved.set('pilah.locale', 'fr');
  expect(loadLocalePreference()).toBe('id');
});

it('falls back quietly when storage is blocked', () => {
  g.localStorage = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('SecurityError');
    },
  };
  expect(loadLocalePreference()).toBe('id');
  expect(() => saveLocalePreference('en')).not.toThrow();
});
