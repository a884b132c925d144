import fc from 'fast-check';
import type { JsonValue } from '../../src/query/ast';
import type { PathSegment } from '../../src/query/issues';

// Hostile inputs for parseQuery, described as data (so fast-check can shrink them) and then built
// with getters, proxies, symbol keys and array oddities that count every read. Alongside the input,
// the model says what parseQuery must answer: the JSON it must read (when the input is JSON) or
// the path of every value that is not.

/** Object keys, with the ones that trip up naive code and the ones that mean something in a query. */
export const trickyKeyArb = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'event', 'and', 'or', 'where', '0', '7', ''),
  fc.string({ maxLength: 4 }),
);

type Leaf = null | boolean | number | string;
/** Values JSON cannot hold, each with the words parseQuery uses for it. */
export type ForeignKind = 'function' | 'undefined' | 'bigint' | 'NaN' | 'Infinity' | 'symbol' | 'Date' | 'Map' | 'class';
/** Ways reading a value can throw. */
export type ThrowKind = 'getter' | 'proxy-get' | 'proxy-ownKeys' | 'proxy-getPrototypeOf' | 'revoked';
/** How an object property is defined. */
export type How = 'data' | 'getter' | 'flaky-getter';

/** A value to build. */
export type Spec =
  | { t: 'leaf'; v: Leaf }
  | { t: 'foreign'; kind: ForeignKind }
  | { t: 'throws'; kind: ThrowKind }
  | { t: 'object'; entries: [string, Spec, How][]; symbols: number; proxy: boolean; nullProto: boolean }
  | { t: 'array'; items: (Spec | 'hole')[]; extras: [string, Spec][]; symbols: number; proxy: boolean; subclass: boolean };

const leafArb: fc.Arbitrary<Spec> = fc
  .oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 5 }))
  .map((v) => ({ t: 'leaf', v }));
const foreignArb: fc.Arbitrary<Spec> = fc
  .constantFrom<ForeignKind>('function', 'undefined', 'bigint', 'NaN', 'Infinity', 'symbol', 'Date', 'Map', 'class')
  .map((kind) => ({ t: 'foreign', kind }));
const throwsArb: fc.Arbitrary<Spec> = fc
  .constantFrom<ThrowKind>('getter', 'proxy-get', 'proxy-ownKeys', 'proxy-getPrototypeOf', 'revoked')
  .map((kind) => ({ t: 'throws', kind }));
// Extra array keys are never indices (those would be items): a letter first.
const extraKeyArb = fc.oneof(fc.constantFrom('x', 'index', 'input', '__proto__', 'constructor'), fc.string({ maxLength: 3 }).map((s) => `k${s}`));

/**
 * Specs of hostile values. `odd` weighs how often a value is not JSON; with 0 every value is
 * JSON (though read through getters and proxies).
 */
export function specArb(odd: number): fc.Arbitrary<Spec> {
  const { value, object } = fc.letrec<{ value: Spec; object: Spec; array: Spec }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: 4 },
      { arbitrary: leafArb, weight: 6 },
      { arbitrary: tie('object'), weight: 3 },
      { arbitrary: tie('array'), weight: 2 },
      { arbitrary: foreignArb, weight: odd },
      { arbitrary: throwsArb, weight: odd },
    ),
    object: fc.record({
      t: fc.constant('object' as const),
      entries: fc.uniqueArray(fc.tuple(trickyKeyArb, tie('value'), fc.constantFrom<How>('data', 'data', 'getter', 'flaky-getter')), {
        maxLength: 4,
        selector: (entry) => entry[0],
      }),
      symbols: odd > 0 ? fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 2 })) : fc.constant(0),
      proxy: fc.boolean(),
      nullProto: fc.boolean(),
    }),
    array: fc.record({
      t: fc.constant('array' as const),
      items: fc.array(odd > 0 ? fc.oneof({ arbitrary: tie('value'), weight: 5 }, { arbitrary: fc.constant('hole' as const), weight: 1 }) : tie('value'), { maxLength: 4 }),
      extras: odd > 0 ? fc.uniqueArray(fc.tuple(extraKeyArb, tie('value')), { maxLength: 1, selector: (entry) => entry[0] }) : fc.constant<[string, Spec][]>([]),
      symbols: odd > 0 ? fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.constant(1)) : fc.constant(0),
      proxy: fc.boolean(),
      subclass: odd > 0 ? fc.oneof(fc.constant(false), fc.constant(false), fc.constant(false), fc.constant(true)) : fc.constant(false),
    }),
  }));
  void value;
  // The root is an object, as a query is.
  return object;
}

