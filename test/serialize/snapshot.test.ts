import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import type { JsonObject, JsonValue } from '../../src/query/ast';
import type { QueryIssue } from '../../src/query/issues';
import { parseClause, parseQuery, parseWhere } from '../../src/serialize/parse';
import { serializeQuery } from '../../src/serialize/serialize';
import { MAX_LISTED } from '../../src/serialize/snapshot';
import { corpus, corpusCopy } from '../fixtures/corpus';
import { expectSameJson } from './compare';
import { hostile, ReadLog, specArb } from './hostile';

// parseQuery reads its input once, into a plain copy, and parses the copy: a getter or a Proxy
// trap runs once, and every value JSON cannot hold is an error issue at its own path.

const CLAUSE = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };

function refusedPaths(input: unknown): QueryIssue['path'][] {
  const { query, issues } = parseQuery(input);
  expect(query).toBeUndefined();
  for (const issue of issues) expect(issue).toMatchObject({ severity: 'error', code: 'not-json-object' });
  return issues.map((issue) => issue.path);
}

function only(input: unknown): QueryIssue {
  const { query, issues } = parseQuery(input);
  expect(query).toBeUndefined();
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ severity: 'error', code: 'not-json-object' });
  return issues[0]!;
}

function withGetter(target: object, key: string, get: () => unknown): void {
  Object.defineProperty(target, key, { enumerable: true, configurable: true, get });
}

// A Proxy over `target` counting its traps: "read <key>" for get, getOwnPropertyDescriptor and has
// together (any of them reads the property), "ownKeys" and "getPrototypeOf"; `prefix` scopes them.
function countingProxy<T extends object>(target: T, counts: Map<string, number>, handler: ProxyHandler<T> = {}, prefix = ''): T {
  const bump = (name: string) => counts.set(`${prefix}${name}`, (counts.get(`${prefix}${name}`) ?? 0) + 1);
  return new Proxy(target, {
    get: (t, key, receiver) => (bump(`read ${String(key)}`), handler.get ? (handler.get(t, key, receiver) as unknown) : (Reflect.get(t, key, receiver) as unknown)),
    getOwnPropertyDescriptor: (t, key) => (bump(`read ${String(key)}`), Reflect.getOwnPropertyDescriptor(t, key)),
    has: (t, key) => (bump(`read ${String(key)}`), Reflect.has(t, key)),
    ownKeys: (t) => (bump('ownKeys'), Reflect.ownKeys(t)),
    getPrototypeOf: (t) => (bump('getPrototypeOf'), Reflect.getPrototypeOf(t)),
  });
}

// A counting Proxy over every container of a JSON value, its counts scoped by path.
function deepProxy(value: JsonValue, counts: Map<string, number>, path = ''): JsonValue {
  if (typeof value !== 'object' || value === null) return value;
  const target: JsonValue[] | JsonObject = Array.isArray(value) ? [] : {};
  for (const key of Object.keys(value)) {
    const child = deepProxy((value as Record<string, JsonValue>)[key]!, counts, `${path}/${key}`);
    Object.defineProperty(target, key, { value: child, enumerable: true, writable: true, configurable: true });
  }
  return countingProxy(target, counts, {}, `${path} `);
}

describe('symbol keys', () => {
  it('given a symbol key at the top and one deeper, then each is an error at its object', () => {
    const where = { property: 'p', condition: { equal_to: 1 }, [Symbol('meta')]: 1 };
    const input = { ...CLAUSE, where, [Symbol.for('id')]: 'x' };
    const issues = parseQuery(input).issues;
    expect(issues.map((issue) => issue.path)).toEqual([[], ['where']]);
    expect(issues[0]!.message).toMatch(/The object at the top level has a symbol key \(Symbol\(id\)\)/);
    expect(issues[1]!.message).toMatch(/The object at where has a symbol key \(Symbol\(meta\)\)/);
  });

  it('given a non-enumerable symbol key (as MobX and immer leave), then it is flagged too', () => {
    const input: JsonObject = { ...CLAUSE };
    Object.defineProperty(input, Symbol('hidden'), { value: {}, enumerable: false });
    expect(only(input).path).toEqual([]);
  });

  it('given a symbol key on an array, then it is flagged at the array', () => {
    const list: unknown[] = [CLAUSE];
    Object.defineProperty(list, Symbol('tag'), { value: 1, enumerable: true });
    expect(only({ and: list }).path).toEqual(['and']);
  });
});

