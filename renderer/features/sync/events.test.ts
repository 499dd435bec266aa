import { describe, expect, it } from 'vitest';
import EventEmitter from './events';

describe("the browser's EventEmitter for PouchDB", () => {
  it('has its methods enumerable on the prototype, as PouchDB copies them by Object.keys', () => {
    expect(Object.keys(EventEmitter.prototype)).toEqual(expect.arrayContaining(['on', 'once', 'emit', 'removeListener', 'removeAllListeners', 'listeners', 'listenerCount']));
  });

  it('works as the base of a class, announces listeners added and removed, and runs once-listeners once', () => {
    class Feed extends EventEmitter {}
    const feed = new Feed();
    const announced: string[] = [];
    feed.on('newListener', (type) => announced.push(`+${String(type)}`));
    feed.on('removeListener', (type) => announced.push(`-${String(type)}`));
    const seen: unknown[] = [];
    const listener = (value: unknown) => seen.push(value);
    feed.once('change', listener);
    expect(feed.listeners('change')).toEqual([listener]);
    expect(feed.emit('change', 1)).toBe(true);
    expect(feed.emit('change', 2)).toBe(false);
    expect(seen).toEqual([1]);
    expect(announced).toEqual(['+removeListener', '+change', '-change']);
    expect(() => feed.emit('error', new Error('boom'))).toThrow('boom');
    feed.on('x', listener);
    feed.removeAllListeners();
    expect(feed.listenerCount('x')).toBe(0);
  });
});
