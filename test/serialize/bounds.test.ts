import type { JsonObject, JsonValue } from '../../src/query/ast';
import { parseClause, parseQuery, parseWhere } from '../../src/serialize/parse';
import { serializeQuery } from '../../src/serialize/serialize';
import { expectSameJson } from './compare';

// Hostile or foreign input gets one error issue and no query, quickly and without a throw.

function refused(input: unknown, options?: Parameters<typeof parseQuery>[1]) {
  const result = parseQuery(input, options);
  expect(result.query).toBeUndefined();
  expect(result.issues).toHaveLength(1);
  expect(result.issues[0]!.severity).toBe('error');
  return result.issues[0]!;
}

// [1, <hole>, 2] without a sparse-array literal.
function holey(): unknown[] {
  const out: unknown[] = [1];
  out[2] = 2;
  return out;
}

describe('bounds', () => {
  it('given 100,000 nested arrays, then it is refused as too deep', () => {
    let deep: JsonValue = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const issue = refused({ and: deep });
    expect(issue.code).toBe('too-deep');
    expect(issue.path.slice(0, 3)).toEqual(['and', 0, 0]);
    expect(issue.message).toMatch(/deeper than 256 levels at and\[0\]\[0\].*flatten it \(or raise maxDepth\)/);
  });

  it('given 100,000 nested groups, then it is refused as too deep', () => {
    let deep: JsonObject = { event: 'Pageview' };
    for (let i = 0; i < 100_000; i++) deep = { or: [deep] };
    expect(refused(deep).code).toBe('too-deep');
  });

  it('given 1,000,000 clauses, then it is refused as too large', () => {
    const clause = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };
    const issue = refused({ or: new Array<JsonValue>(1_000_000).fill(clause) });
    expect(issue.code).toBe('too-large');
    expect(issue.message).toMatch(/more than 250,000 JSON values.*split it into smaller cohorts/);
  });

  it('given an object with 1,000,000 keys, then it is refused as too large', () => {
    const wide: JsonObject = { event: 'Pageview' };
    for (let i = 0; i < 1_000_000; i++) wide[`k${i}`] = i;
    expect(refused(wide).code).toBe('too-large');
  });

  it('given custom limits, then they apply exactly', () => {
    const query = { and: [{ event: 'Pageview', frequency: { equal_to: 1 } }] };
    // Levels: the root object, the and list, the clause, the frequency object.
    expect(parseQuery(query, { maxDepth: 4 }).query).toBeDefined();
    expect(refused(query, { maxDepth: 3 }).code).toBe('too-deep');
    // Values: root, list, clause, event, frequency, 1.
    expect(parseQuery(query, { maxNodes: 6 }).query).toBeDefined();
    expect(refused(query, { maxNodes: 5 }).code).toBe('too-large');
  });

  it('given the default depth limit exactly, then the query is accepted', () => {
    let deep: JsonObject = { event: 'Pageview' };
    // Each group adds two levels (the object and its list); 127 groups + the clause make 255.
    for (let i = 0; i < 127; i++) deep = { or: [deep] };
    expect(parseQuery(deep).query).toBeDefined();
    expect(refused({ and: [{ x: deep }] }).code).toBe('too-deep');
  });

  it('given the same object twice (no cycle), then it is read twice', () => {
    const clause = { event: 'Pageview' };
    const input = { and: [clause, clause] };
    expect(serializeQuery(parseQuery(input).query!)).toStrictEqual({ and: [{ event: 'Pageview' }, { event: 'Pageview' }] });
  });
});