describe('array oddities', () => {
  it('given properties besides the items, then each is flagged at its key and never read', () => {
    const list: unknown[] = [CLAUSE, CLAUSE];
    let read = false;
    Object.assign(list, { note: 'x' });
    Object.defineProperty(list, 'lazy', { enumerable: true, get: () => ((read = true), 1) });
    const issues = parseQuery({ or: list }).issues;
    expect(issues.map((issue) => issue.path)).toEqual([
      ['or', 'note'],
      ['or', 'lazy'],
    ]);
    expect(issues[0]!.message).toMatch(/is a property of an array besides its items/);
    expect(read).toBe(false);
  });

  it('given a regexp match result (an array with index, input and groups), then its extra keys are flagged', () => {
    const match = /(a)/.exec('a')!;
    expect(refusedPaths({ event: 'x', tags: match }).sort()).toEqual([
      ['tags', 'groups'],
      ['tags', 'index'],
      ['tags', 'input'],
    ]);
  });

  it('given an array of a subclass, then it is refused at its path and its items are not read', () => {
    class Clauses extends Array<unknown> {}
    const list = Clauses.from([CLAUSE]);
    const issue = only({ and: list });
    expect(issue.path).toEqual(['and']);
    expect(issue.message).toMatch(/is an array of a subclass of Array/);
  });

  it('given an array whose prototype was swapped, then it is refused like a subclass', () => {
    const list = [CLAUSE];
    Object.setPrototypeOf(list, Object.create(Array.prototype) as object);
    expect(only({ or: list }).path).toEqual(['or']);
  });

  it('given a sparse array, then every hole is flagged at its index', () => {
    const list: unknown[] = [];
    list[1] = CLAUSE;
    list[4] = CLAUSE;
    const issues = parseQuery({ or: list }).issues;
    expect(issues.map((issue) => issue.path)).toEqual([
      ['or', 0],
      ['or', 2],
      ['or', 3],
    ]);
    expect(issues[0]!.message).toMatch(/at or\[0\] is undefined \(a hole in a sparse array\)/);
  });

  it('given an array longer than its items (length set by hand), then the trailing holes are flagged', () => {
    const list: unknown[] = [CLAUSE];
    list.length = 3;
    expect(refusedPaths({ and: list })).toEqual([
      ['and', 1],
      ['and', 2],
    ]);
  });

  it('given a Proxy over an array that lists its indices out of order, then the items keep their order', () => {
    const target = [{ event: 'A' }, { event: 'B' }];
    const list = new Proxy(target, { ownKeys: () => ['1', 'length', '0'] });
    const { query } = parseQuery({ or: list });
    expect(serializeQuery(query!)).toStrictEqual({ or: [{ event: 'A' }, { event: 'B' }] });
  });

  it('given a Proxy that claims a huge length, then it is refused as too large before any item is read', () => {
    const counts = new Map<string, number>();
    const list = countingProxy([CLAUSE], counts, { get: (t, key) => (key === 'length' ? 1e9 : (Reflect.get(t, key) as unknown)) });
    const issues = parseQuery({ or: list }).issues;
    expect(issues).toEqual([expect.objectContaining({ code: 'too-large', path: ['or'] })]);
    expect([...counts.keys()].filter((key) => key.startsWith('read ') && key !== 'read length')).toEqual([]);
  });
});

