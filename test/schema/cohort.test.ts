import fc from 'fast-check';
import {
  readCohortListResponse,
  readCohortResponse,
  readCreateCohortBody,
  readUpdateCohortBody,
  type CohortListResponse as ListType,
  type CohortResponse as CohortType,
  type CreateCohortBody as CreateType,
  type UpdateCohortBody as UpdateType,
} from '../../src/schema/cohort';
import { trickyKeyArb } from '../serialize/hostile';
import { CohortListResponse, CohortResponse, CreateCohortBody, readWith, UpdateCohortBody } from './support/cohortZod';

// The library reads the Cohorts API bodies with its own readers (src/schema/cohort.ts), in the
// client and in the local API, so that no app that saves a cohort carries zod. They are held here
// to zod schemas of the same bodies (support/cohortZod.ts), an independent second description:
// given the same value, both accept it or both refuse it, accepting with deep-equal data (the
// query the very object that went in) and refusing with the same problems in the same order.
// Values are near misses on purpose: every field of the right type or of a wrong one, missing
// fields, extra and "__proto__" keys, nulls, arrays, numbers as strings, NaN, sparse arrays,
// objects with odd prototypes.

type Agreeing = { ok: true; data: unknown } | { ok: false; problems: string[] } | { threw: true };

function outcome(read: () => Agreeing): Agreeing {
  try {
    return read();
  } catch {
    return { threw: true };
  }
}

/** Own keys in order, query by identity and everything else deeply: the data, key for key. */
function expectSameData(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  const items = Array.isArray(expected) ? expected.map((item, index) => [item, (actual as unknown[])[index]]) : [[expected, actual]];
  for (const [want, got] of items) {
    if (typeof want !== 'object' || want === null) continue;
    expect(Reflect.ownKeys(got as object)).toEqual(Reflect.ownKeys(want));
    if ('query' in want) expect((got as { query: unknown }).query).toBe((want as { query: unknown }).query);
  }
}

/** Reads `value` both ways and expects the same answer; returns whether it was accepted. */
function expectAgreement(zod: () => Agreeing, hand: () => Agreeing): 'accepted' | 'refused' | 'threw' {
  const expected = outcome(zod);
  const actual = outcome(hand);
  if ('threw' in expected || 'threw' in actual) {
    expect('threw' in actual).toBe('threw' in expected);
    return 'threw';
  }
  expect(actual.ok).toBe(expected.ok);
  if (expected.ok && actual.ok) expectSameData(actual.data, expected.data);
  if (!expected.ok && !actual.ok) expect(actual.problems).toEqual(expected.problems);
  return expected.ok ? 'accepted' : 'refused';
}

class Point {
  x = 1;
}

// JSON as JSON.parse makes it, so "__proto__" is an own key at any depth, as in a real response.
const jsonText = fc.letrec<{ value: string; object: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constantFrom('null', 'true', '0', '1.5', '"x"', '""'),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
    tie('object'),
  ),
  object: fc
    .uniqueArray(fc.tuple(trickyKeyArb, tie('value')), { maxLength: 4, selector: (entry) => entry[0] })
    .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
}));
const jsonObjectArb = jsonText.object.map((text) => JSON.parse(text) as object);

// Strings that mean something to one field or another, and strings that look like other types.
const stringArb = fc.oneof(
  fc.constantFrom('', ' ', '\t\n', 'n', 'Football fans', 'Enabled', 'Disabled', 'enabled', 'real_time', 'offline', '12', 'null', 'true', '[]'),
  fc.string({ maxLength: 6 }),
);
const numberArb = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 2 ** 53));
const oddArb = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, false, 10n, Symbol.for('x')),
  fc.constant(null).map(() => new Date(0)),
  fc.constant(null).map(() => new Point()),
  fc.constant(null).map(() => Object.create(null) as object),
  fc.constant(null).map(() => () => 'f'),
  fc.constant(null).map(() => new Map()),
);
const tagsArb = fc.oneof(
  fc.array(stringArb, { maxLength: 3 }),
  fc.array(fc.oneof(stringArb, numberArb, oddArb), { maxLength: 3 }),
  fc.sparseArray(stringArb, { maxLength: 3 }),
);
/** Anything a field might hold, right or wrong. */
const anyArb: fc.Arbitrary<unknown> = fc.oneof(stringArb, numberArb, oddArb, tagsArb, jsonObjectArb, fc.constant(null).map(() => []));

