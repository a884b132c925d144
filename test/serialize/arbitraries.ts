import fc from 'fast-check';
import type {
  ComparisonValue,
  Condition,
  JsonObject,
  JsonValue,
  QueryNode,
  RawValue,
  WhereNode,
  Window,
} from '../../src/query/ast';

// Arbitraries of typed query ASTs over every node kind, with extras and raw values. Raw values
// hold JSON that the parser keeps raw in that position, and extras avoid the keys that would
// change how their object is read, so parse(serialize(ast)) gives back the same AST (ids and
// raw reasons aside).

const KNOWN_KEYS = [
  'and', 'or', 'event', 'frequency', 'where', 'during', 'property', 'condition', 'function',
  'engaged_time', 'has_entered', 'in_segment', 'segment', 'provider', 'the_last', 'value', 'unit',
];
const TRICKY_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'ü', '0'];

/** Object keys, including ones that trip up naive code (`__proto__`, `constructor`). */
export const keyArb = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...TRICKY_KEYS, ...KNOWN_KEYS));

/** Numbers a JS object can hold in JSON position: -0, tiny, huge, fractional. */
export const numberArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(0, -0, 1, 0.6, 1e308, -1e-308, Number.MAX_SAFE_INTEGER),
);

/** Any JSON value (objects may have a null prototype and a `__proto__` own key). */
export const jsonArb: fc.Arbitrary<JsonValue> = fc.letrec<{ json: JsonValue }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constant(null),
    fc.boolean(),
    numberArb,
    fc.string({ maxLength: 8 }),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(keyArb, tie('json'), { maxKeys: 3 }),
  ),
})).json;

/** Any JSON object. */
export const jsonObjectArb: fc.Arbitrary<JsonObject> = fc.dictionary(keyArb, jsonArb, { maxKeys: 4 });

const nonObjectArb = fc.oneof(fc.constant(null), fc.boolean(), numberArb, fc.string({ maxLength: 6 }), fc.array(jsonArb, { maxLength: 2 }));

function extraArb(reserved: readonly string[]): fc.Arbitrary<JsonObject> {
  const blocked = new Set(reserved);
  return fc.dictionary(keyArb.filter((key) => !blocked.has(key)), jsonArb, { minKeys: 1, maxKeys: 3 });
}

function raw(json: fc.Arbitrary<JsonValue>): fc.Arbitrary<RawValue> {
  return json.map((value) => ({ kind: 'raw' as const, json: value }));
}

function manyKeys(min: number, blocked: readonly string[], value: fc.Arbitrary<JsonValue>): fc.Arbitrary<JsonObject> {
  const block = new Set(blocked);
  return fc.dictionary(keyArb.filter((key) => !block.has(key)), value, { minKeys: min, maxKeys: min + 2 });
}

const comparisonArb: fc.Arbitrary<ComparisonValue> = fc.oneof(
  fc.record({
    kind: fc.constant('comparison' as const),
    operator: fc.oneof(fc.constantFrom('greater_than_or_equal_to', 'greater_than', 'equal_to', 'less_than_or_equal_to', 'less_than'), keyArb),
    value: numberArb,
  }),
  raw(fc.oneof(nonObjectArb, fc.constant({}), manyKeys(2, [], numberArb), manyKeys(1, [], fc.oneof(fc.string(), fc.constant(null), fc.array(numberArb)))).map((x) => x as JsonValue)),
);

const windowArb: fc.Arbitrary<Window> = fc.oneof(
  fc.record({ kind: fc.constant('the_last' as const), value: numberArb, unit: fc.oneof(fc.constantFrom('days', 'hours', 'weeks', 'seconds'), fc.string({ maxLength: 5 })) }),
  fc.constant({ kind: 'this_session' as const }),
  raw(
    fc.oneof(
      fc.string({ maxLength: 6 }).filter((s) => s !== 'this_session'),
      fc.constantFrom<JsonValue>(
        null, 3, [], {}, { the_last: 'x' }, { the_last: { value: '1', unit: 'days' } }, { the_last: { value: 1 } },
        { the_last: { value: 1, unit: 'days', extra: true } }, { the_last: { value: 1, unit: 'days' }, also: 1 },
      ),
      manyKeys(0, ['the_last'], jsonArb),
    ),
  ),
);

const rawConditionArb = raw(
  fc.oneof(
    fc.oneof(fc.constant(null), fc.boolean(), numberArb, fc.array(jsonArb, { maxLength: 2 })),
    fc.string({ maxLength: 6 }).filter((s) => s !== 'is_empty' && s !== 'is_not_empty'),
    fc.constant({}),
    manyKeys(2, ['function'], jsonArb),
    fc.constantFrom<JsonValue>({ function: 1, property: 'p', condition: {} }, { function: 'any' }, { function: 'any', property: 'p' }),
  ),
);

const rawWhereArb = fc.oneof(
  nonObjectArb,
  manyKeys(0, ['and', 'or', 'property'], jsonArb),
  fc.constantFrom<JsonValue>({ and: 1 }, { or: {} }, { and: [], or: [] }, { property: 7, condition: {} }, { property: 'p' }),
).map((json) => ({ kind: 'raw' as const, id: 'w', json }));

const KNOWN_CLAUSE_KEYS = [
  'and', 'or', 'event', 'engaged_time', 'engaged_completion', 'engaged_views', 'has_entered', 'has_exited',
  'has_not_entered', 'has_not_exited', 'in_second_party_segment', 'not_in_second_party_segment',
  'in_third_party_segment', 'not_in_third_party_segment', 'in_connections_import_segment',
  'not_in_connections_import_segment', 'in_segment',
];