describe('values JSON cannot hold', () => {
  it('given several at once, then every one is flagged at its own path (not only the first)', () => {
    const input = {
      event: 'Pageview',
      frequency: { equal_to: 1n },
      during: undefined,
      where: { property: 'p', condition: { equal_to: Number.NaN }, at: new Date(0) },
      tags: [() => 1, Infinity, new Map(), Symbol('s')],
    };
    expect(refusedPaths(input).map((path) => JSON.stringify(path)).sort()).toEqual(
      [['frequency', 'equal_to'], ['during'], ['where', 'condition', 'equal_to'], ['where', 'at'], ['tags', 0], ['tags', 1], ['tags', 2], ['tags', 3]]
        .map((path) => JSON.stringify(path))
        .sort(),
    );
  });

  it('given thousands of functions, then the first 1,000 are listed and the rest counted in one more issue', () => {
    const issues = parseQuery({ or: Array.from({ length: 5_000 }, () => () => 1) }).issues;
    expect(issues).toHaveLength(MAX_LISTED + 1);
    expect(issues[0]!.path).toEqual(['or', 0]);
    expect(issues.at(-1)!.message).toMatch(/^4,000 more values of the query are not JSON either/);
  });

  it('given a null-prototype object anywhere, then it is read like a plain one (it holds data, no behaviour)', () => {
    const inner = Object.assign(Object.create(null) as JsonObject, { greater_than_or_equal_to: 2 });
    const input = Object.assign(Object.create(null) as JsonObject, { event: 'Pageview', frequency: inner });
    expect(serializeQuery(parseQuery(input).query!)).toStrictEqual({ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 } });
  });

  it('given objects and arrays from another realm (an iframe, jsdom, node:vm), then they are plain JSON', () => {
    const input = runInNewContext('({ or: [{ event: "Pageview", frequency: { equal_to: 1 } }, { in_segment: 7 }] })') as unknown;
    expect(parseQuery(input).query).toBeDefined();
    expect(serializeQuery(parseQuery(input).query!)).toStrictEqual({ or: [{ event: 'Pageview', frequency: { equal_to: 1 } }, { in_segment: 7 }] });
  });

  it('given a class instance, a Date and a boxed string from another realm, then they are still refused', () => {
    const foreign = runInNewContext('({ a: new (class P {})(), b: new Date(0), c: new String("x") })') as object;
    expect(refusedPaths({ event: 'x', ...foreign }).map((path) => JSON.stringify(path))).toEqual(['["a"]', '["b"]', '["c"]']);
  });

  it('given a non-enumerable own property, then it is kept as data (JSON.stringify would drop it; the parser loses nothing)', () => {
    const input: JsonObject = { event: 'Pageview' };
    Object.defineProperty(input, 'note', { value: 'kept', enumerable: false });
    expect(serializeQuery(parseQuery(input).query!)).toStrictEqual({ event: 'Pageview', note: 'kept' });
  });
});