/** For a field: mostly what it should hold, sometimes (one time in `odds`) anything at all. */
const field = (right: fc.Arbitrary<unknown>, odds = 4) => fc.oneof({ arbitrary: right, weight: odds - 1 }, { arbitrary: anyArb, weight: 1 });

const CREATE = { name: field(stringArb), query: field(jsonObjectArb), description: field(stringArb), tags: field(tagsArb), segment_type: field(stringArb) };
const UPDATE = {
  name: field(stringArb),
  description: field(fc.oneof(stringArb, fc.constant(null))),
  query: field(jsonObjectArb),
  tags: field(tagsArb),
  state: field(fc.constantFrom('Enabled', 'Disabled', 'enabled', '')),
};
// A response has 17 fields: each goes wrong less often, so that whole cohorts are read too.
const maybe = (right: fc.Arbitrary<unknown>) => field(fc.oneof(right, fc.constant(null)), 24);
const SUMMARY = {
  id: field(stringArb, 24),
  code: maybe(numberArb),
  name: field(stringArb, 24),
  description: maybe(stringArb),
  tags: maybe(fc.array(stringArb, { maxLength: 3 })),
  state: maybe(stringArb),
  workspace_id: maybe(stringArb),
  workspaceId: maybe(stringArb),
  segment_type: maybe(stringArb),
  segmentType: maybe(stringArb),
  live_audience_size: maybe(numberArb),
  liveAudienceSize: maybe(numberArb),
  created_at: maybe(stringArb),
  createdAt: maybe(stringArb),
  last_updated_at: maybe(stringArb),
  lastUpdatedAt: maybe(stringArb),
};
const COHORT = { ...SUMMARY, query: maybe(jsonObjectArb) };

function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * An object of some of `fields` (each right or wrong), extra keys ("__proto__" among them) and,
 * now and then, a prototype that is null or holds fields itself (zod reads inherited keys too).
 */
function bodyArb(fields: { [key: string]: fc.Arbitrary<unknown> }): fc.Arbitrary<object> {
  const keys = Object.keys(fields);
  const fieldsArb = fc.record(fields, { requiredKeys: [] });
  return fc
    .record({
      own: fc.oneof({ arbitrary: fc.record(fields, { requiredKeys: keys.slice(0, 2) }), weight: 3 }, { arbitrary: fieldsArb, weight: 2 }),
      extra: fc.array(fc.tuple(fc.oneof(fc.constantFrom('__proto__', ...keys.map((key) => `${key} `), 'Name', 'tags[]'), trickyKeyArb), anyArb), { maxLength: 3 }),
      proto: fc.oneof({ arbitrary: fc.constant<'plain' | 'null'>('plain'), weight: 8 }, fc.constant<'null'>('null'), fieldsArb),
    })
    .map(({ own, extra, proto }) => {
      const body = (proto === 'plain' ? {} : Object.create(proto === 'null' ? null : proto)) as object;
      for (const [key, value] of Object.entries(own)) define(body, key, value);
      for (const [key, value] of extra) if (!Object.prototype.hasOwnProperty.call(body, key)) define(body, key, value);
      return body;
    });
}

/** Mostly bodies, sometimes no object at all. */
const orNot = (arb: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: arb, weight: 9 }, { arbitrary: anyArb, weight: 1 });