/** Raw clauses: unknown kinds, and known kinds with a malformed body. Objects only, so one can be a root. */
const rawClauseArb = fc.oneof(
  fc.tuple(keyArb.filter((key) => !KNOWN_CLAUSE_KEYS.includes(key)), jsonArb).map(([key, value]) => {
    const out: JsonObject = {};
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    return out;
  }),
  manyKeys(2, ['and', 'or', 'event'], jsonArb),
  fc.constantFrom<JsonObject>(
    {}, { event: 1 }, { and: 'x' }, { or: null }, { and: [], or: [] }, { has_entered: { segment: '12' } }, { has_exited: 3 },
    { in_segment: null }, { in_segment: [1] }, { in_third_party_segment: { provider: 1 } }, { engaged_time: [] },
    { in_second_party_segment: { segment: true } },
  ),
).map((json) => ({ kind: 'raw' as const, id: 'r', json }));

const combinatorArb = fc.constantFrom('and' as const, 'or' as const);
const stringArb = fc.string({ maxLength: 8 });

const trees = fc.letrec<{ query: QueryNode; where: WhereNode; condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.record({ kind: fc.constant('operator' as const), operator: keyArb.filter((key) => key !== 'function'), operand: jsonArb }),
    fc.record({ kind: fc.constant('presence' as const), operator: fc.constantFrom('is_empty' as const, 'is_not_empty' as const) }),
    rawConditionArb,
    fc.record(
      {
        kind: fc.constant('function' as const),
        function: fc.oneof(fc.constantFrom('any', 'all', 'sum', 'count'), stringArb),
        property: stringArb,
        condition: tie('condition'),
        where: tie('where'),
        extra: extraArb(['function', 'property', 'condition', 'where']),
      },
      { requiredKeys: ['kind', 'function', 'property', 'condition'] },
    ),
  ),
  where: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.record(
      { kind: fc.constant('where-condition' as const), id: fc.constant('w'), property: stringArb, condition: tie('condition'), extra: extraArb(['and', 'or', 'property', 'condition']) },
      { requiredKeys: ['kind', 'id', 'property', 'condition'] },
    ),
    rawWhereArb,
    fc.record(
      { kind: fc.constant('where-group' as const), id: fc.constant('w'), combinator: combinatorArb, children: fc.array(tie('where'), { maxLength: 3 }), extra: extraArb(['and', 'or']) },
      { requiredKeys: ['kind', 'id', 'combinator', 'children'] },
    ),
  ),
  query: fc.oneof({ depthSize: 'small', maxDepth: 4 }, ...clauseArbs(tie('where')), rawClauseArb, groupArb(tie('query'))),
}));

function groupArb(child: fc.Arbitrary<QueryNode>): fc.Arbitrary<QueryNode> {
  return fc.record(
    { kind: fc.constant('group' as const), id: fc.constant('g'), combinator: combinatorArb, children: fc.array(child, { maxLength: 4 }), extra: extraArb(['and', 'or']) },
    { requiredKeys: ['kind', 'id', 'combinator', 'children'] },
  );
}

function clauseArbs(where: fc.Arbitrary<WhereNode>): fc.Arbitrary<QueryNode>[] {
  const id = fc.constant('c');
  return [
    fc.record(
      { kind: fc.constant('expression' as const), id, event: stringArb, frequency: comparisonArb, where, during: windowArb, extra: extraArb(['and', 'or', 'event', 'frequency', 'where', 'during']) },
      { requiredKeys: ['kind', 'id', 'event'] },
    ),
    fc.record(
      { kind: fc.constant('engaged_time' as const), id, seconds: comparisonArb, where, during: windowArb, extra: extraArb(['seconds', 'where', 'during']) },
      { requiredKeys: ['kind', 'id'] },
    ),
    fc.record(
      { kind: fc.constant('engaged_completion' as const), id, completion: comparisonArb, where, extra: extraArb(['completion', 'where']) },
      { requiredKeys: ['kind', 'id'] },
    ),
    fc.record(
      { kind: fc.constant('engaged_views' as const), id, times: comparisonArb, engagedTime: comparisonArb, where, during: windowArb, extra: extraArb(['times', 'engaged_time', 'where', 'during']) },
      { requiredKeys: ['kind', 'id'] },
    ),
    fc.record(
      { kind: fc.constant('transition' as const), id, type: fc.constantFrom('has_entered' as const, 'has_exited' as const, 'has_not_entered' as const, 'has_not_exited' as const), segment: numberArb, during: windowArb, extra: extraArb(['segment', 'during']) },
      { requiredKeys: ['kind', 'id', 'type'] },
    ),
    fc.record(
      {
        kind: fc.constant('membership' as const),
        id,
        type: fc.constantFrom(
          'in_second_party_segment' as const, 'not_in_second_party_segment' as const, 'in_third_party_segment' as const,
          'not_in_third_party_segment' as const, 'in_connections_import_segment' as const, 'not_in_connections_import_segment' as const,
        ),
        provider: stringArb,
        segment: fc.oneof(stringArb, numberArb),
        fieldName: stringArb,
        value: stringArb,
        extra: extraArb(['provider', 'segment', 'field_name', 'value']),
      },
      { requiredKeys: ['kind', 'id', 'type'] },
    ),
    fc.record({ kind: fc.constant('in_segment' as const), id, segment: fc.oneof(stringArb, numberArb) }),
  ];
}

/** Any query AST: groups, every clause kind, where trees, extras and raw values. */
export const queryArb: fc.Arbitrary<QueryNode> = trees.query;

/** Any where tree. */
export const whereArb: fc.Arbitrary<WhereNode> = trees.where;