describe('getters', () => {
  it('given a getter, then it is called once and its answer is what is parsed', () => {
    let calls = 0;
    const input = { event: 'Pageview' };
    withGetter(input, 'frequency', () => (calls++, { greater_than_or_equal_to: 3 }));
    const { query, issues } = parseQuery(input);
    expect(calls).toBe(1);
    expect(issues).toEqual([]);
    expect(serializeQuery(query!)).toStrictEqual({ event: 'Pageview', frequency: { greater_than_or_equal_to: 3 } });
  });

  it('given a getter that answers a function from its second call on, then no function reaches the AST', () => {
    let calls = 0;
    const input = { event: 'Pageview' };
    withGetter(input, 'where', () => (++calls === 1 ? { property: 'p', condition: { contains: 'x' } } : () => 'changed'));
    const { query } = parseQuery(input);
    expect(calls).toBe(1);
    const json = serializeQuery(query!);
    expect(json).toStrictEqual({ event: 'Pageview', where: { property: 'p', condition: { contains: 'x' } } });
    expect(JSON.stringify(json)).not.toMatch(/changed/);
  });

  it('given a getter that answers a bigger object each call, then the one answer read is bounded like any input', () => {
    let calls = 0;
    const input = {};
    withGetter(input, 'or', () => new Array(++calls * 1_000_000).fill(CLAUSE));
    expect(parseQuery(input).issues).toEqual([expect.objectContaining({ code: 'too-large', path: ['or'] })]);
    expect(calls).toBe(1);
  });

  it('given a getter that makes a fresh object on every read, endlessly deep, then it is refused as too deep', () => {
    const endless = (): object => {
      const node = {};
      withGetter(node, 'where', endless);
      return node;
    };
    expect(parseQuery(endless()).issues).toEqual([expect.objectContaining({ code: 'too-deep' })]);
  });

  it('given a getter that throws, deep inside, then it is flagged at its path and the rest is still read', () => {
    const where = { property: 'p' };
    withGetter(where, 'condition', () => {
      throw new Error('boom');
    });
    const issues = parseQuery({ ...CLAUSE, where, during: () => 1 }).issues;
    expect(issues.map((issue) => issue.path)).toEqual([['during'], ['where', 'condition']]);
    expect(issues[1]!.message).toMatch(/^Reading the value at where\.condition threw an error \(a getter or a Proxy\)/);
  });

  it('given an accessor with a setter and no getter, then its value is undefined and flagged', () => {
    const input = { event: 'Pageview' };
    Object.defineProperty(input, 'during', { enumerable: true, set: () => undefined });
    expect(only(input)).toMatchObject({ path: ['during'], message: expect.stringMatching(/is undefined/) as unknown });
  });

  it('given an array item behind a getter that throws, then it is flagged at its index', () => {
    const list: unknown[] = [CLAUSE, CLAUSE];
    withGetter(list, '1', () => {
      throw new Error('boom');
    });
    expect(only({ and: list }).path).toEqual(['and', 1]);
  });
});

describe('proxies', () => {
  it('given a Proxy over a whole corpus query, then each trap runs at most once per key and the query comes back', () => {
    for (const entry of corpus) {
      const counts = new Map<string, number>();
      const input = deepProxy(corpusCopy(corpus.indexOf(entry)), counts);
      const { query, issues } = parseQuery(input);
      expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(serializeQuery(query!)).toStrictEqual(entry.query);
      expect(Math.max(...counts.values())).toBe(1);
    }
  });

  it('given a Proxy whose ownKeys trap throws, then it is flagged at its path', () => {
    const bad = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(only({ ...CLAUSE, where: bad }).path).toEqual(['where']);
  });

  it('given a Proxy whose get trap throws, then each key it lists is flagged', () => {
    const bad = new Proxy({ property: 'p', condition: 'is_empty' }, { get: () => { throw new Error('boom'); } });
    expect(refusedPaths({ ...CLAUSE, where: bad })).toEqual([
      ['where', 'property'],
      ['where', 'condition'],
    ]);
  });

  it('given a Proxy whose getPrototypeOf trap throws, then it is flagged at its path', () => {
    const bad = new Proxy({}, { getPrototypeOf: () => { throw new Error('boom'); } });
    expect(only({ ...CLAUSE, during: bad }).path).toEqual(['during']);
  });

  it('given a revoked Proxy inside, then it is flagged at its path; as the query, then it is no JSON object', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(only({ and: [CLAUSE, proxy] }).path).toEqual(['and', 1]);
    expect(only(proxy)).toMatchObject({ path: [], message: expect.stringMatching(/^A query must be a JSON object.*could not be read/) as unknown });
    expect(parseClause(proxy)).toMatchObject({ clause: undefined, issues: [{ code: 'not-json-object', path: [] }] });
    expect(parseWhere(proxy)).toMatchObject({ where: undefined, issues: [{ code: 'not-json-object', path: [] }] });
  });

  it('given a Proxy whose ownKeys lists a key twice, then it throws inside and is flagged, not thrown', () => {
    const bad = new Proxy({ a: 1 }, { ownKeys: () => ['a', 'a'] });
    expect(only({ ...CLAUSE, where: bad }).path).toEqual(['where']);
  });

  it('given a Proxy whose get answers differently on every read, then the first answer is the one parsed', () => {
    let reads = 0;
    const target = { event: 'Pageview', frequency: { equal_to: 1 } };
    const input = new Proxy(target, {
      get: (t, key) => (key === 'frequency' ? (++reads === 1 ? { equal_to: 1 } : () => 0) : (Reflect.get(t, key) as unknown)),
    });
    expect(serializeQuery(parseQuery(input).query!)).toStrictEqual({ event: 'Pageview', frequency: { equal_to: 1 } });
    expect(reads).toBe(1);
  });
});

