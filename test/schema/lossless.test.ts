import fc from 'fast-check';
import * as z from 'zod/mini';
import { createCohortsClient } from '../../src/api/client';
import { CohortApiError } from '../../src/api/errors';
import { createBody, updateBody } from '../../src/api/validate';
import type { JsonObject, JsonValue } from '../../src/query/ast';
import { readCohortResponse, readCreateCohortBody, readUpdateCohortBody } from '../../src/schema/cohort';
import * as where from '../../src/schema/where';
import * as wire from '../../src/schema/wire';
import { parseQuery } from '../../src/serialize/parse';
import { serializeQuery } from '../../src/serialize/serialize';
import { createCohortsBackend } from '../../src/testing/backend';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';
import type { CohortsBackend } from '../../src/testing/types';
import { corpus, corpusCopy } from '../fixtures/corpus';
import { ownKeysDiff } from '../serialize/compare';
import { trickyKeyArb } from '../serialize/hostile';

// A query read from or written to the API keeps every key, "__proto__" included: no schema hands
// on an object it rebuilt (zod's rebuilt objects drop a "__proto__" own key), and the client and
// the local API send and store the very query they checked. Inputs are made with JSON.parse, so
// "__proto__" is an own data property, as in a real response; comparisons go key by key
// (Reflect.ownKeys), because toEqual may not see a "__proto__" key at all.

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const keyArb = fc.oneof({ arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 2 }, { arbitrary: trickyKeyArb, weight: 1 });

const leafTextArb = fc.oneof(
  fc.constant('null'),
  fc.boolean().map(String),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.string({ maxLength: 5 }).map((s) => JSON.stringify(s)),
);

// JSON text, so that JSON.parse makes the objects (and "__proto__" is an own key at any depth).
const text = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', maxDepth: 4 }, leafTextArb, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
  object: fc
    .uniqueArray(fc.tuple(keyArb, tie('value')), { maxLength: 4, selector: (entry) => entry[0] })
    .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
}));

/** A JSON object with prototype keys at any depth, as text and as JSON.parse made it. */
const protoObjectArb = text.object.map((source) => ({ source, value: JSON.parse(source) as JsonObject }));

function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// The objects of a query that keep unknown keys as extras (with a warning, never an error): groups,
// expression clauses and where conditions.
function extraSlots(value: JsonValue, out: JsonObject[] = []): JsonObject[] {
  if (typeof value !== 'object' || value === null) return out;
  if (Array.isArray(value)) {
    for (const item of value) extraSlots(item, out);
    return out;
  }
  const isGroup = Array.isArray(value['and']) !== Array.isArray(value['or']);
  if (isGroup || typeof value['event'] === 'string' || (typeof value['property'] === 'string' && 'condition' in value)) out.push(value);
  for (const key of Object.keys(value)) extraSlots(value[key]!, out);
  return out;
}

/** A corpus query with prototype keys added to its groups, clauses and where conditions, holding JSON with more of them. */
const protoCorpusArb = fc
  .tuple(
    fc.nat({ max: corpus.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PROTO_KEYS), text.value), { minLength: 1, maxLength: 4 }),
  )
  .map(([index, inserts]) => {
    const query = corpusCopy(index);
    const slots = extraSlots(query);
    for (const [at, key, value] of inserts) {
      // A query of one wrapper clause has no object that keeps extras: it goes as it is.
      const slot = slots[at % Math.max(slots.length, 1)];
      if (slot !== undefined && !Object.prototype.hasOwnProperty.call(slot, key)) define(slot, key, JSON.parse(value));
    }
    const source = JSON.stringify(query);
    return { source, value: JSON.parse(source) as JsonObject };
  });

function expectKeyForKey(actual: unknown, source: string, ordered = true): void {
  // A fresh parse of the same text: the value must be what it was, and nothing may have mutated it.
  expect(ownKeysDiff(actual, JSON.parse(source), ordered)).toBeUndefined();
}