/** Counts of every read, by the path of the property (or container) read. */
export class ReadLog {
  /** Proxy get / getOwnPropertyDescriptor / has traps, per property path. */
  readonly reads = new Map<string, number>();
  /** Getter calls, per property path. */
  readonly calls = new Map<string, number>();
  /** Proxy ownKeys traps, per container path. */
  readonly listings = new Map<string, number>();
  /** Proxy getPrototypeOf traps, per container path. */
  readonly prototypes = new Map<string, number>();

  bump(map: Map<string, number>, path: readonly PathSegment[]): void {
    const key = JSON.stringify(path);
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  /** The largest count of any one read. */
  most(): number {
    return Math.max(0, ...this.reads.values(), ...this.calls.values(), ...this.listings.values(), ...this.prototypes.values());
  }
}

/** What parseQuery must answer for a spec. */
export interface Expected {
  /** The JSON it reads, when every value is JSON. */
  json: JsonValue | undefined;
  /** The path of every value that is not JSON (symbol keys at their object's path). */
  bad: PathSegment[][];
  /** The getters it must call exactly once (JSON of the paths of properties whose object is read). */
  getters: string[];
}

class Point {
  x = 1;
}
class SubArray<T> extends Array<T> {}

function foreign(kind: ForeignKind): unknown {
  switch (kind) {
    case 'function':
      return () => 1;
    case 'undefined':
      return undefined;
    case 'bigint':
      return 10n;
    case 'NaN':
      return Number.NaN;
    case 'Infinity':
      return Number.POSITIVE_INFINITY;
    case 'symbol':
      return Symbol('value');
    case 'Date':
      return new Date(0);
    case 'Map':
      return new Map([[1, 2]]);
    case 'class':
      return new Point();
  }
}

function define(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// A proxy that counts its traps by path and otherwise does what its target does.
function counting<T extends object>(target: T, path: readonly PathSegment[], log: ReadLog, throwOn?: 'get' | 'ownKeys' | 'getPrototypeOf'): T {
  const segment = (key: PropertyKey): PathSegment => {
    if (typeof key === 'symbol') return String(key);
    return Array.isArray(target) && typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : key;
  };
  const at = (key: PropertyKey): PathSegment[] => [...path, segment(key)];
  return new Proxy(target, {
    get(t, key, receiver) {
      log.bump(log.reads, at(key));
      if (throwOn === 'get') throw new Error('get trap');
      return Reflect.get(t, key, receiver) as unknown;
    },
    getOwnPropertyDescriptor(t, key) {
      log.bump(log.reads, at(key));
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    has(t, key) {
      log.bump(log.reads, at(key));
      return Reflect.has(t, key);
    },
    ownKeys(t) {
      log.bump(log.listings, path);
      if (throwOn === 'ownKeys') throw new Error('ownKeys trap');
      return Reflect.ownKeys(t);
    },
    getPrototypeOf(t) {
      log.bump(log.prototypes, path);
      if (throwOn === 'getPrototypeOf') throw new Error('getPrototypeOf trap');
      return Reflect.getPrototypeOf(t);
    },
  });
}

/**
 * Builds the value a spec describes at `path`, and adds to `expected` what parseQuery must say
 * about it. Returns the value and, when it is JSON, the JSON parseQuery must read from it.
 */
export function build(spec: Spec, path: PathSegment[], log: ReadLog, expected: Expected): { value: unknown; json: JsonValue | undefined } {
  switch (spec.t) {
    case 'leaf':
      return { value: spec.v, json: spec.v };
    case 'foreign':
      expected.bad.push(path);
      return { value: foreign(spec.kind), json: undefined };
    case 'throws':
      // A throwing getter is built by its object or array (below); the others are values.
      if (spec.kind === 'proxy-get') {
        // Its keys are listed, and reading its one key throws: that key is flagged.
        expected.bad.push([...path, 'a']);
        return { value: counting({ a: 1 }, path, log, 'get'), json: undefined };
      }
      expected.bad.push(path);
      if (spec.kind === 'proxy-ownKeys') return { value: counting({ a: 1 }, path, log, 'ownKeys'), json: undefined };
      if (spec.kind === 'proxy-getPrototypeOf') return { value: counting({ a: 1 }, path, log, 'getPrototypeOf'), json: undefined };
      return { value: revoked(), json: undefined };
    case 'object':
      return buildObject(spec, path, log, expected);
    case 'array':
      return buildArray(spec, path, log, expected);
  }
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
  revoke();
  return proxy;
}

/** Adds the spec's symbol keys (each a bad place), wraps the target in a counting proxy if asked, and pairs it with its JSON when clean. */
function finish<J>(target: object, json: J, clean: boolean, spec: { symbols: number; proxy: boolean }, path: PathSegment[], log: ReadLog, expected: Expected) {
  for (let i = 0; i < spec.symbols; i++) {
    define(target, Symbol(`s${i}`), 1);
    expected.bad.push(path);
  }
  const value = spec.proxy ? counting(target, path, log) : target;
  return { value, json: clean && spec.symbols === 0 ? json : undefined };
}

/** A property whose getter throws: counted as read, expected as a bad place. */
function throwingGetter(target: object, key: PropertyKey, at: PathSegment[], log: ReadLog, expected: Expected) {
  expected.bad.push(at);
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      log.bump(log.calls, at);
      throw new Error('getter');
    },
  });
}