describe('input that is not JSON', () => {
  it('given a cycle, then it names the circular reference', () => {
    const group: { and: unknown[] } = { and: [{ event: 'Pageview' }] };
    group.and.push(group);
    const issue = refused(group);
    expect(issue.code).toBe('not-json-object');
    expect(issue.path).toEqual(['and', 1]);
    expect(issue.message).toMatch(/contains itself \(a circular reference\)/);
  });

  it('given a cycle through a wide object, then it still names the cycle', () => {
    const wide: Record<string, unknown> = { event: 'Pageview' };
    for (let i = 0; i < 5_000; i++) wide[`k${i}`] = i;
    wide['self'] = wide;
    expect(refused(wide).message).toMatch(/circular reference/);
  });

  it.each([
    ['a function', { event: 'Pageview', frequency: () => 1 }, ['frequency'], /is a function/],
    ['undefined', { event: 'Pageview', during: undefined }, ['during'], /is undefined/],
    ['a BigInt', { event: 'Pageview', frequency: { equal_to: 1n } }, ['frequency', 'equal_to'], /is a BigInt/],
    ['NaN', { or: [{ event: 'Pageview', frequency: { equal_to: NaN } }] }, ['or', 0, 'frequency', 'equal_to'], /is NaN/],
    ['Infinity', { event: 'x', frequency: { equal_to: -Infinity } }, ['frequency', 'equal_to'], /is -Infinity/],
    ['a symbol', { event: Symbol('x') }, ['event'], /is a symbol/],
    ['a Date', { event: 'x', at: new Date(0) }, ['at'], /is a Date/],
    ['a Map', { event: 'x', at: new Map() }, ['at'], /is a Map/],
    ['a class instance', { event: 'x', at: new (class Point {})() }, ['at'], /not a plain object/],
    ['a hole in an array', { and: holey() }, ['and', 1], /is undefined/],
    ['a key that needs quoting', { 'a b': { c: undefined } }, ['a b', 'c'], /at \["a b"\]\.c is undefined/],
  ])('given %s inside, then it is refused at its path', (_, input, path, message) => {
    const issue = refused(input);
    expect(issue.code).toBe('not-json-object');
    expect(issue.path).toEqual(path);
    expect(issue.message).toMatch(message);
    expect(issue.message).toMatch(/holds only null, true\/false, finite numbers, strings, arrays and plain objects/);
  });

  it.each([
    ['an array', [{ event: 'Pageview' }], /this is an array/],
    ['JSON text', '{"event": "Pageview"}', /this is a string \(if it is JSON text, JSON.parse it first\)/],
    ['a number', 42, /this is a number/],
    ['null', null, /this is null/],
    ['undefined', undefined, /this is undefined/],
    ['a function', () => ({}), /this is a function/],
  ])('given %s as the query, then it is refused as not a JSON object', (_, input, message) => {
    const issue = refused(input);
    expect(issue).toMatchObject({ code: 'not-json-object', path: [] });
    expect(issue.message).toMatch(/^A query must be a JSON object, such as \{"event": "Pageview"/);
    expect(issue.message).toMatch(message);
  });

  it('given a getter that throws, then parse still returns an issue', () => {
    const input = {};
    Object.defineProperty(input, 'event', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(refused(input).code).toBe('not-json-object');
  });

  it('given a proxy whose traps throw, then parse still returns an issue', () => {
    const input = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(refused(input).code).toBe('not-json-object');
  });
});

describe('__proto__ and other prototype keys', () => {
  it('given a __proto__ own key as JSON.parse makes it, then it is kept as data and nothing is polluted', () => {
    const input = JSON.parse('{"event": "Pageview", "__proto__": {"polluted": true}, "where": {"property": "p", "condition": {"__proto__": [1]}}}') as JsonObject;
    const { query } = parseQuery(input);
    const output = serializeQuery(query!);
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.keys(output)).toContain('__proto__');
    expectSameJson(output, input);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((output as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('given keys named like Object.prototype members, then they are unknown keys, not clause kinds', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      const input = JSON.parse(`{"${key}": {"segment": 1}}`) as JsonObject;
      const { query, issues } = parseQuery(input);
      expect(query).toMatchObject({ kind: 'raw' });
      expect(issues).toContainEqual(expect.objectContaining({ code: 'unknown-clause', path: [] }));
      expectSameJson(serializeQuery(query!), input);
    }
  });

  it('given a null-prototype object, then it is read like a plain one', () => {
    const input = Object.assign(Object.create(null) as JsonObject, { event: 'Pageview', frequency: { equal_to: 1 } });
    expect(serializeQuery(parseQuery(input).query!)).toStrictEqual({ event: 'Pageview', frequency: { equal_to: 1 } });
  });
});

describe('parseClause and parseWhere', () => {
  it('given a clause, then it is typed and its issues are relative to it', () => {
    const { clause, issues } = parseClause({ event: 'Pageview', frequency: { greater_than: 1, less_than: 2 } });
    expect(clause).toMatchObject({ kind: 'expression', frequency: { kind: 'raw' } });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'invalid-comparison', path: ['frequency'] }));
  });

  it('given a value that is no object, then the clause is raw with an error', () => {
    const { clause, issues } = parseClause(42);
    expect(clause).toMatchObject({ kind: 'raw', json: 42 });
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'error', code: 'invalid-clause', path: [] }));
  });

  it('given hostile input, then both refuse it like parseQuery', () => {
    let deep: JsonValue = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(parseClause(deep)).toMatchObject({ clause: undefined, issues: [{ code: 'too-deep' }] });
    expect(parseWhere(deep)).toMatchObject({ where: undefined, issues: [{ code: 'too-deep' }] });
    expect(parseWhere({ property: () => 1 })).toMatchObject({ where: undefined, issues: [{ code: 'not-json-object', path: ['property'] }] });
  });

  it('given a where tree, then it is typed and its issues are relative to it', () => {
    const { where, issues } = parseWhere({ or: [{ property: 'properties.a', condition: { contains: 'x' } }, { property: 'properties.b' }] });
    expect(where).toMatchObject({ kind: 'where-group', combinator: 'or', children: [{ kind: 'where-condition' }, { kind: 'raw' }] });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'invalid-where', path: ['or', 1] }));
  });
});

describe('limit options', () => {
  it('given limits that are not positive numbers, then the defaults apply', () => {
    let deep: JsonValue = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refused({ and: deep }, { maxDepth: Number.NaN, maxNodes: Number.NaN }).code).toBe('too-deep');
    expect(refused({ and: deep }, { maxDepth: -1 }).code).toBe('too-deep');
  });

  it('given an infinite maxDepth, then depth is still capped so parsing cannot overflow the stack', () => {
    let deep: JsonValue = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refused({ and: deep }, { maxDepth: Infinity, maxNodes: Infinity }).message).toMatch(/deeper than 2000 levels/);
  });
});

describe('the deepest query the cap allows', () => {
  it('given 999 nested groups and maxDepth 2000, then it parses, validates and serializes', () => {
    let deep: JsonObject = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };
    for (let i = 0; i < 999; i++) deep = { or: [deep] };
    const { query } = parseQuery(deep, { maxDepth: 2_000 });
    expect(query).toBeDefined();
    expect(serializeQuery(query!)).toStrictEqual(deep);
  });
});