/** A body as JSON.parse makes it from the JSON text of `arb`'s value (what a response really is). */
const parsed = (arb: fc.Arbitrary<unknown>) =>
  arb.chain((value) => {
    const text = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' || typeof item === 'symbol' ? null : item));
    return fc.constant(text === undefined ? undefined : (JSON.parse(text) as unknown));
  });

const RUNS = 2_000;

describe('the body readers agree with the zod schemas', () => {
  it('given the types each side declares, then they are the same types', () => {
    expectTypeOf<CreateType>().toEqualTypeOf<CreateCohortBody>();
    expectTypeOf<UpdateType>().toEqualTypeOf<UpdateCohortBody>();
    expectTypeOf<CohortType>().toEqualTypeOf<CohortResponse>();
    expectTypeOf<ListType>().toEqualTypeOf<CohortListResponse>();
  });

  const cases: [string, fc.Arbitrary<unknown>, (value: unknown) => Agreeing, (value: unknown) => Agreeing][] = [
    ['a create body', orNot(bodyArb(CREATE)), (value) => readWith(CreateCohortBody, value), readCreateCohortBody],
    ['an update body', orNot(bodyArb(UPDATE)), (value) => readWith(UpdateCohortBody, value), readUpdateCohortBody],
    ['a cohort response', orNot(bodyArb(COHORT)), (value) => readWith(CohortResponse, value), readCohortResponse],
    ['a cohort response from JSON', parsed(orNot(bodyArb(COHORT))), (value) => readWith(CohortResponse, value), readCohortResponse],
    [
      'a list response',
      orNot(fc.array(orNot(bodyArb(SUMMARY)), { maxLength: 3 })),
      (value) => readWith(CohortListResponse, value),
      readCohortListResponse,
    ],
    [
      'a list response from JSON',
      parsed(fc.array(orNot(bodyArb(SUMMARY)), { maxLength: 3 })),
      (value) => readWith(CohortListResponse, value),
      readCohortListResponse,
    ],
  ];

  it.each(cases)(`given ${RUNS} near-valid values of %s, then both accept or both refuse, with the same data or the same problems`, (_name, arb, zod, hand) => {
    const seen = { accepted: 0, refused: 0, threw: 0 };
    fc.assert(
      fc.property(arb, (value) => {
        seen[expectAgreement(() => zod(value), () => hand(value))]++;
      }),
      { numRuns: RUNS },
    );
    // A check of the test: the values reach both sides of the line, not only one.
    expect(seen.accepted).toBeGreaterThan(RUNS / 20);
    expect(seen.refused).toBeGreaterThan(RUNS / 20);
  });

  it('given a query with a "__proto__" key, then every reader hands back that very object, key for key', () => {
    const query = JSON.parse('{"__proto__":{"x":1},"event":"Pageview","frequency":{"greater_than":0}}') as object;
    for (const read of [readCreateCohortBody({ name: 'n', query }), readUpdateCohortBody({ query }), readCohortResponse({ id: '1', name: 'n', query })]) {
      expect(read.ok && (read.data as { query: unknown }).query).toBe(query);
      expect(Reflect.ownKeys(query)).toEqual(['__proto__', 'event', 'frequency']);
    }
  });

  it('given the problems the client words, then they are the schemas’ sentences', () => {
    expect(readCreateCohortBody({ name: ' ', query: [], tags: ['a', 1, 2] })).toEqual({
      ok: false,
      problems: ['name must not be empty', 'query must be a JSON object', 'every tag must be a string', 'every tag must be a string'],
    });
    expect(readUpdateCohortBody({ state: 'On', description: 1 })).toEqual({
      ok: false,
      problems: ['description must be a string or null', 'state must be "Enabled" or "Disabled"'],
    });
    expect(readCohortListResponse([{ id: '1', name: 'n' }, { name: 'n', code: '7', tags: [null] }])).toEqual({
      ok: false,
      problems: ['1.id is not valid', '1.code is not valid', '1.tags.0 is not valid'],
    });
    expect(readCohortResponse('nope')).toEqual({ ok: false, problems: ['the body is not valid'] });
  });
});