function buildObject(spec: Extract<Spec, { t: 'object' }>, path: PathSegment[], log: ReadLog, expected: Expected) {
  const target: object = spec.nullProto ? (Object.create(null) as object) : {};
  const json: Record<string, JsonValue> = {};
  let clean = true;
  for (const [key, child, how] of spec.entries) {
    const at = [...path, key];
    if (child.t === 'throws' && child.kind === 'getter') {
      throwingGetter(target, key, at, log, expected);
      clean = false;
      continue;
    }
    const built = build(child, at, log, expected);
    if (built.json === undefined) clean = false;
    else define(json, key, built.json);
    if (how === 'data') {
      define(target, key, built.value);
    } else {
      expected.getters.push(JSON.stringify(at));
      let calls = 0;
      Object.defineProperty(target, key, {
        enumerable: true,
        configurable: true,
        get() {
          log.bump(log.calls, at);
          calls++;
          // A flaky getter answers a function from the second read on.
          return how === 'flaky-getter' && calls > 1 ? () => 'changed' : built.value;
        },
      });
    }
  }
  return finish(target, json, clean, spec, path, log, expected);
}

function buildArray(spec: Extract<Spec, { t: 'array' }>, path: PathSegment[], log: ReadLog, expected: Expected) {
  if (spec.subclass) {
    // Refused whole: nothing inside is read, so nothing inside is expected.
    expected.bad.push(path);
    const inner: Expected = { json: undefined, bad: [], getters: [] };
    const items = spec.items.map((item, i) => (item === 'hole' ? 0 : build(item, [...path, i], log, inner).value));
    return { value: SubArray.from(items), json: undefined };
  }
  const target: unknown[] = new Array<unknown>(spec.items.length);
  const json: JsonValue[] = [];
  let clean = true;
  spec.items.forEach((item, i) => {
    const at = [...path, i];
    if (item === 'hole') {
      expected.bad.push(at);
      clean = false;
      return;
    }
    if (item.t === 'throws' && item.kind === 'getter') {
      throwingGetter(target, i, at, log, expected);
      clean = false;
      return;
    }
    const built = build(item, at, log, expected);
    target[i] = built.value;
    if (built.json === undefined) clean = false;
    else json.push(built.json);
  });
  for (const [key] of spec.extras) {
    // The extra property is flagged without being read: its value does not matter.
    define(target, key, 'extra');
    expected.bad.push([...path, key]);
    clean = false;
  }
  return finish(target, json, clean, spec, path, log, expected);
}

/** Builds a hostile input and what parseQuery must answer for it. */
export function hostile(spec: Spec): { input: unknown; log: ReadLog; expected: Expected } {
  const log = new ReadLog();
  const expected: Expected = { json: undefined, bad: [], getters: [] };
  const built = build(spec, [], log, expected);
  expected.json = built.json;
  return { input: built.value, log, expected };
}