// Every exported schema of a query or a part of one.
type AnySchema = { safeParse: (value: unknown) => { success: boolean; data?: unknown } };
const WIRE_SCHEMAS: [string, AnySchema][] = Object.entries({ ...where, ...wire } as Record<string, unknown>)
  .filter(([name, schema]) => name.startsWith('Wire') && typeof (schema as Partial<AnySchema>).safeParse === 'function')
  .map(([name, schema]) => [name, schema as AnySchema]);

describe('the cohort body readers', () => {
  it('given the issue\'s case (a top-level "__proto__" key), then every body reader hands the query back itself', () => {
    const source = '{"__proto__": {"event": "x"}, "event": "Pageview", "frequency": {"greater_than_or_equal_to": 1}}';
    const query = JSON.parse(source) as JsonObject;
    const reads = [
      readCreateCohortBody({ name: 'n', query }),
      readUpdateCohortBody({ query }),
      readCohortResponse({ id: '1', name: 'n', query }),
    ];
    for (const read of reads) {
      expect(read.ok).toBe(true);
      const data = (read as { data: { query: unknown } }).data;
      expect(data.query).toBe(query);
      expect(Reflect.ownKeys(data.query as object)).toEqual(['__proto__', 'event', 'frequency']);
    }
  });

  it('given 3,000 JSON objects with __proto__, constructor and prototype keys at any depth, then create, update and response bodies hand each back as the same object, key for key', () => {
    let nestedProto = 0;
    fc.assert(
      fc.property(protoObjectArb, ({ source, value }) => {
        if (/^\{.+"__proto__":/.test(source)) nestedProto++;
        for (const read of [
          readCreateCohortBody({ name: 'n', query: value }),
          readUpdateCohortBody({ query: value }),
          readCohortResponse({ id: '1', name: 'n', query: value }),
        ]) {
          expect(read.ok).toBe(true);
          const data = (read as { data: { query: unknown } }).data;
          expect(data.query).toBe(value);
          expectKeyForKey(data.query, source);
        }
      }),
      { numRuns: 3_000 },
    );
    expect(nestedProto).toBeGreaterThan(300);
  });

  it('given a query that is no JSON object, then the body readers still refuse it', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const query of [[], 'text', null, new Date(0), new (class Point {})(), proxy]) {
      expect(readCreateCohortBody({ name: 'n', query })).toMatchObject({ ok: false, problems: ['query must be a JSON object'] });
      expect(readCohortResponse({ id: '1', name: 'n', query }).ok).toBe(query === null);
    }
  });
});

describe('the wire schemas', () => {
  it('lists every exported schema (a check of the test)', () => {
    expect(WIRE_SCHEMAS.map(([name]) => name)).toEqual(expect.arrayContaining(['WireQuery', 'WireClause', 'WireWhere', 'WireCondition', 'WireWindow', 'WireExpressionClause']));
    expect(WIRE_SCHEMAS.length).toBeGreaterThanOrEqual(20);
  });

  it('given 3,000 JSON objects with prototype keys at any depth, then every exported schema that accepts one hands it back itself', () => {
    fc.assert(
      fc.property(protoObjectArb, ({ source, value }) => {
        for (const [, schema] of WIRE_SCHEMAS) {
          const result = schema.safeParse(value);
          if (result.success) expect(result.data).toBe(value);
        }
        expectKeyForKey(value, source);
      }),
      { numRuns: 3_000 },
    );
  });

  it('given 2,000 corpus queries with prototype keys added at any depth, then WireQuery accepts each and hands it back, key for key', () => {
    fc.assert(
      fc.property(protoCorpusArb, ({ source, value }) => {
        const result = wire.WireQuery.safeParse(value);
        expect(result.success).toBe(true);
        expect(result.data).toBe(value);
        expectKeyForKey(result.data, source);
      }),
      { numRuns: 2_000 },
    );
  });

  it('given a value a schema refuses, then its issues keep the inner schema\'s paths, below any outer path', () => {
    const alone = where.WireWhereCondition.safeParse({ property: 1, condition: 'is_empty' });
    expect(alone.error!.issues.map((issue) => issue.path)).toEqual([['property']]);
    const nested = z.object({ rule: where.WireWhereCondition }).safeParse({ rule: { property: 1, condition: 'is_empty' } });
    expect(nested.error!.issues.map((issue) => issue.path)).toEqual([['rule', 'property']]);
    expect(wire.WireQuery.safeParse({ and: [{ event: 'Pageview', frequency: { greater_than: 'x' } }] }).success).toBe(false);
  });

  it.each(corpus.map((entry) => [entry.id, entry] as const))('given the corpus query %s, then WireQuery hands back the very object', (_, entry) => {
    const query = corpusCopy(corpus.indexOf(entry));
    expect(wire.WireQuery.safeParse(query).data).toBe(query);
  });
});

