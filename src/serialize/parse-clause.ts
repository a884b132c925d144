import type { Group, IdGenerator, JsonObject, JsonValue, QueryNode } from '../query/ast';
import { describeJson, hasOwn, isObject, listKeys } from './json';
import { readFields } from './parse-fields';
import { parseWrapper } from './parse-wrappers';
import { keepExtra, rawClause } from './raw';

// Input reaching these functions is parse.ts's snapshot: plain JSON, bounded in depth and size,
// read once and owned by the parser, so its parts go into the AST without a copy (see raw.ts).

/** Reads a query-position value: a group, an expression clause, a wrapper clause, or raw JSON. */
export function parseNode(json: JsonValue, id: IdGenerator): QueryNode {
  if (!isObject(json)) {
    return rawClause(
      json,
      id,
      'error',
      'invalid-clause',
      `A member of a query must be an object, such as {"event": "Pageview", "frequency": {"greater_than_or_equal_to": 1}}; this one is ${describeJson(json)}.`,
    );
  }
  const hasAnd = hasOwn(json, 'and');
  const hasOr = hasOwn(json, 'or');
  if (hasAnd || hasOr) {
    if (hasAnd && hasOr) {
      return rawClause(json, id, 'error', 'invalid-clause', 'A group has either "and" or "or", not both; nest one group inside the other.');
    }
    return parseGroup(json, hasAnd ? 'and' : 'or', id);
  }
  if (hasOwn(json, 'event')) {
    const event = json['event'];
    if (typeof event !== 'string') {
      return rawClause(json, id, 'error', 'invalid-clause', `The event of a clause must be a string, such as "Pageview"; this one is ${describeJson(event)}.`);
    }
    return readFields({ kind: 'expression', id: id(), event }, json, id);
  }
  const keys = Object.keys(json);
  if (keys.length === 1) {
    const key = keys[0]!;
    const clause = parseWrapper(json, key, json[key] as JsonValue, id);
    if (clause !== undefined) return clause;
    return rawClause(json, id, 'warning', 'unknown-clause', `The library does not know the clause kind "${key}"; it is kept as JSON and sent unchanged.`);
  }
  if (keys.length === 0) {
    return rawClause(json, id, 'error', 'invalid-clause', 'An empty object is not a clause; add an event, a clause kind such as "has_entered", or delete it.');
  }
  if (hasOwn(json, 'property') && hasOwn(json, 'condition')) {
    return rawClause(
      json,
      id,
      'warning',
      'unknown-clause',
      'A property condition outside an event clause is not a documented clause; it is kept as JSON and sent unchanged. To be safe, move it into the "where" of an event clause.',
    );
  }
  return rawClause(
    json,
    id,
    'warning',
    'unknown-clause',
    `The library does not know a clause with the keys ${listKeys(keys)} (a clause has one kind key, such as "event" or "has_entered"); it is kept as JSON and sent unchanged.`,
  );
}

function parseGroup(json: JsonObject, combinator: 'and' | 'or', id: IdGenerator): QueryNode {
  const list = json[combinator];
  if (!Array.isArray(list)) {
    return rawClause(
      json,
      id,
      'error',
      'invalid-clause',
      `"${combinator}" needs a list of clauses, such as {"${combinator}": [{"event": "Pageview", "frequency": {"greater_than_or_equal_to": 1}}]}; it has ${describeJson(list)}.`,
    );
  }
  // The group takes its id before its children, so ids read in document order.
  const group: Group = { kind: 'group', id: id(), combinator, children: list.map((item) => parseNode(item, id)) };
  return keepExtra(group, json, [combinator]);
}