describe('cycles', () => {
  it('given a cycle behind a getter, then it is named, not followed forever', () => {
    const input: JsonObject = { event: 'Pageview' };
    withGetter(input, 'where', () => input);
    expect(only(input).message).toMatch(/contains itself \(a circular reference\)/);
  });
});

describe('generated hostile input (fast-check)', () => {
  it('given 10,000 objects with getters, proxies, symbol keys and array oddities, then parseQuery never throws, reads each property at most once and flags every value that is not JSON at its path', () => {
    const seen = { hostile: 0, clean: 0, proxies: 0, getters: 0 };
    fc.assert(
      fc.property(specArb(1), (spec) => {
        const { input, log, expected } = hostile(spec);
        let result: ReturnType<typeof parseQuery> | undefined;
        expect(() => (result = parseQuery(input))).not.toThrow();
        const { query, issues } = result!;
        // Each getter, Proxy trap and listing ran at most once; each getter of an object read, exactly once.
        expect(log.most()).toBeLessThanOrEqual(1);
        for (const path of expected.getters) expect(log.calls.get(path)).toBe(1);
        if (log.listings.size > 0) seen.proxies++;
        if (expected.getters.length > 0) seen.getters++;
        if (expected.bad.length === 0) {
          seen.clean++;
          expect(query).toBeDefined();
          expectSameJson(serializeQuery(query!), expected.json);
        } else {
          seen.hostile++;
          expect(query).toBeUndefined();
          for (const issue of issues) expect(issue).toMatchObject({ severity: 'error', code: 'not-json-object' });
          expect(issues.map((issue) => JSON.stringify(issue.path)).sort()).toEqual(expected.bad.map((path) => JSON.stringify(path)).sort());
        }
      }),
      { numRuns: 10_000 },
    );
    // The generator covers both sides, and proxies and getters on each.
    expect(seen.hostile).toBeGreaterThan(3_000);
    expect(seen.clean).toBeGreaterThan(1_000);
    expect(seen.proxies).toBeGreaterThan(3_000);
    expect(seen.getters).toBeGreaterThan(3_000);
  });

  it('given 2,000 JSON objects read through getters and proxies only, then each comes back deep-equal, every getter called once', () => {
    fc.assert(
      fc.property(specArb(0), (spec) => {
        const { input, log, expected } = hostile(spec);
        expect(expected.bad).toEqual([]);
        const { query } = parseQuery(input);
        expectSameJson(serializeQuery(query!), expected.json);
        expect(log.most()).toBeLessThanOrEqual(1);
        for (const path of expected.getters) expect(log.calls.get(path)).toBe(1);
      }),
      { numRuns: 2_000 },
    );
  });

  it('given the read log, then it counts what it should (a check of the checker)', () => {
    const log = new ReadLog();
    log.bump(log.reads, ['a']);
    log.bump(log.reads, ['a']);
    expect(log.most()).toBe(2);
  });
});
