import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPlace, parsePlace, savePlace, type Place } from './resume-place';

const PLACE: Place = {
  screen: 'display',
  documentId: 'd2',
  topLines: { d1: 12, d2: 340 },
  display: { kind: 'triangulation', mode: 'quotes', by: 'group', frameworkCodeId: 'c-enabling' },
};

/** A localStorage for Node, as the browser has. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
  removeItem = (key: string) => void this.items.delete(key);
}

describe('where the student left off', () => {
  beforeEach(() => {
    (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('comes back per project as it was saved', () => {
    savePlace('p1', PLACE);
    savePlace('p2', { ...PLACE, screen: 'coding', documentId: 'x' });
    expect(loadPlace('p1')).toEqual(PLACE);
    expect(loadPlace('p2')?.screen).toBe('coding');
    expect(loadPlace('p3')).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['an unknown screen', JSON.stringify({ ...PLACE, screen: 'settings' })],
    ['the start screen', JSON.stringify({ ...PLACE, screen: 'start' })],
    ['nothing', ''],
  ])('is ignored when the stored value is %s', (_, raw) => {
    expect(parsePlace(raw)).toBeNull();
  });

  it('drops malformed parts and keeps the rest', () => {
    const raw = JSON.stringify({ screen: 'coding', documentId: 7, topLines: { d1: -3, d2: 'x', d3: 40 }, display: { kind: 5 } });
    expect(parsePlace(raw)).toEqual({ screen: 'coding', documentId: null, topLines: { d3: 40 }, display: { kind: null, mode: null, by: null, frameworkCodeId: null } });
  });

  it('keeps the open transcript’s line among many', () => {
    const topLines = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`d${i}`, i]));
    savePlace('p1', { ...PLACE, documentId: 'd0', topLines });
    const lines = loadPlace('p1')!.topLines;
    expect(lines.d0).toBe(0);
    expect(lines.d79).toBe(79);
    expect(Object.keys(lines).length).toBeLessThanOrEqual(51);
  });
});
