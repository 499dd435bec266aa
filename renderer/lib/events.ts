/**
 * Node's EventEmitter for the browser build, which PouchDB's modules import as `events`
 * (vite.config.ts aliases the bare name here). Node's own module does not exist in the
 * renderer and the npm `events` package is not installed; this is the part of the API
 * PouchDB uses, with Node's semantics: a `once` listener can be removed by the function
 * given, listeners added during an emit do not run in it, and an unhandled 'error' throws.
 */
type Listener = (...args: unknown[]) => void;
type Wrapped = Listener & { listener?: Listener };

/**
 * The listeners of each emitter, made on first use: PouchDB builds some emitters without
 * running this constructor (as Node's EventEmitter allows), so nothing may rely on fields.
 */
const store = new WeakMap<object, { events: Map<string | symbol, Wrapped[]>; max: number }>();

function state(emitter: object): { events: Map<string | symbol, Wrapped[]>; max: number } {
  let entry = store.get(emitter);
  if (!entry) store.set(emitter, (entry = { events: new Map(), max: EventEmitter.defaultMaxListeners }));
  return entry;
}

export class EventEmitter {
  private get events(): Map<string | symbol, Wrapped[]> {
    return state(this).events;
  }

  static defaultMaxListeners = 10;

  static listenerCount(emitter: EventEmitter, type: string | symbol): number {
    return emitter.listenerCount(type);
  }

  on(type: string | symbol, listener: Listener): this {
    return this.add(type, listener, false);
  }

  addListener(type: string | symbol, listener: Listener): this {
    return this.add(type, listener, false);
  }

  prependListener(type: string | symbol, listener: Listener): this {
    return this.add(type, listener, true);
  }

  once(type: string | symbol, listener: Listener): this {
    const wrapped: Wrapped = (...args: unknown[]) => {
      this.removeListener(type, wrapped);
      listener.apply(this, args);
    };
    wrapped.listener = listener;
    return this.add(type, wrapped, false);
  }

  off(type: string | symbol, listener: Listener): this {
    return this.removeListener(type, listener);
  }

  removeListener(type: string | symbol, listener: Listener): this {
    const list = this.events.get(type);
    if (!list) return this;
    // Node removes the most recently added match.
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i]!.listener === listener) {
        const next = [...list.slice(0, i), ...list.slice(i + 1)];
        if (next.length) this.events.set(type, next);
        else this.events.delete(type);
        this.emit('removeListener', type, listener);
        break;
      }
    }
    return this;
  }

  removeAllListeners(type?: string | symbol): this {
    if (type === undefined) this.events.clear();
    else this.events.delete(type);
    return this;
  }

  emit(type: string | symbol, ...args: unknown[]): boolean {
    const list = this.events.get(type);
    if (!list || list.length === 0) {
      if (type === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error: ${String(args[0])}`);
      return false;
    }
    for (const listener of [...list]) listener.apply(this, args);
    return true;
  }

  listeners(type: string | symbol): Listener[] {
    return (this.events.get(type) ?? []).map((l) => l.listener ?? l);
  }

  rawListeners(type: string | symbol): Listener[] {
    return [...(this.events.get(type) ?? [])];
  }

  listenerCount(type: string | symbol): number {
    return this.events.get(type)?.length ?? 0;
  }

  eventNames(): (string | symbol)[] {
    return [...this.events.keys()];
  }

  setMaxListeners(n: number): this {
    state(this).max = n;
    return this;
  }

  getMaxListeners(): number {
    return state(this).max;
  }

  private add(type: string | symbol, listener: Listener, prepend: boolean): this {
    if (this.events.has('newListener')) this.emit('newListener', type, (listener as Wrapped).listener ?? listener);
    const list = this.events.get(type) ?? [];
    this.events.set(type, prepend ? [listener, ...list] : [...list, listener]);
    return this;
  }
}

// Node's methods are enumerable (a function-based class); PouchDB copies them onto its
// constructor with Object.keys(EventEmitter.prototype), so they must be here too.
for (const name of Object.getOwnPropertyNames(EventEmitter.prototype)) {
  if (name !== 'constructor' && name !== 'add' && name !== 'events') Object.defineProperty(EventEmitter.prototype, name, { enumerable: true });
}

export default EventEmitter;
