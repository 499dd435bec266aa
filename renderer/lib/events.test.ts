import { describe, expect, it } from 'vitest';
import { EventEmitter } from './events';

describe("the browser's stand-in for Node's EventEmitter (what PouchDB relies on)", () => {
  it('exposes its methods as enumerable, as PouchDB copies them onto its constructor with Object.keys', () => {
    const copied: Record<string, unknown> = {};
    const hub = new EventEmitter();
    for (const key of Object.keys(EventEmitter.prototype)) {
      const method = (EventEmitter.prototype as unknown as Record<string, unknown>)[key];
      if (typeof method === 'function') copied[key] = method.bind(hub);
    }
    expect(Object.keys(copied)).toEqual(expect.arrayContaining(['on', 'once', 'emit', 'removeListener', 'removeAllListeners', 'listeners', 'listenerCount']));
    const heard: unknown[] = [];
    (copied.on as EventEmitter['on'])('ref', (db) => heard.push(db));
    (copied.emit as EventEmitter['emit'])('ref', 'db-1');
    expect(heard).toEqual(['db-1']);
  });

  it('works on an emitter whose constructor never ran', () => {
    const emitter = Object.create(EventEmitter.prototype) as EventEmitter;
    const heard: unknown[] = [];
    emitter.once('created', (x) => heard.push(x));
    emitter.emit('created', 1);
    emitter.emit('created', 2);
    expect(heard).toEqual([1]);
  });

  it('removes a once listener by the function given, runs listeners in order and throws an unhandled error', () => {
    const emitter = new EventEmitter();
    const order: string[] = [];
    const onDestroyed = () => order.push('destroyed');
    emitter.once('destroyed', onDestroyed);
    emitter.on('change', () => order.push('a'));
    emitter.prependListener('change', () => order.push('first'));
    expect(emitter.listeners('destroyed')).toEqual([onDestroyed]);
    emitter.removeListener('destroyed', onDestroyed);
    expect(emitter.emit('destroyed')).toBe(false);
    emitter.emit('change');
    expect(order).toEqual(['first', 'a']);
    expect(emitter.listenerCount('change')).toBe(2);
    expect(EventEmitter.listenerCount(emitter, 'change')).toBe(2);
    emitter.removeAllListeners('change');
    expect(emitter.listenerCount('change')).toBe(0);
    expect(() => emitter.emit('error', new Error('boom'))).toThrow('boom');
  });
});