describe('api/validate.ts', () => {
  it('given 2,000 corpus queries with prototype keys added at any depth, then createBody and updateBody send the caller\'s query object itself', () => {
    fc.assert(
      fc.property(protoCorpusArb, ({ source, value }) => {
        const created = createBody({ name: 'n', query: value });
        const updated = updateBody({ query: value });
        expect(created['query']).toBe(value);
        expect(updated['query']).toBe(value);
        // What goes on the wire (JSON.stringify of the body) keeps every key too.
        expectKeyForKey((JSON.parse(JSON.stringify(created)) as { query: unknown }).query, source);
      }),
      { numRuns: 2_000 },
    );
  });

  it('given random JSON objects, then createBody either sends the very object or refuses it with a validation error', () => {
    fc.assert(
      fc.property(protoObjectArb, ({ value }) => {
        try {
          expect(createBody({ name: 'n', query: value })['query']).toBe(value);
        } catch (error) {
          expect(error).toBeInstanceOf(CohortApiError);
          expect((error as CohortApiError).kind).toBe('validation');
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('through the client and the local API (127.0.0.1)', () => {
  const KEY = 'lossless-key';
  let api: LocalCohortsApi;
  let backend: CohortsBackend;

  beforeAll(async () => {
    backend = createCohortsBackend({ apiKeys: [KEY] });
    api = await startLocalCohortsApi({ backend });
  });
  afterAll(() => api.close());

  // The first object that keeps extras (the top, when the query is a group or an expression) gets
  // a "__proto__" key holding more of them, the last one a "constructor" key.
  function withProtoKeys(index: number): { source: string; value: JsonObject } {
    const query = corpusCopy(index);
    const slots = extraSlots(query);
    if (slots.length === 0) {
      // One wrapper clause: it may hold no other key, so it goes inside a group that does.
      const group = { and: [query] };
      define(group, '__proto__', JSON.parse('{"__proto__": {"constructor": {"prototype": [1, {"__proto__": null}]}}}'));
      const source = JSON.stringify(group);
      return { source, value: JSON.parse(source) as JsonObject };
    }
    define(slots[0]!, '__proto__', JSON.parse('{"__proto__": {"constructor": {"prototype": [1, {"__proto__": null}]}}}'));
    define(slots[slots.length - 1]!, 'constructor', { prototype: 'x' });
    const source = JSON.stringify(query);
    return { source, value: JSON.parse(source) as JsonObject };
  }

  it.each(corpus.map((entry, index) => [entry.id, index] as const))(
    'given the corpus query %s with prototype keys at the top and deep, when created, read and updated, then it comes back key for key',
    async (_, index) => {
      const client = createCohortsClient({ baseUrl: api.url, apiKey: KEY });
      const { source, value } = withProtoKeys(index);
      expect(source).toContain('"__proto__":{"__proto__":');
      const created = await client.createCohort({ name: `lossless ${index}`, query: value });
      expectKeyForKey(created.query, source);
      expectKeyForKey(backend.cohorts().find((cohort) => cohort.id === created.id)!.query, source);
      expectKeyForKey((await client.getCohort(created.id)).query, source);
      const other = withProtoKeys((index + 1) % corpus.length);
      expectKeyForKey((await client.updateCohort(created.id, { query: other.value })).query, other.source);
      // And the parser, the last boundary: serialize(parse(x)) is x, key for key (the serializer
      // writes known keys in its own order).
      expectKeyForKey(serializeQuery(parseQuery(created.query).query!), source, false);
    },
  );
});
