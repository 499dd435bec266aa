/**
 * Node's `EventEmitter`, as much as PouchDB uses of it, for the browser build: PouchDB
 * imports `events`, which Node has built in and the browser has not (the build aliases
 * `events` to this file; Node and the unit tests use the real one). Methods are set on the
 * prototype, enumerable, because PouchDB copies them onto its constructor by `Object.keys`.
 * Like Node's: `newListener` is emitted before a listener is added and `removeListener`
 * after one is removed (PouchDB's sync relies on both); an `error` with no listener throws.
 */
type Listener = (...args: unknown[]) => void;
type Wrapped = Listener & { listener?: Listener };

interface EventEmitter {
  _events: Map<string | symbol, Wrapped[]>;
  _maxListeners: number;
  on(type: string | symbol, listener: Listener): this;
  addListener(type: string | symbol, listener: Listener): this;
  prependListener(type: string | symbol, listener: Listener): this;
  once(type: string | symbol, listener: Listener): this;
  off(type: string | symbol, listener: Listener): this;
  removeListener(type: string | symbol, listener: Listener): this;
  removeAllListeners(type?: string | symbol): this;
  emit(type: string | symbol, ...args: unknown[]): boolean;
  listeners(type: string | symbol): Listener[];
  rawListeners(type: string | symbol): Listener[];
  listenerCount(type: string | symbol): number;
  eventNames(): (string | symbol)[];
  setMaxListeners(n: number): this;
  getMaxListeners(): number;
}

interface EventEmitterConstructor {
  new (): EventEmitter;
  (this: EventEmitter): void;
  prototype: EventEmitter;
  EventEmitter: EventEmitterConstructor;
  defaultMaxListeners: number;
  listenerCount(emitter: EventEmitter, type: string | symbol): number;
}

const EventEmitter = function (this: EventEmitter) {
  this._events = new Map();
  this._maxListeners = 10;
} as unknown as EventEmitterConstructor;

function events(self: EventEmitter): Map<string | symbol, Wrapped[]> {
  // Subclasses written as ES5 functions may not have called the constructor.
  if (!self._events) self._events = new Map();
  return self._events;
}

function add(self: EventEmitter, type: string | symbol, listener: Wrapped, prepend: boolean): EventEmitter {
  if (typeof listener !== 'function') throw new TypeError('The "listener" argument must be a function');
  if (events(self).has('newListener')) self.emit('newListener', type, listener.listener ?? listener);
  const list = events(self).get(type) ?? [];
  events(self).set(type, prepend ? [listener, ...list] : [...list, listener]);
  return self;
}

const proto = EventEmitter.prototype;
proto.on = function (type, listener) {
  return add(this, type, listener, false) as typeof this;
};
proto.addListener = proto.on;
proto.prependListener = function (type, listener) {
  return add(this, type, listener, true) as typeof this;
};
proto.once = function (type, listener) {
  const wrapped: Wrapped = (...args: unknown[]) => {
    this.removeListener(type, wrapped);
    listener.apply(this, args);
  };
  wrapped.listener = listener;
  return add(this, type, wrapped, false) as typeof this;
};
proto.removeListener = function (type, listener) {
  const list = events(this).get(type);
  if (!list) return this;
  const index = list.findIndex((l) => l === listener || l.listener === listener);
  if (index === -1) return this;
  const [removed] = list.splice(index, 1);
  if (list.length === 0) events(this).delete(type);
  if (events(this).has('removeListener')) this.emit('removeListener', type, removed?.listener ?? removed);
  return this;
};
proto.off = proto.removeListener;
proto.removeAllListeners = function (type) {
  if (type === undefined) {
    for (const name of [...events(this).keys()]) if (name !== 'removeListener') this.removeAllListeners(name);
    this.removeAllListeners('removeListener');
    return this;
  }
  const list = events(this).get(type) ?? [];
  for (let i = list.length - 1; i >= 0; i--) this.removeListener(type, list[i]!);
  return this;
};
proto.emit = function (type, ...args) {
  const list = events(this).get(type);
  if (!list || list.length === 0) {
    if (type === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error: ${String(args[0])}`);
    return false;
  }
  for (const listener of [...list]) listener.apply(this, args);
  return true;
};
proto.listeners = function (type) {
  return (events(this).get(type) ?? []).map((l) => l.listener ?? l);
};
proto.rawListeners = function (type) {
  return [...(events(this).get(type) ?? [])];
};
proto.listenerCount = function (type) {
  return events(this).get(type)?.length ?? 0;
};
proto.eventNames = function () {
  return [...events(this).keys()];
};
proto.setMaxListeners = function (n) {
  this._maxListeners = n;
  return this;
};
proto.getMaxListeners = function () {
  return this._maxListeners ?? EventEmitter.defaultMaxListeners;
};

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);

export default EventEmitter;
export { EventEmitter };
