import { describe, expect, it } from 'vitest';
import { devServerUrlFrom, isAppUrl } from './app-origin';

describe('isAppUrl', () => {
  it.each([
    ['app://pilah/index.html', undefined, true],
    ['app://pilah/', undefined, true],
    ['app://pilah/assets/x.js?v=1', undefined, true],
    ['app://pilah.evil/index.html', undefined, false],
    ['app://evil/index.html', undefined, false],
    ['app://user@evil/pilah', undefined, false],
    ['https://pilah/index.html', undefined, false],
    ['file:///index.html', undefined, false],
    ['http://localhost:5173/', undefined, false],
    ['http://localhost:5173/', 'http://localhost:5173/', true],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173/', false],
    ['http://localhost.evil:5173/', 'http://localhost:5173/', false],
    ['not a url', 'http://localhost:5173/', false],
    ['app://pilah/', 'not a url', true],
    ['http://localhost:5173/', 'not a url', false],
  ])('%s (dev server %s) → %s', (url, devServerUrl, expected) => {
    expect(isAppUrl(url, devServerUrl)).toBe(expected);
  });
});

describe('devServerUrlFrom', () => {
  it.each([
    ['http://localhost:5173', false, 'http://localhost:5173/'],
    ['http://127.0.0.1:5173/', false, 'http://127.0.0.1:5173/'],
    ['http://[::1]:5173/', false, 'http://[::1]:5173/'],
    ['http://localhost:5173', true, undefined],
    ['https://evil.example/', false, undefined],
    ['http://localhost.evil.example/', false, undefined],
    ['file:///tmp/index.html', false, undefined],
    ['not a url', false, undefined],
    ['', false, undefined],
    [undefined, false, undefined],
  ])('%j (packaged: %s) → %j', (value, isPackaged, expected) => {
    expect(devServerUrlFrom(value, isPackaged)).toBe(expected);
  });
});
